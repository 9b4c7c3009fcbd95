// SPDX-License-Identifier: MIT
#pragma once

#include "io/datasetpreview.h"
#include "jobs/evalrequest.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QCheckBox;
class QPushButton;
class QTableView;
class QTableWidget;
class QStandardItemModel;

namespace evalbench {

class JobManager;
class JudgeOptionsGroup;
class JudgeProfileRepository;
struct EvaluationDefaults;

// Pick a dataset, see its first rows and the fields found, choose metrics and
// weights, start. Metrics the dataset cannot feed are disabled, with the
// reason as tooltip. LLM metrics need a judge profile (the "Judge" group), and
// the embedding-based ones a profile with an embedding model.
class NewEvaluationPage : public QWidget
{
    Q_OBJECT
public:
    explicit NewEvaluationPage(
        JobManager& jobs, JudgeProfileRepository* judgeProfiles = nullptr, QWidget* parent = nullptr);
    ~NewEvaluationPage() override;

    // Loads the preview in the background; previewReady follows.
    void setDatasetPath(const QString& path);
    QStringList checkedMetrics() const;
    bool isMetricEnabled(const QString& metric) const;
    void setMetricChecked(const QString& metric, bool checked);
    // Checks exactly the default metrics and sets their weights (the Settings page's choice).
    void applyDefaults(const EvaluationDefaults& defaults);
    void start();

    QTableWidget* metricTable() const { return m_metrics; }
    QStandardItemModel* previewModel() const { return m_previewModel; }
    QLabel* fieldsLabel() const { return m_fieldsLabel; }
    JudgeOptionsGroup* judgeOptions() const { return m_judge; }
    // The request start() would submit (tests check its settings).
    EvalRequest request() const;

Q_SIGNALS:
    void previewReady();
    void evaluationStarted(const QString& jobId, const QString& runId);

private:
    void browse();
    void showPreview(const DatasetPreview& preview);
    void updateMetricAvailability(const QStringList& presentFields);
    void updateStartButton();
    void onMetricChanged();
    void refreshEstimate();
    QStringList checkedLlmMetrics() const;

    JobManager& m_jobs;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_fieldsLabel = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QTableWidget* m_metrics = nullptr;
    QCheckBox* m_ragasCompat = nullptr;
    JudgeOptionsGroup* m_judge = nullptr;
    QStringList m_presentFields;
    QPushButton* m_startButton = nullptr;
    bool m_previewOk = false;
    quint64 m_generation = 0;
};

} // namespace evalbench
