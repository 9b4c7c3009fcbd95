// SPDX-License-Identifier: MIT
#include "ui/reportheader.h"

#include "common/runrecord.h"
#include "ui/metriccardstrip.h"
#include "ui/runstatuslabel.h"
#include "ui/scoregauge.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalbench {

namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText); // run names and paths come from users
    return label;
}

QString statusText(const RunRecord& run)
{
    return RunStatusLabel::text(run.status);
}

QString sourceText(const QString& source)
{
    if (source == QLatin1String("file"))
        return ReportHeader::tr("dataset file");
    if (source == QLatin1String("api"))
        return ReportHeader::tr("HTTP API");
    if (source == QLatin1String("workspace"))
        return ReportHeader::tr("workspace");
    return source;
}

} // namespace

ReportHeader::ReportHeader(QWidget* parent)
    : QWidget(parent)
{
    m_nameLabel = makeLabel(QStringLiteral("runNameLabel"), this);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_nameLabel->setFont(nameFont);
    m_scoreLabel = makeLabel(QStringLiteral("weightedScoreLabel"), this);
    QFont scoreFont = m_scoreLabel->font();
    scoreFont.setBold(true);
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 2.5);
    m_scoreLabel->setFont(scoreFont);
    m_scoreLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_scoreLabel->setToolTip(tr("Weighted score: the weighted mean of the metrics that have a value"));
    m_statusLabel = makeLabel(QStringLiteral("runStatusLabel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Show the scores stored so far"));
    connect(m_refreshButton, &QPushButton::clicked, this, &ReportHeader::refreshRequested);
    m_timesLabel = makeLabel(QStringLiteral("runTimesLabel"), this);
    m_datasetLabel = makeLabel(QStringLiteral("datasetLabel"), this);
    m_countLabel = makeLabel(QStringLiteral("sampleCountLabel"), this);
    m_semanticsLabel = makeLabel(QStringLiteral("semanticsLabel"), this);
    m_judgeLabel = makeLabel(QStringLiteral("judgeLabel"), this);
    m_judgeLabel->setWordWrap(true);
    m_errorLabel = makeLabel(QStringLiteral("runErrorLabel"), this);
    m_errorLabel->setWordWrap(true);
    m_sourceLabel = makeLabel(QStringLiteral("sourceLabel"), this);
    m_gauge = new ScoreGauge(this);
    m_gauge->setObjectName(QStringLiteral("scoreGauge"));
    m_cards = new MetricCardStrip(this);
    m_cards->setObjectName(QStringLiteral("metricCards"));

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel);
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_refreshButton);
    statusRow->addStretch();

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Status:"), statusRow);
    form->addRow(tr("Source:"), m_sourceLabel);
    form->addRow(tr("Time:"), m_timesLabel);
    form->addRow(tr("Dataset:"), m_datasetLabel);
    form->addRow(tr("Samples:"), m_countLabel);
    form->addRow(tr("Semantics:"), m_semanticsLabel);
    form->addRow(tr("Judge:"), m_judgeLabel);

    auto* left = new QVBoxLayout;
    left->addWidget(m_nameLabel);
    left->addLayout(form);
    left->addWidget(m_errorLabel);

    auto* score = new QVBoxLayout;
    score->addWidget(m_gauge, 0, Qt::AlignHCenter);
    score->addWidget(m_scoreLabel);
    score->addStretch();

    auto* top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(score);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_cards);
}

void ReportHeader::setRun(const RunRecord& run)
{
    const QLocale locale;
    m_nameLabel->setText(run.name.isEmpty() ? run.id : run.name);
    m_nameLabel->setToolTip(tr("Run id: %1").arg(run.id));
    m_statusLabel->setText(statusText(run));
    // A running run is refreshed on request (or by the window when its job
    // reports progress), never by polling the database.
    const bool inProgress = run.status == RunStatus::Queued || run.status == RunStatus::Running;
    m_progress->setVisible(inProgress);
    m_refreshButton->setVisible(inProgress);
    m_progress->setRange(0, qMax(1, run.sampleCount));
    m_progress->setValue(qMin(run.scoredCount, qMax(1, run.sampleCount)));
    m_progress->setFormat(tr("%1 of %2 scored").arg(run.scoredCount).arg(run.sampleCount));

    const QString created = locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
    m_timesLabel->setText(run.finishedAt.isValid()
            ? tr("created %1, finished %2")
                  .arg(created, locale.toString(run.finishedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("created %1, not finished").arg(created));
    m_datasetLabel->setText(run.datasetPath.isEmpty() ? tr("(no file; source: %1)").arg(run.source)
                                                      : QDir::toNativeSeparators(run.datasetPath));
    m_countLabel->setText(tr("%1 of %2 scored").arg(run.scoredCount).arg(run.sampleCount));
    m_semanticsLabel->setText(
        run.settings.ragasCompat ? QStringLiteral("ragas-compat") : QStringLiteral("evalbench-1"));
    m_scoreLabel->setText(run.weightedScore ? locale.toString(*run.weightedScore, 'f', 3) : tr("n/a"));
    m_gauge->setScore(run.weightedScore);
    m_sourceLabel->setText(sourceText(run.source));
    m_cards->setRun(run);
    // An ML scoring run scores a workspace as a whole: its result view shows the headline, and
    // RAG semantics do not apply.
    const bool ml = run.kind == QLatin1String("ml");
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_datasetLabel)))
        label->setText(ml ? tr("Workspace:") : tr("Dataset:"));
    m_form->setRowVisible(m_semanticsLabel, !ml);
    m_form->setRowVisible(m_judgeLabel, !ml);
    setJudge(run, std::nullopt);
    m_scoreLabel->setVisible(!ml);
    m_gauge->setVisible(!ml);
    m_cards->setVisible(!ml);
    if (ml)
        m_countLabel->setText(tr("%n sample(s)", nullptr, run.sampleCount));
    m_errorLabel->setText(run.error.isEmpty() ? QString() : tr("Error: %1").arg(run.error));
    m_errorLabel->setVisible(!run.error.isEmpty());
}

void ReportHeader::setJudge(const RunRecord& run, const std::optional<QJsonObject>& usage)
{
    const QJsonObject& judge = run.settings.judge;
    if (judge.isEmpty()) {
        m_judgeLabel->setText(tr("none (offline metrics)"));
        return;
    }
    QString text =
        tr("%1 (profile “%2”)")
            .arg(judge.value(QStringLiteral("model")).toString(), judge.value(QStringLiteral("name")).toString());
    if (usage) {
        const QLocale locale;
        const auto count = [&usage](const char* key) { return usage->value(QLatin1String(key)).toInteger(); };
        text += QStringLiteral(" — ")
            + tr("%1 calls (%2 embedding), %3 answered from the cache, %4 tokens")
                  .arg(locale.toString(count("chat_calls") + count("embedding_calls")),
                      locale.toString(count("embedding_calls")), locale.toString(count("cache_hits")),
                      locale.toString(count("prompt_tokens") + count("completion_tokens")));
        if (const double cost = usage->value(QStringLiteral("cost")).toDouble(); cost > 0)
            text += QStringLiteral(", ") + tr("cost %1").arg(locale.toString(cost, 'f', 4));
        if (const qint64 failed = count("failed_calls"); failed > 0)
            text += QStringLiteral(", ") + tr("%n failed call(s)", nullptr, int(failed));
    }
    m_judgeLabel->setText(text);
}

void ReportHeader::setNanReasons(const QMap<QString, QList<NanReason>>& reasons)
{
    m_cards->setNanReasons(reasons);
}

} // namespace evalbench
