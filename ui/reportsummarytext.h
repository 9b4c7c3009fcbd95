// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace evalbench {

struct RunRecord;

// A short Markdown summary of a run for the clipboard: name, weighted score, and each
// metric's mean with its counts. Numbers in the C locale, so a paste reads the same anywhere.
class ReportSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummaryText)
public:
    static QString of(const RunRecord& run);
};

} // namespace evalbench
