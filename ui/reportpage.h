// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/runrecord.h"
#include "io/reportexporter.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QJsonObject>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace evalbench {

class AdvicePanel;
class AgreementView;
class AnnotationEditor;
class MetricSummaryModel;
class MlResultView;
class ReportAnnotations;
class ReportChartsPanel;
class ReportHeader;
class SampleDetailView;
class SampleFilterBar;
class SampleListModel;
class SampleSortProxy;
class StoreWriter;
struct SampleRows;

// The report of one run: header with metric cards, metric summary, the per-sample
// table with its filters, charts and advice tabs, the selected sample's details, and
// export. Everything that reads the
// database runs on the thread pool; results that arrive for a run the page no
// longer shows are dropped.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    // Asked for the file to export to, given the suggested file name; an empty
    // answer cancels. The default opens a save dialog.
    using SavePathProvider = std::function<QString(const QString& suggestedPath)>;
    // Asked for the folder to write the chart pictures to; an empty answer cancels. The
    // default opens a folder dialog.
    using FolderProvider = std::function<QString(const QString& suggestedFolder)>;

    // Reads go through the writer's database path; the writer saves human annotations.
    ReportPage(StoreWriter& writer, DataDir dataDir, QWidget* parent = nullptr);
    ~ReportPage() override;

    // Loads (or reloads, e.g. to refresh a running run) the report of `runId`; with a
    // `sampleIndex` (its place in the run) that sample is selected once the table is in.
    void showRun(const QString& runId, int sampleIndex = -1);
    // Selects the sample (clearing a filter that hides it); false when the table lacks it.
    bool selectSample(int sampleIndex);
    QString runId() const { return m_runId; }
    // False while loading and when the run was not found.
    bool hasRun() const { return m_run.has_value(); }
    // The result view of an ML scoring run (shown instead of the sample table).
    MlResultView* mlResultView() const { return m_mlView; }
    bool isShowingMlResult() const;

    void setSavePathProvider(SavePathProvider provider);
    // Asks for a path and writes the report there in the background.
    void exportReport(ExportFormat format);
    void setFolderProvider(FolderProvider provider);
    // Asks for a folder and writes each chart there as a 1200×800 PNG.
    void exportCharts();
    // Puts a short Markdown summary of the run on the clipboard.
    void copySummary();

signals:
    // The request of the last showRun has been shown: the run with its sample
    // table, or the message that it does not exist. Connect before calling
    // showRun: when the data is at hand it may come before showRun returns.
    void loaded();
    // The selected sample's details are shown (sample index in the dataset).
    void sampleShown(int sampleIndex);
    // An export finished; `error` is empty on success.
    void exportFinished(const QString& path, const QString& error);
    // The chart pictures are written (`files`, the paths) or failed (`error` not empty).
    void chartsExported(const QString& folder, const QStringList& files, const QString& error);
    // A one-line note for the window's status bar.
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    QWidget* buildSampleArea();
    void applyRun(quint64 generation, const std::optional<RunRecord>& run, bool artifactsExist);
    void applyRows(quint64 generation, SampleRows rows);
    // An ML scoring run shows its result.json instead of the sample table.
    void applyMlResult(quint64 generation, const QJsonObject& result);
    void updateRowsLabel();
    void applyFilters();
    void loadSampleTimes(quint64 generation);
    void onSelectionChanged();
    void openArtifactsFolder();
    void setExportEnabled(bool enabled);

    QString m_databasePath;
    DataDir m_dataDir;
    QString m_runId;
    std::optional<RunRecord> m_run;
    // Bumped by every showRun; shared with the workers so that a stale load
    // stops early, and compared on arrival so that its result is dropped.
    std::shared_ptr<std::atomic<quint64>> m_generation;
    quint64 m_detailGeneration = 0;
    int m_sampleToSelect = -1; // asked for by showRun, selected when the rows are in
    SavePathProvider m_savePathProvider;
    FolderProvider m_folderProvider;

    MetricSummaryModel* m_summaryModel = nullptr;
    SampleListModel* m_sampleModel = nullptr;
    SampleSortProxy* m_proxy = nullptr;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    ReportHeader* m_header = nullptr;
    QLabel* m_exportLabel = nullptr;
    QLabel* m_rowsLabel = nullptr;
    QPushButton* m_openFolderButton = nullptr;
    QList<QPushButton*> m_exportButtons;
    QTableView* m_summaryView = nullptr;
    QStackedWidget* m_body = nullptr; // the RAG metric summary and samples, or the ML result
    QLabel* m_mlError = nullptr;
    MlResultView* m_mlView = nullptr;
    QTableView* m_sampleView = nullptr;
    SampleFilterBar* m_filterBar = nullptr;
    SampleDetailView* m_detailView = nullptr;
    ReportAnnotations* m_annotations = nullptr;
    AnnotationEditor* m_annotationEditor = nullptr;
    AgreementView* m_agreementView = nullptr;
    QTabWidget* m_tabs = nullptr; // samples, charts, advice
    ReportChartsPanel* m_charts = nullptr;
    AdvicePanel* m_advice = nullptr;
    QPushButton* m_exportChartsButton = nullptr;
};

} // namespace evalbench
