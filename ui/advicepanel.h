// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTextBrowser;

namespace evalbench {

struct RunRecord;

// The run's optimization advice rendered from Markdown: what the judge wrote for a judged
// run (run_judge_usage), else the run's optimization_advice.md artifact. Read in the
// background; a load for a run no longer shown is dropped.
class AdvicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AdvicePanel(QString databasePath, QWidget* parent = nullptr);
    ~AdvicePanel() override;

    // `runFolder` is the run's artifacts folder (DataDir::runPath).
    void load(const RunRecord& run, const QString& runFolder);
    void clear();
    QTextBrowser* browser() const { return m_browser; }

signals:
    // The advice (or the note that there is none) is shown.
    void loaded();

private:
    QString m_databasePath;
    quint64 m_generation = 0;
    QTextBrowser* m_browser = nullptr;
};

} // namespace evalbench
