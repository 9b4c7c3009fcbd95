// SPDX-License-Identifier: MIT
#include "ui/ml/mlresultheader.h"

#include "ui/ml/mlformat.h"
#include "ui/ml/mlresult.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace evalbench {

namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent, double scale = 1.0, bool bold = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText); // ids and messages come from scorers
    QFont font = label->font();
    font.setBold(bold);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

QString taskText(const MlResult& result)
{
    switch (result.task) {
    case MlResult::Task::Classification:
        return MlResultHeader::tr("Classification");
    case MlResult::Task::Regression:
        return MlResultHeader::tr("Regression");
    case MlResult::Task::Detection:
        return MlResultHeader::tr("Object detection");
    case MlResult::Task::Generic:
        break;
    }
    return result.taskType.isEmpty() ? MlResultHeader::tr("Custom scorer")
                                     : MlResultHeader::tr("Task: %1").arg(result.taskType);
}

} // namespace

MlResultHeader::MlResultHeader(QWidget* parent)
    : QWidget(parent)
{
    m_scorerLabel = makeLabel(QStringLiteral("mlScorerLabel"), this, 1.4, true);
    m_taskLabel = makeLabel(QStringLiteral("mlTaskLabel"), this);
    m_scoreLabel = makeLabel(QStringLiteral("mlScoreLabel"), this, 2.5, true);
    m_scoreLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_metricLabel = makeLabel(QStringLiteral("mlPrimaryMetricLabel"), this);
    m_metricLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_passBadge = makeLabel(QStringLiteral("mlPassBadge"), this, 1.1, true);
    m_passBadge->setAlignment(Qt::AlignCenter);
    m_thresholdLabel = makeLabel(QStringLiteral("mlThresholdLabel"), this);
    m_warningsLabel = makeLabel(QStringLiteral("mlWarningsLabel"), this);
    m_warningsLabel->setWordWrap(true);
    // Calm: a pale amber note, not an error.
    m_warningsLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdf6e3; color: #5c4a1a; border: 1px solid "
                                                  "#eadbb0; border-radius: 4px; padding: 6px 8px; }"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_scorerLabel);
    left->addWidget(m_taskLabel);
    left->addStretch();

    auto* score = new QVBoxLayout;
    score->addWidget(m_scoreLabel);
    score->addWidget(m_metricLabel);

    auto* pass = new QVBoxLayout;
    pass->addStretch();
    pass->addWidget(m_passBadge);
    pass->addWidget(m_thresholdLabel, 0, Qt::AlignHCenter);
    pass->addStretch();

    auto* top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(pass);
    top->addSpacing(16);
    top->addLayout(score);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_warningsLabel);
}

void MlResultHeader::setResult(const MlResult& result)
{
    const QString scorer = result.scorer.isEmpty() ? tr("Unnamed scorer") : result.scorer;
    m_scorerLabel->setText(
        result.version.isEmpty() ? scorer : tr("%1 %2", "scorer id, version").arg(scorer, result.version));
    m_taskLabel->setText(taskText(result));
    m_scoreLabel->setText(result.score ? MlFormat::value(result.score) : tr("n/a"));
    const QString metric = result.primaryMetric.isEmpty() ? tr("score") : result.primaryMetric;
    m_metricLabel->setText(
        result.higherIsBetter ? tr("%1 (higher is better)").arg(metric) : tr("%1 (lower is better)").arg(metric));

    m_passBadge->setVisible(result.pass.has_value());
    m_thresholdLabel->setVisible(result.pass.has_value() && result.passThreshold.has_value());
    if (result.pass) {
        m_passBadge->setText(*result.pass ? tr("PASS") : tr("FAIL"));
        m_passBadge->setStyleSheet(*result.pass
                ? QStringLiteral("QLabel { background: #e3f4e8; color: #1d6b36; border: 1px solid #a9d8b8; "
                                 "border-radius: 4px; padding: 4px 14px; }")
                : QStringLiteral("QLabel { background: #fbe9e7; color: #a3281b; border: 1px solid #efb3aa; "
                                 "border-radius: 4px; padding: 4px 14px; }"));
    }
    if (result.passThreshold) {
        const QString threshold = MlFormat::value(result.passThreshold);
        m_thresholdLabel->setText(
            result.higherIsBetter ? tr("threshold ≥ %1").arg(threshold) : tr("threshold ≤ %1").arg(threshold));
    }

    QStringList lines;
    for (const QString& warning : result.warnings)
        lines.append(QStringLiteral("• ") + warning);
    m_warningsLabel->setText(result.warnings.isEmpty()
            ? QString()
            : tr("Warnings from the scorer:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!result.warnings.isEmpty());
}

} // namespace evalbench
