// SPDX-License-Identifier: MIT
#pragma once

#include "io/datasetpreview.h"

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

// Pick a dataset, see its first rows and the fields found, choose metrics and
// weights, start. Metrics the dataset cannot feed are disabled, with the
// reason as tooltip.
class NewEvaluationPage : public QWidget
{
    Q_OBJECT
public:
    explicit NewEvaluationPage(JobManager& jobs, QWidget* parent = nullptr);

    // Loads the preview in the background; previewReady follows.
    void setDatasetPath(const QString& path);
    QStringList checkedMetrics() const;
    bool isMetricEnabled(const QString& metric) const;
    void setMetricChecked(const QString& metric, bool checked);
    void start();

    QTableWidget* metricTable() const { return m_metrics; }
    QStandardItemModel* previewModel() const { return m_previewModel; }
    QLabel* fieldsLabel() const { return m_fieldsLabel; }

Q_SIGNALS:
    void previewReady();
    void evaluationStarted(const QString& jobId, const QString& runId);

private:
    void browse();
    void showPreview(const DatasetPreview& preview);
    void updateMetricAvailability(const QStringList& presentFields);
    void updateStartButton();

    JobManager& m_jobs;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_fieldsLabel = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QTableWidget* m_metrics = nullptr;
    QCheckBox* m_ragasCompat = nullptr;
    QPushButton* m_startButton = nullptr;
    bool m_previewOk = false;
    quint64 m_generation = 0;
};

} // namespace evalbench
