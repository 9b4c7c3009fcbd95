// SPDX-License-Identifier: MIT
#include "scorerfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace testdata {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QJsonObject manifest(const QString& id)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("version"), QStringLiteral("1.0.0") },
        { QStringLiteral("task_type"), QStringLiteral("custom") },
        { QStringLiteral("command"),
            QJsonArray {
                QStringLiteral("python3"), QStringLiteral("{scorer_dir}/score.py"), QStringLiteral("{workspace}") } },
    };
}

QString writeScorer(
    const QString& scorersDir, const QString& folder, const QJsonObject& manifest, const QByteArray& script)
{
    const QString dir = scorersDir + QLatin1Char('/') + folder;
    const QString path = dir + QStringLiteral("/scorer.json");
    if (!writeFile(path, QJsonDocument(manifest).toJson()))
        return {};
    if (!script.isEmpty() && !writeFile(dir + QStringLiteral("/score.py"), script))
        return {};
    return path;
}

QByteArray passingScript(double score)
{
    return QByteArray(R"(import json, os, sys
out = os.path.join(sys.argv[1], "output")
with open(os.path.join(out, "result.json"), "w") as f:
    json.dump({"summary": {"score": )")
        + QByteArray::number(score) + R"(}, "metrics": {"acc": )" + QByteArray::number(score) + R"(}}, f)
)";
}

} // namespace testdata
