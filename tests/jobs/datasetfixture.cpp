// SPDX-License-Identifier: MIT
#include "datasetfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace testdata {

QString writeRagJsonl(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i) {
        const QString truth =
            QStringLiteral("The warranty of product %1 lasts %2 months from delivery.").arg(i).arg(12 + i % 24);
        const QString answer =
            i % 3 == 0 ? truth : QStringLiteral("Product %1 has a warranty of %2 months.").arg(i).arg(12 + i % 7);
        const QJsonObject sample {
            { QStringLiteral("id"), QStringLiteral("q%1").arg(i) },
            { QStringLiteral("question"), QStringLiteral("How long is the warranty of product %1?").arg(i) },
            { QStringLiteral("answer"), answer },
            { QStringLiteral("ground_truth"), truth },
            { QStringLiteral("contexts"),
                QJsonArray { truth, QStringLiteral("Unrelated shipping policy text %1.").arg(i) } },
            { QStringLiteral("reference_contexts"), QJsonArray { truth } },
        };
        file.write(QJsonDocument(sample).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

} // namespace testdata
