// SPDX-License-Identifier: MIT
#include "ui/samplerowsloader.h"

#include "store/storereader.h"

#include <limits>

namespace evalbench {

namespace {

QString oneLine(const QString& text)
{
    QString line = text.left(SampleRows::kQuestionChars);
    for (QChar& c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace

SampleRows loadSampleRows(
    const StoreReader& reader, const QString& runId, const QStringList& metrics, const std::function<bool()>& cancelled)
{
    SampleRows result;
    result.metrics = metrics;
    QHash<QString, int> column;
    for (int i = 0; i < metrics.size(); ++i)
        column.insert(metrics.at(i), i);
    // The same few reasons repeat on thousands of cells: share one copy of each.
    QHash<QString, QString> interned;
    constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

    reader.forEachSample(runId, [&](const StoredSample& stored) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return false;
        }
        SampleRow row;
        row.index = stored.index;
        row.id = stored.sample.id;
        row.question = oneLine(stored.sample.question);
        if (stored.weightedScore) {
            row.weightedScore = *stored.weightedScore;
            row.weightedStatus = CellStatus::Value;
        } else {
            row.weightedStatus = stored.scored ? CellStatus::Failed : CellStatus::Pending;
        }
        const qsizetype rowNumber = qsizetype(result.rows.size());
        result.rows.push_back(std::move(row));
        result.values.resize(result.values.size() + metrics.size(), kNaN);
        result.statuses.resize(result.statuses.size() + metrics.size(), CellStatus::Pending);
        for (const MetricScore& score : stored.scores) {
            const auto it = column.constFind(score.metric);
            if (it == column.constEnd())
                continue;
            const qsizetype cell = result.cell(rowNumber, it.value());
            switch (score.status) {
            case ScoreStatus::Value:
                result.values[cell] = float(score.value);
                result.statuses[cell] = CellStatus::Value;
                continue;
            case ScoreStatus::Skipped:
                result.statuses[cell] = CellStatus::Skipped;
                break;
            case ScoreStatus::Failed:
                result.statuses[cell] = CellStatus::Failed;
                break;
            }
            if (!score.reason.isEmpty()) {
                auto reason = interned.constFind(score.reason);
                if (reason == interned.constEnd())
                    reason = interned.insert(score.reason, score.reason);
                result.reasons.insert(cell, reason.value());
            }
        }
        return true;
    });
    return result;
}

} // namespace evalbench
