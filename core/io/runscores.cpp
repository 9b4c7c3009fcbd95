// SPDX-License-Identifier: MIT
#include "io/runscores.h"

#include "store/storereader.h"

#include <limits>

namespace evalbench {

RunScores RunScores::read(
    const StoreReader& reader, const RunRecord& run, const QStringList& metrics, const std::function<bool()>& cancelled)
{
    RunScores scores;
    scores.run = run;
    scores.metrics = metrics;
    scores.rows.reserve(run.sampleCount);
    reader.forEachSample(run.id, [&](const StoredSample& sample) {
        Row row { sample.index, sample.sample.id, sample.sample.question, {} };
        row.values.reserve(metrics.size());
        for (const QString& metric : metrics) {
            const MetricScore* score = sample.score(metric);
            row.values.append(score && score->hasValue() ? score->value : std::numeric_limits<double>::quiet_NaN());
        }
        scores.rows.append(std::move(row));
        return !(cancelled && cancelled());
    });
    return scores;
}

} // namespace evalbench
