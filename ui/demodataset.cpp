// SPDX-License-Identifier: MIT
#include "ui/demodataset.h"

#include <QDir>
#include <QFile>

namespace evalbench {

QString DemoDataset::install(const DataDir& dataDir, QString* error)
{
    const QString folder = dataDir.root() + QStringLiteral("/examples");
    const QString target = folder + QStringLiteral("/rag-demo.jsonl");
    QFile source(QStringLiteral(":/examples/rag-demo.jsonl"));
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the demo dataset is missing from this build");
        return {};
    }
    const QByteArray content = source.readAll();
    QFile existing(target);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
        return target;
    existing.close();
    QFile out(target);
    if (!QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
        return {};
    }
    return target;
}

} // namespace evalbench
