// SPDX-License-Identifier: MIT
#include "ui/ml/prcurveview.h"

#include <algorithm>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace evalbench {

namespace {

QList<QPointF> curvePoints(const QList<double>& recall, const QList<double>& precision)
{
    QList<QPointF> points;
    points.reserve(recall.size());
    for (qsizetype i = 0; i < recall.size(); ++i)
        points.append(QPointF(recall.at(i), std::max(0.0, precision.at(i)))); // -1: never reached
    return points;
}

// d3's category10: ten colours that stay apart on white; past ten the lines are dashed, then dotted.
QPen curvePen(qsizetype index)
{
    static const QList<QColor> colors { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
        QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf) };
    static const QList<Qt::PenStyle> styles { Qt::SolidLine, Qt::DashLine, Qt::DotLine };
    QPen pen(colors.at(index % colors.size()));
    pen.setWidthF(2.0);
    pen.setStyle(styles.at((index / colors.size()) % styles.size()));
    return pen;
}

QValueAxis* unitAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0.0, 1.0);
    axis->setTickCount(11);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    return axis;
}

} // namespace

PrCurveView::PrCurveView(QWidget* parent)
    : QWidget(parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("prCurveCombo"));
    m_combo->addItem(tr("IoU = .50"));
    m_combo->addItem(tr("Mean over IoU = .50:.95"));
    connect(m_combo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setCurve(index == 1 ? Curve::IouAveraged : Curve::Iou50); });

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    auto* x = unitAxis(tr("Recall"));
    auto* y = unitAxis(tr("Precision"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("prCurveChart"));
    m_view->setRenderHint(QPainter::Antialiasing);

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Precision at:"), this);
    label->setBuddy(m_combo);
    bar->addWidget(label);
    bar->addWidget(m_combo);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void PrCurveView::setData(const QList<double>& recallThresholds, const QList<MlResult::CategoryRow>& categories)
{
    m_chart->removeAllSeries();
    m_series.clear();
    m_at50.clear();
    m_averaged.clear();
    const QList<QAbstractAxis*> axes = m_chart->axes();
    for (const MlResult::CategoryRow& category : categories) {
        // Without ground truth a category has no curve (its precision is undefined).
        const qsizetype n = recallThresholds.size();
        if (n == 0 || category.precisionAt50.size() != n || category.precisionAveraged.size() != n)
            continue;
        auto* series = new QLineSeries;
        series->setName(category.name.isEmpty() ? QString::number(category.id) : category.name);
        series->setPen(curvePen(m_series.size()));
        m_chart->addSeries(series);
        for (QAbstractAxis* axis : axes)
            series->attachAxis(axis);
        m_series.append(series);
        m_at50.append(curvePoints(recallThresholds, category.precisionAt50));
        m_averaged.append(curvePoints(recallThresholds, category.precisionAveraged));
    }
    applyCurve();
}

void PrCurveView::setCurve(Curve curve)
{
    if (curve == m_curve)
        return;
    m_curve = curve;
    m_combo->setCurrentIndex(curve == Curve::IouAveraged ? 1 : 0);
    applyCurve();
}

void PrCurveView::applyCurve()
{
    const QList<QList<QPointF>>& points = m_curve == Curve::IouAveraged ? m_averaged : m_at50;
    for (qsizetype i = 0; i < m_series.size(); ++i)
        m_series.at(i)->replace(points.at(i));
    m_chart->setTitle(m_curve == Curve::IouAveraged
            ? tr("Precision–recall per category, mean over IoU .50:.95 (area all, maxDets 100)")
            : tr("Precision–recall per category at IoU .50 (area all, maxDets 100)"));
}

} // namespace evalbench
