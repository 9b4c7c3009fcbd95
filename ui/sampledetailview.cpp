// SPDX-License-Identifier: MIT
#include "ui/sampledetailview.h"

#include "store/storedsample.h"
#include "ui/evidencehtml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace evalbench {

namespace {

QString paragraph(const QString& text)
{
    // pre-wrap keeps the dataset's own line breaks and indentation.
    return QStringLiteral("<p style=\"white-space: pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString note(const QString& text)
{
    return QStringLiteral("<p><i>") + text.toHtmlEscaped() + QStringLiteral("</i></p>");
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SampleDetailView::SampleDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
}

void SampleDetailView::showMessage(const QString& message)
{
    setHtml(note(message));
}

void SampleDetailView::showSample(const StoredSample& stored, const QStringList& metrics)
{
    const Sample& sample = stored.sample;
    const QLocale locale;
    const auto optionalText = [&](const std::optional<QString>& text) {
        if (!text)
            return note(tr("(not in the dataset)"));
        return text->isEmpty() ? note(tr("(empty)")) : paragraph(*text);
    };
    QString html = QStringLiteral("<h2>")
        + tr("Sample %1 (#%2)").arg(sample.id, QString::number(stored.index)).toHtmlEscaped() + QStringLiteral("</h2>");

    html += heading(tr("Scores"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto scoreRow = [&](const QString& name, const QString& text) {
        html += QStringLiteral("<tr><td><b>") + name.toHtmlEscaped() + QStringLiteral("</b></td><td>")
            + text.toHtmlEscaped() + QStringLiteral("</td></tr>");
    };
    if (!stored.scored)
        scoreRow(tr("weighted score"), tr("not scored yet"));
    else
        scoreRow(
            tr("weighted score"), stored.weightedScore ? locale.toString(*stored.weightedScore, 'f', 3) : tr("NaN"));
    QStringList order = metrics;
    for (const MetricScore& score : stored.scores) {
        if (!order.contains(score.metric))
            order.append(score.metric);
    }
    for (const QString& metric : std::as_const(order)) {
        const MetricScore* score = stored.score(metric);
        if (!score) {
            scoreRow(metric, tr("not scored yet"));
            continue;
        }
        switch (score->status) {
        case ScoreStatus::Value:
            scoreRow(metric, locale.toString(score->value, 'f', 4));
            break;
        case ScoreStatus::Skipped:
            scoreRow(metric, tr("skipped: %1").arg(score->reason));
            break;
        case ScoreStatus::Failed:
            scoreRow(metric, tr("NaN: %1").arg(score->reason));
            break;
        }
    }
    html += QStringLiteral("</table>");

    html += heading(tr("Question")) + paragraph(sample.question);
    html += heading(tr("Answer")) + optionalText(sample.answer);

    html += heading(tr("Contexts"));
    if (!sample.contexts) {
        html += note(tr("(not in the dataset)"));
    } else if (sample.contexts->isEmpty()) {
        html += note(tr("(none retrieved)"));
    } else {
        for (qsizetype i = 0; i < sample.contexts->size(); ++i) {
            html += QStringLiteral("<p><b>") + tr("Context %1").arg(i + 1).toHtmlEscaped() + QStringLiteral("</b>");
            const QJsonObject metadata = sample.contextMetadata.at(i).toObject();
            if (!metadata.isEmpty())
                html += QStringLiteral(" <small>") + compactJson(metadata).toHtmlEscaped() + QStringLiteral("</small>");
            html += QStringLiteral("</p>") + paragraph(sample.contexts->at(i));
        }
    }

    html += heading(tr("Ground truth")) + optionalText(sample.groundTruth);

    html += heading(tr("Reference contexts"));
    if (!sample.referenceContexts) {
        html += note(tr("(not in the dataset)"));
    } else {
        for (qsizetype i = 0; i < sample.referenceContexts->size(); ++i)
            html += paragraph(QString::number(i + 1) + QStringLiteral(". ") + sample.referenceContexts->at(i));
    }

    if (!sample.metadata.isEmpty())
        html += heading(tr("Other fields")) + paragraph(compactJson(sample.metadata));

    // The judge's statements, verdicts and reasons: why each judged score is what it is.
    QString evidence;
    for (const QString& metric : std::as_const(order)) {
        if (const MetricScore* score = stored.score(metric))
            evidence += EvidenceHtml::render(metric, score->evidence);
    }
    if (!evidence.isEmpty())
        html += heading(tr("Evidence")) + evidence;
    setHtml(html);
}

} // namespace evalbench
