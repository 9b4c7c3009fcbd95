// SPDX-License-Identifier: MIT
#include "io/annotationmarkdown.h"

#include "io/annotationagreement.h"
#include "io/markdownreportwriter.h"
#include "store/storereader.h"

#include <cmath>

namespace evalbench {

namespace {
// A report stays readable; the JSON export holds every annotation.
constexpr int kMaxAnnotationRows = 200;

QString figure(double value)
{
    return std::isfinite(value) ? MarkdownReportWriter::number(value) : QStringLiteral("—");
}

QString optionalFigure(const std::optional<double>& value)
{
    return value ? figure(*value) : QStringLiteral("—");
}
} // namespace

QString AnnotationMarkdown::render(const StoreReader& reader, const RunRecord& run)
{
    const RunAnnotations annotations = reader.annotations(run.id);
    if (annotations.isEmpty())
        return {};
    AnnotationAgreement agreement(run.settings.metrics.isEmpty() ? run.summary.keys() : run.settings.metrics);
    QString samples;
    int count = 0;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const QList<StoredSample> found = reader.samples(run.id, it.key(), 1);
        if (found.isEmpty() || found.first().index != it.key())
            continue;
        const StoredSample& sample = found.first();
        agreement.add(sample, it.value());
        for (const SampleAnnotation& annotation : it.value()) {
            if (++count > kMaxAnnotationRows)
                continue;
            std::optional<double> machine = sample.weightedScore;
            if (!annotation.isOverall()) {
                const MetricScore* score = sample.score(annotation.metric);
                machine = score && score->hasValue() ? std::optional(score->value) : std::nullopt;
            }
            samples += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                           .arg(MarkdownReportWriter::cell(sample.sample.id, 40),
                               annotation.isOverall() ? QStringLiteral("overall")
                                                      : QStringLiteral("`%1`").arg(annotation.metric),
                               optionalFigure(annotation.score), optionalFigure(machine),
                               MarkdownReportWriter::cell(annotation.label, 40),
                               MarkdownReportWriter::cell(annotation.comment, 120),
                               MarkdownReportWriter::cell(annotation.author, 40));
        }
    }

    QString md = QStringLiteral("\n## Human annotations\n\n");
    md += QStringLiteral("%1 annotation(s) on %2 sample(s). Agreement with the run's scores (Spearman rank "
                         "correlation; Cohen's kappa on pass = score ≥ %3):\n\n")
              .arg(count)
              .arg(annotations.size())
              .arg(AnnotationAgreement::kDefaultThreshold);
    md += QStringLiteral("| Metric | Pairs | Spearman | Kappa |\n|---|---:|---:|---:|\n");
    for (const AgreementRow& row : agreement.rows()) {
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(row.metric.isEmpty() ? QStringLiteral("overall (weighted score)")
                                            : QStringLiteral("`%1`").arg(row.metric))
                  .arg(row.pairs)
                  .arg(figure(row.spearman), figure(row.kappa));
    }
    md += QStringLiteral("\n### Annotated samples\n\n| Id | Metric | Human | Run | Label | Comment | By |\n"
                         "|---|---|---:|---:|---|---|---|\n");
    md += samples;
    if (count > kMaxAnnotationRows)
        md += QStringLiteral("\n%1 more annotation(s) are in the JSON export.\n").arg(count - kMaxAnnotationRows);
    return md;
}

} // namespace evalbench
