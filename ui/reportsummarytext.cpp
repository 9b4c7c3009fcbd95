// SPDX-License-Identifier: MIT
#include "ui/reportsummarytext.h"

#include "common/runrecord.h"

#include <QStringList>

namespace evalbench {

QString ReportSummaryText::of(const RunRecord& run)
{
    QStringList metrics = run.settings.metrics;
    for (auto it = run.summary.cbegin(); it != run.summary.cend(); ++it) {
        if (!metrics.contains(it.key()))
            metrics.append(it.key());
    }
    QStringList lines;
    lines.append(tr("**%1** (run %2)").arg(run.name.isEmpty() ? run.id : run.name, run.id));
    lines.append(
        tr("Weighted score: %1").arg(run.weightedScore ? QString::number(*run.weightedScore, 'f', 3) : tr("n/a")));
    for (const QString& metric : std::as_const(metrics)) {
        const auto summary = run.summary.constFind(metric);
        if (summary == run.summary.cend()) {
            lines.append(tr("- %1: not aggregated yet").arg(metric));
            continue;
        }
        const QString mean = summary->scored > 0 ? QString::number(summary->mean, 'f', 3) : QStringLiteral("NaN");
        lines.append(tr("- %1: %2 (%3 scored, %4 skipped, %5 NaN)")
                         .arg(metric, mean)
                         .arg(summary->scored)
                         .arg(summary->skipped)
                         .arg(summary->nan));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace evalbench
