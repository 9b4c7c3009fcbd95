// SPDX-License-Identifier: MIT
#pragma once

#include "ui/nanreasons.h"

#include <QList>
#include <QScrollArea>

class QHBoxLayout;

namespace evalbench {

class MetricCard;
struct RunRecord;

// A row of MetricCards, one per metric of the run in its order; scrolls sideways when the
// run has more metrics than fit.
class MetricCardStrip : public QScrollArea
{
    Q_OBJECT
public:
    explicit MetricCardStrip(QWidget* parent = nullptr);

    void setRun(const RunRecord& run);
    // Once the sample rows are in: the NaN reasons of each metric.
    void setNanReasons(const QMap<QString, QList<NanReason>>& reasons);
    const QList<MetricCard*>& cards() const { return m_cards; }

private:
    QWidget* m_content = nullptr;
    QHBoxLayout* m_layout = nullptr;
    QList<MetricCard*> m_cards;
};

} // namespace evalbench
