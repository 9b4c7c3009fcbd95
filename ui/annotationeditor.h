// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace evalbench {

class ReportAnnotations;

// The analyst's own verdict on the selected sample, for one metric or overall:
// thumb up (1) or down (0), which save at once, or a score 0–1, with a label
// and a comment, saved with Save; Clear removes it. Lists what the sample
// already holds. Writes go through ReportAnnotations.
class AnnotationEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationEditor(ReportAnnotations* annotations, QWidget* parent = nullptr);

    // The run's metrics, offered after "Overall".
    void setMetrics(const QStringList& metrics);
    // `sampleKey` is StoredSample::key, `sampleIndex` its place in the run.
    void showSample(int sampleIndex, qint64 sampleKey);
    void clearSample();
    int sampleIndex() const { return m_sampleIndex; }

private:
    QString currentMetric() const;
    std::optional<double> currentScore() const;
    void loadFields();
    void onAnnotationsChanged();
    void save();
    void saveScore(double score);
    void clearAnnotation();
    void updateList();
    void setEditable(bool editable);

    ReportAnnotations* m_annotations;
    int m_sampleIndex = -1;
    qint64 m_sampleKey = 0;
    // When the annotation shown in the fields was stored (invalid: none), so that a
    // reload that did not change it leaves the analyst's typing alone.
    QDateTime m_fieldsFrom;

    QComboBox* m_metric = nullptr;
    QPushButton* m_thumbUp = nullptr;
    QPushButton* m_thumbDown = nullptr;
    QDoubleSpinBox* m_score = nullptr;
    QLineEdit* m_label = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_list = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace evalbench
