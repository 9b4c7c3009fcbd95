// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace evalbench {

// What a metric kept as evidence (the judge's statements, verdicts and reasons,
// generated questions, raw output of a failed call), as escaped HTML for the
// sample detail: lists of text become bullet lists, lists of objects become
// tables with one column per field, anything else a labelled value.
class EvidenceHtml
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceHtml)
public:
    static QString render(const QString& metric, const QJsonObject& evidence);
};

} // namespace evalbench
