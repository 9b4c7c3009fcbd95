// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace evalbench {

// The report files of an ML scoring run, rendered from its stored result.json: summary.md and
// `export --format md`, report.json and `export --format json` (the CONTRACTS report shape with
// the whole result under "result" and no samples), and a CSV of the per-class (classification),
// per-category (detection) or metric (otherwise) table.
class MlReportWriter
{
public:
    MlReportWriter(RunRecord run, QJsonObject result, QString advice);

    QString markdown() const;
    QJsonObject json() const;
    QByteArray csv() const; // UTF-8 with BOM, like scores.csv

private:
    QString taskType() const;

    RunRecord m_run;
    QJsonObject m_result;
    QString m_advice;
};

} // namespace evalbench
