// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

class StoreReader;

// How one metric ended for one row of the table; a sample not scored yet (a
// running run) has no score at all.
enum class CellStatus : std::uint8_t
{
    Value,
    Skipped,
    Failed,
    Pending
};

// One line of the sample table: only what the table shows, so that a run of
// 100,000 samples fits in memory next to the window. The full sample is fetched
// on selection.
struct SampleRow
{
    int index = 0; // position in the dataset; the key for StoreReader::samples
    QString id;
    QString question; // first kQuestionChars characters, one line
    double weightedScore = 0;
    CellStatus weightedStatus = CellStatus::Pending;
    qint64 key = 0; // the sample's key in the store
};

// The sample table of one run as a snapshot: rows plus a row-major matrix of
// metric values, kept flat rather than as score objects per cell.
struct SampleRows
{
    static constexpr int kQuestionChars = 200;

    QStringList metrics;
    std::vector<SampleRow> rows;
    std::vector<float> values; // rows.size() * metrics.size(); NaN unless Value
    std::vector<CellStatus> statuses; // same shape as values
    // Why a cell was skipped or is NaN: an index into reasonTexts per cell (0: none). The
    // same few reasons repeat on thousands of cells, so each text is kept once.
    std::vector<std::uint32_t> reasonIds; // same shape as values
    QStringList reasonTexts { QString() };
    bool cancelled = false; // the load stopped early; the rows are incomplete

    qsizetype cell(qsizetype row, qsizetype metric) const { return row * metrics.size() + metric; }
    QString reason(qsizetype cell) const { return reasonTexts.at(qsizetype(reasonIds[size_t(cell)])); }
};

// Reads the table columns of every sample of a run (StoreReader::readSampleHeadlines and
// readScoreCells). Runs on a worker thread; `cancelled` is polled as rows come, so that a
// load the user no longer wants stops early. `scoreReaders`: how many threads read the
// scores of a run with consecutive keys (0: one per 25,000 samples, at most two).
SampleRows loadSampleRows(const StoreReader& reader, const QString& runId, const QStringList& metrics,
    const std::function<bool()>& cancelled = {}, int scoreReaders = 0);

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::SampleRows)
