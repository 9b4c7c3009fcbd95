// SPDX-License-Identifier: MIT
#pragma once

#include "ui/nanreasons.h"

#include <optional>

#include <QFrame>

class QLabel;

namespace evalbench {

struct MetricSummary;

// One metric at a glance in the report header: its mean, how many samples it scored or
// skipped, and how many came out NaN (the reasons in the NaN line's tooltip).
class MetricCard : public QFrame
{
    Q_OBJECT
public:
    explicit MetricCard(const QString& metric, QWidget* parent = nullptr);

    QString metric() const { return m_metric; }
    // nullopt: not aggregated yet (a running run).
    void setSummary(const std::optional<MetricSummary>& summary);
    void setNanReasons(const QList<NanReason>& reasons);

private:
    QString m_metric;
    QLabel* m_mean = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_nan = nullptr;
};

} // namespace evalbench
