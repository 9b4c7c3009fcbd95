// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace evalbench {

// When one sample of an API run was scored (its job's finished_at, else its created_at):
// the time axis of the report's score-over-time chart.
struct SampleTime
{
    int sampleIndex = 0;
    QDateTime time; // UTC
};

} // namespace evalbench

Q_DECLARE_METATYPE(QList<evalbench::SampleTime>)
