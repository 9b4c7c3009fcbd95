// SPDX-License-Identifier: MIT
#pragma once

#include "ui/reportcharts/timebuckets.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineSeries;

namespace evalbench {

class ReportChartView;
class SampleListModel;

// The mean weighted score per hour or per day of an API run, by when each sample was scored.
class ScoreTimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreTimeSeriesChart(QWidget* parent = nullptr);

    void setModel(const SampleListModel* model);
    // The times of the run's samples (read in the background by the page).
    void setSampleTimes(QList<SampleTime> times);
    void clear();
    ReportChartView* view() const { return m_view; }
    QComboBox* bucketCombo() const { return m_bucket; }
    const QList<TimeBucketMean>& buckets() const { return m_buckets; }

signals:
    // setSampleTimes has been drawn.
    void sampleTimesShown();

private:
    void rebuild();

    QPointer<const SampleListModel> m_model;
    QList<SampleTime> m_times;
    QComboBox* m_bucket = nullptr;
    ReportChartView* m_view = nullptr;
    QLineSeries* m_series = nullptr;
    QList<TimeBucketMean> m_buckets;
};

} // namespace evalbench
