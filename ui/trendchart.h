// SPDX-License-Identifier: MIT
#pragma once

#include "store/trendrows.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace evalbench {

// A metric over time: one marked point per run (x its creation time, y its average),
// joined by a line. Clicking a point asks for that run.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);

    // `metric` empty: the weighted score; runs without a value for it are left out.
    void setPoints(const QList<TrendPoint>& points, const QString& metric, const QString& title);
    void clear();
    QLineSeries* series() const { return m_series; }
    // The run of the point nearest to `value` (chart coordinates); empty without points.
    QString runNearest(const QPointF& value) const;

Q_SIGNALS:
    void pointClicked(const QString& runId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QLineSeries* m_series = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QStringList m_runIds; // in the series' point order
    QStringList m_labels; // run name and value, for the hover tooltip
};

} // namespace evalbench
