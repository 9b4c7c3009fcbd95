// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace evalbench::ml::test {

// Path of a file under tests/data/ml.
inline QString mlData(const QString& relative)
{
    return QStringLiteral(EVALBENCH_TEST_DATA_DIR "/ml/") + relative;
}

inline QJsonObject expectedJson(const QString& caseDir)
{
    QFile f(mlData(caseDir + QStringLiteral("/expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline double num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble();
}

} // namespace evalbench::ml::test
