// SPDX-License-Identifier: MIT
#include "io/ruleadvice.h"

#include <algorithm>

namespace evalbench {

namespace {

QString hintFor(const QString& metric)
{
    if (metric == QLatin1String("exact_match"))
        return QStringLiteral(
            "Few answers match the ground truth exactly. If `token_f1` is much higher, the answers are "
            "right but worded differently: prefer `token_f1` or `rouge_l` for free-text answers, or "
            "ask the model for a short canonical answer (a name, a number) where one exists.");
    if (metric == QLatin1String("token_f1") || metric == QLatin1String("rouge_l"))
        return QStringLiteral(
            "Answers share few words with the ground truth. Check the weakest samples: if the facts "
            "are missing, improve retrieval (see the context metrics); if they are present but buried, "
            "tell the model to answer concisely and to reuse the wording of the sources.");
    if (metric == QLatin1String("bleu"))
        return QStringLiteral("BLEU rewards exact phrase overlap and is harsh on paraphrases. Use it to track wording "
                              "drift between runs rather than as an absolute quality bar; for quality, weigh "
                              "`token_f1`, `rouge_l` or an LLM-judged metric higher.");
    if (metric == QLatin1String("string_similarity"))
        return QStringLiteral("Answers differ from the ground truth character by character. For long answers this is "
                              "expected; for short factual ones, constrain the answer format in the prompt.");
    if (metric == QLatin1String("non_llm_context_recall"))
        return QStringLiteral("Retrieval misses passages that should have been found. Try a larger top-k, smaller "
                              "chunks with overlap, hybrid (keyword + vector) search, or query rewriting; check that "
                              "the missing documents are indexed at all.");
    if (metric == QLatin1String("non_llm_context_precision"))
        return QStringLiteral(
            "Relevant passages are ranked low or mixed with noise. Add a re-ranker, lower top-k after "
            "re-ranking, or filter by metadata (product, date) before ranking.");
    return QStringLiteral("This metric is weak; open the weakest samples in the report to see the pattern.");
}

} // namespace

QString RuleAdvice::render(const RunRecord& run)
{
    QString md = QStringLiteral("# Optimization advice: %1\n\n").arg(run.name);
    md += QStringLiteral("_Rule-based advice from the offline metrics (no judge was configured)._\n\n");

    struct Weak
    {
        QString metric;
        MetricSummary summary;
    };
    QList<Weak> weak;
    for (const QString& metric : run.settings.metrics) {
        const MetricSummary s = run.summary.value(metric);
        if (s.scored > 0 && s.mean < kWeakThreshold)
            weak.append({ metric, s });
    }
    std::sort(weak.begin(), weak.end(), [](const Weak& a, const Weak& b) { return a.summary.mean < b.summary.mean; });

    if (weak.isEmpty()) {
        md += QStringLiteral("No metric averages below %1. Keep this run as a baseline and compare the next change "
                             "against it.\n")
                  .arg(kWeakThreshold);
    } else {
        md += QStringLiteral("## Weakest metrics\n\n");
        for (const Weak& entry : std::as_const(weak)) {
            md += QStringLiteral("### `%1`: mean %2 over %3 samples\n\n%4\n\n")
                      .arg(entry.metric, QString::number(entry.summary.mean, 'f', 3))
                      .arg(entry.summary.scored)
                      .arg(hintFor(entry.metric));
        }
    }

    QString coverage;
    for (const QString& metric : run.settings.metrics) {
        const MetricSummary s = run.summary.value(metric);
        if (s.skipped > 0)
            coverage += QStringLiteral("- `%1` was skipped for %2 samples that lack its inputs "
                                       "(`evalbench metrics` lists them); add them to the dataset to score those.\n")
                            .arg(metric)
                            .arg(s.skipped);
        if (s.nan > 0)
            coverage += QStringLiteral("- `%1` could not be computed for %2 samples; the report lists the reason "
                                       "per sample.\n")
                            .arg(metric)
                            .arg(s.nan);
    }
    if (!coverage.isEmpty())
        md += QStringLiteral("## Coverage\n\n") + coverage;
    return md;
}

} // namespace evalbench
