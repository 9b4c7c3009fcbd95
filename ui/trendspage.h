// SPDX-License-Identifier: MIT
#pragma once

#include "store/trendrows.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace evalbench {

class TrendChart;
class TrendPointModel;

// A metric across the runs of one dataset (or of one API run name) over time: the series
// and the metric to follow, a line chart of the run averages and the table of its points.
// The series list is grouped in SQL and everything is read on the thread pool; results of
// a superseded request are dropped. Shown again, the page reloads (new runs appear).
class TrendsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsPage(QString databasePath, QWidget* parent = nullptr);

    // Reads the series list again (in the background); seriesLoaded follows, then
    // pointsLoaded for the series kept or chosen.
    void reload();
    QList<TrendSeries> series() const { return m_series; }
    std::optional<TrendSeries> currentSeries() const;
    // Empty: the weighted score.
    QString currentMetric() const;
    void selectSeries(const TrendSeries& series);
    void selectMetric(const QString& metric);

    QComboBox* seriesCombo() const { return m_seriesCombo; }
    QComboBox* metricCombo() const { return m_metricCombo; }
    TrendPointModel* model() const { return m_model; }
    TrendChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void seriesLoaded();
    void pointsLoaded();
    void openReportRequested(const QString& runId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applySeries(quint64 generation, const QList<TrendSeries>& series);
    void loadPoints();
    void applyPoints(quint64 generation, const QList<TrendPoint>& points);
    void showMetric();
    QString seriesLabel(const TrendSeries& series) const;

    QString m_databasePath;
    QList<TrendSeries> m_series;
    QList<TrendPoint> m_points; // of the current series, oldest first
    quint64 m_seriesGeneration = 0;
    quint64 m_pointsGeneration = 0;

    TrendPointModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_seriesCombo = nullptr;
    QComboBox* m_metricCombo = nullptr;
    TrendChart* m_chart = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace evalbench
