// SPDX-License-Identifier: MIT
#include "cli/judgeestimateprinter.h"

#include "io/datasetreader.h"

namespace evalbench::cli {

JudgeEstimate JudgeEstimatePrinter::estimate(
    const QString& datasetPath, const QStringList& metrics, const QJsonObject& judge)
{
    JudgeEstimator estimator(metrics, JudgeProfile::fromJson(judge));
    DatasetReader reader(datasetPath);
    // A dataset that does not read is reported by the run itself, with its line and field.
    reader.read([&estimator](QList<Sample>&& chunk) {
        for (const Sample& sample : chunk)
            estimator.add(sample);
        return true;
    });
    return estimator.estimate();
}

QString JudgeEstimatePrinter::estimateText(const JudgeEstimate& estimate)
{
    QString text = QStringLiteral("judge: at most %1 calls (%2 embedding) for %3 samples, about %4 tokens")
                       .arg(estimate.calls())
                       .arg(estimate.embeddingCalls)
                       .arg(estimate.samples)
                       .arg(estimate.promptTokens + estimate.completionTokens);
    if (estimate.cost > 0)
        text += QStringLiteral(", about %1 in cost").arg(estimate.cost, 0, 'f', 4);
    return text + QStringLiteral("; cached answers are free\n");
}

QString JudgeEstimatePrinter::usageText(const QJsonObject& usage)
{
    QString text = QStringLiteral("  judge: %1 calls (%2 embedding), %3 cache hits, %4 + %5 tokens")
                       .arg(usage.value(QStringLiteral("chat_calls")).toInteger()
                           + usage.value(QStringLiteral("embedding_calls")).toInteger())
                       .arg(usage.value(QStringLiteral("embedding_calls")).toInteger())
                       .arg(usage.value(QStringLiteral("cache_hits")).toInteger())
                       .arg(usage.value(QStringLiteral("prompt_tokens")).toInteger())
                       .arg(usage.value(QStringLiteral("completion_tokens")).toInteger());
    if (const double cost = usage.value(QStringLiteral("cost")).toDouble(); cost > 0)
        text += QStringLiteral(", cost %1").arg(cost, 0, 'f', 4);
    if (const qint64 failed = usage.value(QStringLiteral("failed_calls")).toInteger(); failed > 0)
        text += QStringLiteral(", %1 failed calls").arg(failed);
    return text + QLatin1Char('\n');
}

} // namespace evalbench::cli
