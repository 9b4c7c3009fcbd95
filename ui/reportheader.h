// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace evalbench {

struct RunRecord;

// Top of the report page: what the run is, how far it got, and its weighted
// score in large type.
class ReportHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ReportHeader(QWidget* parent = nullptr);

    void setRun(const RunRecord& run);

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
    QLabel* m_errorLabel = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace evalbench
