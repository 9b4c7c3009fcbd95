// SPDX-License-Identifier: MIT
#pragma once

#include "ui/nanreasons.h"

#include <optional>

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace evalbench {

class MetricCardStrip;
class ScoreGauge;
struct RunRecord;

// Top of the report page: what the run is, where it came from, how far it got, its
// weighted score in large type with a gauge, and a card per metric.
class ReportHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ReportHeader(QWidget* parent = nullptr);

    void setRun(const RunRecord& run);
    // The judge's model and, once the run has used it, its calls, cache hits, tokens and cost.
    void setJudge(const RunRecord& run, const std::optional<QJsonObject>& usage);
    // Once the sample rows are in: why each metric's NaN samples failed (the cards' tooltips).
    void setNanReasons(const QMap<QString, QList<NanReason>>& reasons);

signals:
    // The run is still going; the analyst wants its current state.
    void refreshRequested();

private:
    QLabel* m_nameLabel = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_timesLabel = nullptr;
    QLabel* m_datasetLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_semanticsLabel = nullptr;
    QLabel* m_judgeLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_sourceLabel = nullptr;
    ScoreGauge* m_gauge = nullptr;
    MetricCardStrip* m_cards = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace evalbench
