// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace evalbench {

// The metrics and weights a new evaluation starts with, chosen on the Settings page and
// kept in QSettings. Until the analyst saves a choice, the offline metrics are the default.
struct EvaluationDefaults
{
    QStringList metrics;
    QMap<QString, double> weights; // metric id -> weight; absent means 1

    double weightOf(const QString& metric) const { return weights.value(metric, 1.0); }

    static EvaluationDefaults load();
    void save() const;
};

} // namespace evalbench
