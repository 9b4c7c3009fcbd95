// SPDX-License-Identifier: MIT
#pragma once

#include "io/runcomparison.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace evalbench {

class ChangeCountModel;
class ComparisonChart;
class ComparisonItemFilter;
class ComparisonItemModel;
class MetricDeltaModel;

// Two or more runs against a baseline: per-metric deltas, matched-sample change
// counts, a chart of every metric, and the item-by-item list (regressions only by
// default). The comparison is computed in core on the thread pool; results of a
// superseded request are dropped.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    // Asked for the file to export to, given a suggested path; an empty answer cancels.
    using SavePathProvider = std::function<QString(const QString& suggestedPath)>;

    explicit ComparePage(QString databasePath, QWidget* parent = nullptr);
    ~ComparePage() override;

    // Compares `runIds` against `baselineId`; without one, against the oldest run.
    void compare(const QStringList& runIds, const QString& baselineId = {});
    void setBaseline(const QString& runId);
    QStringList runIds() const { return m_runIds; }
    QString baselineId() const { return m_baselineId; }
    const std::optional<RunComparison>& comparison() const { return m_comparison; }

    void setSavePathProvider(SavePathProvider provider);
    void exportMarkdown();

Q_SIGNALS:
    // The last compare() request is shown (or its error). Connect before calling compare().
    void loaded();
    void openReportRequested(const QString& runId, int sampleIndex);
    void exportFinished(const QString& path, const QString& error);
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Load;
    void buildLayout();
    QWidget* buildItemArea();
    void apply(quint64 generation, const Load& load);
    void applyTints();
    void updateItemsLabel();

    QString m_databasePath;
    QStringList m_runIds;
    QString m_baselineId;
    std::optional<RunComparison> m_comparison;
    // Bumped by every request; the worker checks it to stop early, the result to be dropped.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    SavePathProvider m_savePathProvider;

    MetricDeltaModel* m_deltaModel = nullptr;
    ChangeCountModel* m_countModel = nullptr;
    ComparisonItemModel* m_itemModel = nullptr;
    ComparisonItemFilter* m_itemFilter = nullptr;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_baselineCombo = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_exportLabel = nullptr;
    QLabel* m_matchLabel = nullptr;
    QTableView* m_deltaView = nullptr;
    QTableView* m_countView = nullptr;
    ComparisonChart* m_chart = nullptr;
    QCheckBox* m_regressionsOnly = nullptr;
    QComboBox* m_metricFilter = nullptr;
    QTableView* m_itemView = nullptr;
    QLabel* m_itemsLabel = nullptr;
};

} // namespace evalbench
