// SPDX-License-Identifier: MIT
#include "ui/ml/mlresultview.h"

#include "ui/ml/cocostatsmodel.h"
#include "ui/ml/confusionmatrixmodel.h"
#include "ui/ml/mlchartfactory.h"
#include "ui/ml/mlmetricsmodel.h"
#include "ui/ml/mlresultheader.h"
#include "ui/ml/perclassmodel.h"
#include "ui/ml/prcurveview.h"

#include <algorithm>

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace evalbench {

namespace {

QTableView* makeTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

QChartView* makeChartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 240);
    return view;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// The heat map's colour scale, from 0% to 100% of a row.
QWidget* shareScale(QWidget* parent)
{
    auto* scale = new QWidget(parent);
    QPixmap ramp(240, 14);
    QPainter painter(&ramp);
    for (int x = 0; x < ramp.width(); ++x) {
        painter.setPen(ConfusionMatrixModel::colorForShare(double(x) / (ramp.width() - 1)));
        painter.drawLine(x, 0, x, ramp.height() - 1);
    }
    painter.end();
    auto* image = new QLabel(scale);
    image->setPixmap(ramp);
    auto* layout = new QHBoxLayout(scale);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(MlResultView::tr("0%"), scale));
    layout->addWidget(image);
    layout->addWidget(new QLabel(MlResultView::tr("100% of the true label's samples"), scale));
    layout->addStretch();
    return scale;
}

} // namespace

MlResultView::MlResultView(QWidget* parent)
    : QWidget(parent)
{
    m_metricsModel = new MlMetricsModel(this);
    m_metricsModel->setObjectName(QStringLiteral("mlMetricsModel"));
    m_perClassModel = new PerClassModel(this);
    m_perClassModel->setObjectName(QStringLiteral("perClassModel"));
    m_perClassProxy = new QSortFilterProxyModel(this);
    m_perClassProxy->setSourceModel(m_perClassModel);
    m_perClassProxy->setSortRole(PerClassModel::SortRole);
    m_confusionModel = new ConfusionMatrixModel(this);
    m_confusionModel->setObjectName(QStringLiteral("confusionMatrixModel"));
    m_cocoModel = new CocoStatsModel(this);
    m_cocoModel->setObjectName(QStringLiteral("cocoStatsModel"));

    m_header = new MlResultHeader(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mlTabs"));
    m_pages = { buildPerClassPage(), buildConfusionPage(), buildCocoPage(), m_prCurves = new PrCurveView(this) };
    m_tabs->addTab(m_pages.at(0), tr("Per class"));
    m_tabs->addTab(m_pages.at(1), tr("Confusion matrix"));
    m_tabs->addTab(m_pages.at(2), tr("COCO summary"));
    m_tabs->addTab(m_pages.at(3), tr("Precision–recall"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildMetricsPane());
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({ 440, 1000 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    setResult({});
}

QWidget* MlResultView::buildMetricsPane()
{
    auto* pane = new QWidget(this);
    m_metricsView = makeTable(QStringLiteral("mlMetricsView"), m_metricsModel, pane);
    QHeaderView* header = m_metricsView->horizontalHeader();
    header->setSectionResizeMode(MlMetricsModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MlMetricsModel::ValueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MlMetricsModel::DescriptionColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption(tr("Metrics"), pane));
    layout->addWidget(m_metricsView, 1);
    return pane;
}

QWidget* MlResultView::buildPerClassPage()
{
    auto* split = m_perClassSplit = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_perClassView = makeTable(QStringLiteral("perClassView"), m_perClassProxy, split);
    m_perClassView->setSortingEnabled(true);
    m_perClassView->sortByColumn(PerClassModel::LabelColumn, Qt::AscendingOrder);
    m_perClassView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perClassView->horizontalHeader()->setStretchLastSection(false);
    m_f1Chart = makeChartView(QStringLiteral("f1Chart"), split);
    split->addWidget(m_perClassView);
    split->addWidget(m_f1Chart);
    split->setStretchFactor(1, 1);
    return split;
}

QWidget* MlResultView::buildConfusionPage()
{
    m_confusionStack = new QStackedWidget(this);
    auto* matrixPage = new QWidget(m_confusionStack);
    m_confusionView = new QTableView(matrixPage);
    m_confusionView->setObjectName(QStringLiteral("confusionMatrixView"));
    m_confusionView->setModel(m_confusionModel);
    m_confusionView->setSelectionMode(QAbstractItemView::NoSelection);
    // White gaps between the cells read better than grid lines on a colour scale.
    m_confusionView->setStyleSheet(QStringLiteral("QTableView { gridline-color: #ffffff; background: #ffffff; }"));
    QFont cellFont = m_confusionView->font();
    cellFont.setPointSizeF(cellFont.pointSizeF() * 1.1);
    m_confusionView->setFont(cellFont);
    m_confusionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_confusionView->verticalHeader()->setDefaultSectionSize(m_confusionView->fontMetrics().height() + 18);
    m_confusionView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* legend = new QLabel(tr("Rows: true label. Columns: predicted label. Colour: the cell's share of its row "
                                 "(darker is more). Hover a cell for details."),
        matrixPage);
    legend->setWordWrap(true);
    // The view is only as large as the matrix (fitConfusionView); the rest of the page stays empty.
    auto* row = new QHBoxLayout;
    row->addWidget(m_confusionView, 1);
    row->addStretch(0);
    auto* layout = new QVBoxLayout(matrixPage);
    layout->addWidget(legend);
    layout->addLayout(row, 1);
    layout->addWidget(shareScale(matrixPage));
    layout->addStretch(0);

    m_confusionMessage = new QLabel(m_confusionStack);
    m_confusionMessage->setObjectName(QStringLiteral("confusionMessage"));
    m_confusionMessage->setAlignment(Qt::AlignCenter);
    m_confusionMessage->setWordWrap(true);
    m_confusionMessage->setTextFormat(Qt::PlainText);
    m_confusionStack->addWidget(matrixPage);
    m_confusionStack->addWidget(m_confusionMessage);
    return m_confusionStack;
}

QWidget* MlResultView::buildCocoPage()
{
    auto* split = m_cocoSplit = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_cocoView = makeTable(QStringLiteral("cocoStatsView"), m_cocoModel, split);
    m_cocoView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cocoView->verticalHeader()->setDefaultSectionSize(m_cocoView->fontMetrics().height() + 6);
    // At least half of the 12 stats; all of them when the chart below leaves room (fitCocoPage).
    m_cocoView->setMinimumHeight(cocoTableHeight(6));
    m_apChart = makeChartView(QStringLiteral("apChart"), split);
    split->addWidget(m_cocoView);
    split->addWidget(m_apChart);
    split->setStretchFactor(1, 1);
    return split;
}

int MlResultView::cocoTableHeight(int rows) const
{
    return m_cocoView->horizontalHeader()->sizeHint().height()
        + rows * m_cocoView->verticalHeader()->defaultSectionSize() + 2 * m_cocoView->frameWidth() + 2;
}

void MlResultView::fitCocoPage()
{
    // QtCharts elides a category label whose band is not about two lines high, and then no bar
    // can be told from another: the chart asks for that height (for up to a dozen categories),
    // and the table above scrolls when the page is short.
    const auto categories = std::count_if(m_result.perCategory.cbegin(), m_result.perCategory.cend(),
        [](const MlResult::CategoryRow& row) { return row.ap.has_value(); });
    const int bands = int(std::min<qsizetype>(categories, 12));
    const int chart = std::max(240, 90 + bands * 2 * m_apChart->fontMetrics().height());
    m_apChart->setMinimumHeight(chart);
    m_cocoSplit->setSizes({ cocoTableHeight(12), chart });
}

void MlResultView::setResult(const QJsonObject& result)
{
    m_result = MlResult::fromJson(result);
    m_header->setResult(m_result);
    m_metricsModel->setData(m_result.metrics, m_result.primaryMetric);
    m_metricsView->setColumnHidden(MlMetricsModel::DescriptionColumn, !m_metricsModel->hasDescriptions());

    m_perClassModel->setData(m_result.perClass);
    fitPerClassTable();
    MlChartFactory::replaceChart(m_f1Chart, MlChartFactory::f1Bars(m_result.perClass));
    showConfusion();

    m_cocoModel->setData(m_result.cocoStats);
    MlChartFactory::replaceChart(m_apChart, MlChartFactory::apBars(m_result.perCategory));
    fitCocoPage();
    m_prCurves->setData(m_result.recallThresholds, m_result.perCategory);

    m_tabs->setTabVisible(tabIndex(Page::PerClass), m_result.hasPerClass());
    m_tabs->setTabVisible(tabIndex(Page::Confusion), m_result.hasPerClass());
    m_tabs->setTabVisible(tabIndex(Page::Coco), m_result.hasCoco());
    m_tabs->setTabVisible(tabIndex(Page::PrCurves), !m_prCurves->series().isEmpty());
    int first = -1;
    for (int i = 0; i < m_tabs->count() && first < 0; ++i) {
        if (m_tabs->isTabVisible(i))
            first = i;
    }
    // Regression and custom results have only metrics: they take the whole width.
    m_tabs->setVisible(first >= 0);
    if (first >= 0)
        m_tabs->setCurrentIndex(first);
}

void MlResultView::showConfusion()
{
    const qsizetype labels = m_result.labels.size();
    const bool drawable = !m_result.confusion.isEmpty() && labels <= kMaxHeatMapLabels;
    m_confusionModel->setData(
        drawable ? m_result.labels : QStringList(), drawable ? m_result.confusion : QList<QList<qint64>>());
    if (drawable) {
        fitConfusionView();
        m_confusionMessage->clear();
        m_confusionStack->setCurrentIndex(0);
        return;
    }
    if (!m_result.confusion.isEmpty())
        m_confusionMessage->setText(
            tr("The confusion matrix is not drawn: with %n labels its cells would be too small to read. The "
               "per-class table has each label's TP, FP and FN.",
                nullptr, int(labels)));
    else if (!m_result.confusionOmitted.isEmpty())
        m_confusionMessage->setText(
            tr("The scorer omitted the confusion matrix (%1). The per-class table has each label's TP, FP and FN.")
                .arg(m_result.confusionOmitted));
    else
        m_confusionMessage->setText(tr("This result has no confusion matrix."));
    m_confusionStack->setCurrentIndex(1);
}

void MlResultView::fitPerClassTable()
{
    // The table gets the width of its columns, the F1 bars the rest.
    const QAbstractItemView* view = m_perClassView; // sizeHintForColumn is public here
    int width = 2 * m_perClassView->frameWidth() + m_perClassView->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < PerClassModel::ColumnCount; ++column)
        width += std::max(view->sizeHintForColumn(column), m_perClassView->horizontalHeader()->sectionSizeHint(column));
    // The view is usually hidden and not yet laid out here, and the splitter later scales these
    // sizes to its real width, which clipped the last columns: a minimum width keeps them all.
    m_perClassView->setMinimumWidth(width);
    m_perClassSplit->setSizes({ width, std::max(300, m_perClassSplit->width() - width) });
}

void MlResultView::fitConfusionView()
{
    const QFontMetrics metrics = m_confusionView->fontMetrics();
    int cell = metrics.horizontalAdvance(QStringLiteral("00000")) + 20;
    for (const QString& label : std::as_const(m_result.labels))
        cell = std::max(cell, metrics.horizontalAdvance(label) + 16);
    QHeaderView* columns = m_confusionView->horizontalHeader();
    QHeaderView* rows = m_confusionView->verticalHeader();
    columns->setDefaultSectionSize(std::min(cell, 160));
    for (int i = 0; i < columns->count(); ++i)
        columns->resizeSection(i, columns->defaultSectionSize());
    const int frame = 2 * m_confusionView->frameWidth();
    // Exactly the matrix; when the page is smaller the view shrinks and scrolls.
    m_confusionView->setMaximumSize(
        rows->sizeHint().width() + columns->length() + frame, columns->sizeHint().height() + rows->length() + frame);
}

int MlResultView::tabIndex(Page page) const
{
    return m_tabs->indexOf(m_pages.at(static_cast<int>(page)));
}

bool MlResultView::isPageShown(Page page) const
{
    return m_tabs->isVisibleTo(this) && m_tabs->isTabVisible(tabIndex(page));
}

void MlResultView::showPage(Page page)
{
    m_tabs->setCurrentIndex(tabIndex(page));
}

bool MlResultView::isConfusionOmitted() const
{
    return m_confusionStack->currentIndex() == 1;
}

QString MlResultView::confusionMessage() const
{
    return m_confusionMessage->text();
}

} // namespace evalbench
