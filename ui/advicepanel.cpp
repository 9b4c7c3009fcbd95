// SPDX-License-Identifier: MIT
#include "ui/advicepanel.h"

#include "common/runrecord.h"
#include "store/storereader.h"
#include "ui/backgroundtask.h"

#include <optional>

#include <QDir>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace evalbench {

AdvicePanel::AdvicePanel(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("adviceBrowser"));
    // Advice may link to documentation; links open outside, never inside the panel.
    m_browser->setOpenExternalLinks(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

AdvicePanel::~AdvicePanel() = default;

void AdvicePanel::clear()
{
    ++m_generation;
    m_browser->clear();
}

void AdvicePanel::load(const RunRecord& run, const QString& runFolder)
{
    const quint64 generation = ++m_generation;
    m_browser->setPlainText(tr("Loading advice…"));
    const bool judged = !run.settings.judge.isEmpty();
    runInBackground(
        this,
        [path = m_databasePath, runId = run.id, judged,
            file = QDir(runFolder).filePath(QStringLiteral("optimization_advice.md"))]() -> std::optional<QString> {
            if (judged) {
                if (std::optional<QString> advice = StoreReader(path).runJudgeAdvice(runId))
                    return advice;
            }
            QFile markdown(file);
            if (!markdown.open(QIODevice::ReadOnly))
                return std::nullopt;
            return QString::fromUtf8(markdown.readAll());
        },
        [this, generation](const std::optional<QString>& advice) {
            if (generation != m_generation)
                return;
            if (advice)
                m_browser->setMarkdown(*advice);
            else
                m_browser->setPlainText(tr("This run has no optimization advice (it is written when a run finishes)."));
            emit loaded();
        });
}

} // namespace evalbench
