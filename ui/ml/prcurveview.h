// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ml/mlresult.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLineSeries;

namespace evalbench {

// Precision against recall, one line per category with ground truth, at IoU .50 or averaged
// over IoU .50:.95. Both point lists are built once per result; switching replaces the points.
class PrCurveView : public QWidget
{
    Q_OBJECT
public:
    enum class Curve
    {
        Iou50,
        IouAveraged
    };

    explicit PrCurveView(QWidget* parent = nullptr);

    void setData(const QList<double>& recallThresholds, const QList<MlResult::CategoryRow>& categories);
    void setCurve(Curve curve);
    Curve curve() const { return m_curve; }

    QComboBox* curveCombo() const { return m_combo; }
    QChartView* chartView() const { return m_view; }
    const QList<QLineSeries*>& series() const { return m_series; }

private:
    void applyCurve();

    QComboBox* m_combo = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QList<QLineSeries*> m_series;
    QList<QList<QPointF>> m_at50; // per series
    QList<QList<QPointF>> m_averaged;
    Curve m_curve = Curve::Iou50;
};

} // namespace evalbench
