// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QString>

namespace evalbench {

class StoreReader;

// summary.md: a report that reads well on GitHub and in Typora — title,
// settings, metric table, weakest samples, advice.
class MarkdownReportWriter
{
public:
    MarkdownReportWriter(const StoreReader& reader, RunRecord run, QString advice);
    QString render() const;

    // Makes text safe inside a Markdown table cell (pipes, newlines), cut to `maxLength` characters.
    static QString cell(const QString& text, int maxLength = 120);
    static QString number(double value);

private:
    const StoreReader& m_reader;
    RunRecord m_run;
    QString m_advice;
};

} // namespace evalbench
