// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ml/mlresult.h"

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace evalbench {

class CocoStatsModel;
class ConfusionMatrixModel;
class MlMetricsModel;
class MlResultHeader;
class PerClassModel;
class PrCurveView;

// The report of one ML scoring run (a result.json): the headline and the metrics on the left,
// and the task's views in tabs: per-class scores with F1 bars and the confusion matrix as a heat
// map (classification), the COCO summary with AP bars and the precision–recall curves
// (detection). A tab is shown only when the result's details have its data, so a custom scorer
// gets the same views when its details share the built-in shape.
class MlResultView : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        PerClass,
        Confusion,
        Coco,
        PrCurves
    };
    // Larger matrices are not drawn: cells this small could not be read.
    static constexpr int kMaxHeatMapLabels = 60;

    explicit MlResultView(QWidget* parent = nullptr);

    void setResult(const QJsonObject& result);

    const MlResult& result() const { return m_result; }
    MlResult::Task task() const { return m_result.task; }

    MlMetricsModel* metricsModel() const { return m_metricsModel; }
    PerClassModel* perClassModel() const { return m_perClassModel; }
    ConfusionMatrixModel* confusionModel() const { return m_confusionModel; }
    CocoStatsModel* cocoStatsModel() const { return m_cocoModel; }
    QTableView* metricsView() const { return m_metricsView; }
    QTableView* perClassView() const { return m_perClassView; }
    QTableView* confusionView() const { return m_confusionView; }
    QChartView* f1ChartView() const { return m_f1Chart; }
    QChartView* apChartView() const { return m_apChart; }
    PrCurveView* prCurveView() const { return m_prCurves; }
    MlResultHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }

    bool isPageShown(Page page) const;
    void showPage(Page page);
    // The heat map is replaced by a message: the scorer left the matrix out, or it is too large.
    bool isConfusionOmitted() const;
    QString confusionMessage() const;

private:
    QWidget* buildMetricsPane();
    QWidget* buildPerClassPage();
    QWidget* buildConfusionPage();
    QWidget* buildCocoPage();
    void showConfusion();
    void fitPerClassTable();
    void fitConfusionView();
    void fitCocoPage();
    int cocoTableHeight(int rows) const;
    int tabIndex(Page page) const;

    MlResult m_result;

    MlMetricsModel* m_metricsModel = nullptr;
    PerClassModel* m_perClassModel = nullptr;
    QSortFilterProxyModel* m_perClassProxy = nullptr;
    ConfusionMatrixModel* m_confusionModel = nullptr;
    CocoStatsModel* m_cocoModel = nullptr;

    MlResultHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_metricsView = nullptr;
    QSplitter* m_perClassSplit = nullptr;
    QSplitter* m_cocoSplit = nullptr;
    QTableView* m_perClassView = nullptr;
    QChartView* m_f1Chart = nullptr;
    QStackedWidget* m_confusionStack = nullptr;
    QTableView* m_confusionView = nullptr;
    QLabel* m_confusionMessage = nullptr;
    QTableView* m_cocoView = nullptr;
    QChartView* m_apChart = nullptr;
    PrCurveView* m_prCurves = nullptr;
    QList<QWidget*> m_pages; // in Page order
};

} // namespace evalbench
