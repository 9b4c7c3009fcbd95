// SPDX-License-Identifier: MIT
#include "ui/trendspage.h"

#include "store/storereader.h"
#include "ui/backgroundtask.h"
#include "ui/trendchart.h"
#include "ui/trendpointmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace evalbench {

namespace {
// The series combo's item data: the kind in one role, the key in the other.
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
} // namespace

TrendsPage::TrendsPage(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
{
    m_model = new TrendPointModel(this);
    m_model->setObjectName(QStringLiteral("trendPointModel"));
    m_seriesCombo = new QComboBox;
    m_seriesCombo->setObjectName(QStringLiteral("trendSeriesCombo"));
    m_seriesCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricCombo = new QComboBox;
    m_metricCombo->setObjectName(QStringLiteral("trendMetricCombo"));
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chart = new TrendChart;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("trendPointTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(TrendPointModel::RunColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a run to open its report"));

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Runs of")));
    choices->addWidget(m_seriesCombo);
    choices->addSpacing(12);
    choices->addWidget(new QLabel(tr("Metric")));
    choices->addWidget(m_metricCombo);
    choices->addStretch();

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(choices);
    contentLayout->addWidget(splitter, 1);

    m_message = new QLabel(tr("Loading…"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Trends</h2>")));
    layout->addWidget(m_stack, 1);

    connect(m_seriesCombo, &QComboBox::currentIndexChanged, this, &TrendsPage::loadPoints);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, &TrendsPage::showMetric);
    connect(m_chart, &TrendChart::pointClicked, this, &TrendsPage::openReportRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const QString runId = m_model->runIdAt(index.row()); !runId.isEmpty())
            Q_EMIT openReportRequested(runId);
    });
}

void TrendsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void TrendsPage::reload()
{
    const quint64 generation = ++m_seriesGeneration;
    runInBackground(
        this, [path = m_databasePath] { return StoreReader(path).trendSeries(); },
        [this, generation](const QList<TrendSeries>& series) { applySeries(generation, series); });
}

QString TrendsPage::seriesLabel(const TrendSeries& series) const
{
    const QString count = QString::number(series.runCount);
    if (series.kind == TrendSeries::Kind::ApiName)
        return series.runCount == 1 ? tr("API: %1 (1 run)").arg(series.key)
                                    : tr("API: %1 (%2 runs)").arg(series.key, count);
    const QString file = QFileInfo(series.key).fileName();
    return series.runCount == 1 ? tr("dataset: %1 (1 run)").arg(file) : tr("dataset: %1 (%2 runs)").arg(file, count);
}

void TrendsPage::applySeries(quint64 generation, const QList<TrendSeries>& series)
{
    if (generation != m_seriesGeneration)
        return;
    const std::optional<TrendSeries> previous = currentSeries();
    m_series = series;
    {
        const QSignalBlocker blocker(m_seriesCombo);
        m_seriesCombo->clear();
        int keep = 0;
        for (const TrendSeries& one : series) {
            if (previous && previous->kind == one.kind && previous->key == one.key)
                keep = m_seriesCombo->count();
            m_seriesCombo->addItem(seriesLabel(one));
            const int row = m_seriesCombo->count() - 1;
            m_seriesCombo->setItemData(row, int(one.kind), kKindRole);
            m_seriesCombo->setItemData(row, one.key, kKeyRole);
            m_seriesCombo->setItemData(row, QDir::toNativeSeparators(one.key), Qt::ToolTipRole);
        }
        m_seriesCombo->setCurrentIndex(series.isEmpty() ? -1 : keep);
    }
    if (series.isEmpty()) {
        m_message->setText(tr("No runs yet. Trends appear once a dataset has been evaluated, or the HTTP API "
                              "has scored posts."));
        m_stack->setCurrentIndex(0);
    }
    Q_EMIT seriesLoaded();
    if (!series.isEmpty())
        loadPoints();
}

std::optional<TrendSeries> TrendsPage::currentSeries() const
{
    const int row = m_seriesCombo->currentIndex();
    if (row < 0 || row >= m_series.size())
        return std::nullopt;
    return m_series.at(row);
}

void TrendsPage::selectSeries(const TrendSeries& series)
{
    for (int row = 0; row < m_series.size(); ++row) {
        if (m_series.at(row).kind == series.kind && m_series.at(row).key == series.key)
            m_seriesCombo->setCurrentIndex(row);
    }
}

QString TrendsPage::currentMetric() const
{
    return m_metricCombo->currentData().toString();
}

void TrendsPage::selectMetric(const QString& metric)
{
    if (const int row = m_metricCombo->findData(metric); row >= 0)
        m_metricCombo->setCurrentIndex(row);
}

void TrendsPage::loadPoints()
{
    const std::optional<TrendSeries> series = currentSeries();
    if (!series)
        return;
    const quint64 generation = ++m_pointsGeneration;
    runInBackground(
        this, [path = m_databasePath, one = *series] { return StoreReader(path).trendPoints(one); },
        [this, generation](const QList<TrendPoint>& points) { applyPoints(generation, points); });
}

void TrendsPage::applyPoints(quint64 generation, const QList<TrendPoint>& points)
{
    if (generation != m_pointsGeneration)
        return;
    m_points = points;
    QStringList metrics;
    for (const TrendPoint& point : points) {
        for (auto it = point.summary.cbegin(); it != point.summary.cend(); ++it) {
            if (!metrics.contains(it.key()))
                metrics.append(it.key());
        }
    }
    metrics.sort();
    {
        const QSignalBlocker blocker(m_metricCombo);
        const QString previous = currentMetric();
        m_metricCombo->clear();
        m_metricCombo->addItem(tr("Weighted score"), QString());
        for (const QString& metric : std::as_const(metrics))
            m_metricCombo->addItem(metric, metric);
        m_metricCombo->setCurrentIndex(std::max(0, m_metricCombo->findData(previous)));
    }
    m_stack->setCurrentIndex(1);
    showMetric();
    Q_EMIT pointsLoaded();
}

void TrendsPage::showMetric()
{
    const QString metric = currentMetric();
    m_model->setPoints(m_points, metric);
    m_table->resizeColumnToContents(TrendPointModel::DateColumn);
    const std::optional<TrendSeries> series = currentSeries();
    m_chart->setPoints(m_points, metric,
        series ? tr("%1 — %2").arg(metric.isEmpty() ? tr("Weighted score") : metric, seriesLabel(*series)) : QString());
}

} // namespace evalbench
