// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace evalbench {

// One cached judge or embedding answer. `requestHash` covers the base URL, the
// model and the whole rendered request, so a different prompt never hits.
struct JudgeCacheRow
{
    QString requestHash;
    QString model;
    QJsonObject answer;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

// A stored judge profile: its settings as JSON (never the API key).
struct JudgeProfileRow
{
    QString id;
    QString name;
    QJsonObject profile;
};

} // namespace evalbench
