// SPDX-License-Identifier: MIT
#include "ui/samplerowsloader.h"

#include "store/storereader.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>

#include <QThread>

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

// Score cells as they are read, one slot (a row of metric columns) per sample, with the
// same few reasons (repeated on thousands of cells) kept once.
class CellTable
{
public:
    CellTable(qsizetype slotCount, QHash<int, int> columnOfMetric, qsizetype columns)
        : m_columnOfMetric(std::move(columnOfMetric))
        , m_columns(columns)
    {
        const size_t cells = size_t(slotCount * columns);
        m_values.assign(cells, std::numeric_limits<float>::quiet_NaN());
        m_statuses.assign(cells, CellStatus::Pending);
        m_reasonIds.assign(cells, 0);
    }

    void put(qsizetype slot, const ScoreCell& score)
    {
        const auto column = m_columnOfMetric.constFind(score.metricKey);
        if (column == m_columnOfMetric.constEnd())
            return; // a metric the table does not show
        const size_t cell = size_t(slot * m_columns + column.value());
        switch (score.status) {
        case ScoreStatus::Value:
            m_values[cell] = float(score.value);
            m_statuses[cell] = CellStatus::Value;
            return;
        case ScoreStatus::Skipped:
            m_statuses[cell] = CellStatus::Skipped;
            break;
        case ScoreStatus::Failed:
            m_statuses[cell] = CellStatus::Failed;
            break;
        }
        if (!score.reason.isEmpty())
            m_reasonIds[cell] = internReason(score.reason);
    }

    // Copies `part` (a table of the slots from `firstSlot` on) into this one, renumbering its
    // reasons into this table's.
    void absorb(const CellTable& part, qsizetype firstSlot)
    {
        QList<std::uint32_t> renumbered(part.m_reasonTexts.size(), 0);
        for (qsizetype id = 1; id < part.m_reasonTexts.size(); ++id)
            renumbered[id] = internReason(part.m_reasonTexts.at(id));
        const size_t offset = size_t(firstSlot * m_columns);
        std::copy(part.m_values.cbegin(), part.m_values.cend(), m_values.begin() + ptrdiff_t(offset));
        std::copy(part.m_statuses.cbegin(), part.m_statuses.cend(), m_statuses.begin() + ptrdiff_t(offset));
        for (size_t cell = 0; cell < part.m_reasonIds.size(); ++cell)
            m_reasonIds[offset + cell] = renumbered.at(qsizetype(part.m_reasonIds[cell]));
    }

    // Moves the cells into `rows`, slot i becoming row `rowOfSlot(i)` (-1: no row).
    template <typename RowOfSlot> void moveInto(SampleRows& rows, qsizetype slotCount, RowOfSlot rowOfSlot)
    {
        rows.reasonTexts = std::move(m_reasonTexts);
        bool identity = qsizetype(rows.rows.size()) == slotCount;
        for (qsizetype slot = 0; identity && slot < slotCount; ++slot)
            identity = rowOfSlot(slot) == slot;
        if (identity) { // the usual case: nothing to copy
            rows.values = std::move(m_values);
            rows.statuses = std::move(m_statuses);
            rows.reasonIds = std::move(m_reasonIds);
            return;
        }
        CellTable placed(qsizetype(rows.rows.size()), {}, m_columns);
        for (qsizetype slot = 0; slot < slotCount; ++slot) {
            const qsizetype row = rowOfSlot(slot);
            if (row < 0)
                continue;
            const auto from = ptrdiff_t(slot * m_columns);
            const auto to = ptrdiff_t(row * m_columns);
            std::copy_n(m_values.begin() + from, m_columns, placed.m_values.begin() + to);
            std::copy_n(m_statuses.begin() + from, m_columns, placed.m_statuses.begin() + to);
            std::copy_n(m_reasonIds.begin() + from, m_columns, placed.m_reasonIds.begin() + to);
        }
        rows.values = std::move(placed.m_values);
        rows.statuses = std::move(placed.m_statuses);
        rows.reasonIds = std::move(placed.m_reasonIds);
    }

private:
    std::uint32_t internReason(const QString& reason)
    {
        auto id = m_reasonId.constFind(reason);
        if (id == m_reasonId.constEnd()) {
            id = m_reasonId.insert(reason, std::uint32_t(m_reasonTexts.size()));
            m_reasonTexts.append(reason);
        }
        return id.value();
    }

    QHash<int, int> m_columnOfMetric; // store key of a metric -> its column
    qsizetype m_columns;
    std::vector<float> m_values;
    std::vector<CellStatus> m_statuses;
    std::vector<std::uint32_t> m_reasonIds;
    QStringList m_reasonTexts { QString() };
    QHash<QString, std::uint32_t> m_reasonId;
};

// Polls a cancel flag every few hundred rows: polling costs more than a row.
class CancelPoll
{
public:
    explicit CancelPoll(const std::function<bool()>& cancelled)
        : m_cancelled(cancelled)
    { }

    bool operator()()
    {
        if (!m_cancelled || --m_untilPoll > 0)
            return false;
        m_untilPoll = 512;
        return m_cancelled();
    }

private:
    const std::function<bool()>& m_cancelled;
    int m_untilPoll = 0;
};

} // namespace

SampleRows loadSampleRows(const StoreReader& reader, const QString& runId, const QStringList& metrics,
    const std::function<bool()>& cancelled, int scoreReaders)
{
    SampleRows result;
    result.metrics = metrics;
    QHash<int, int> columnOfMetric;
    const QHash<int, QString> names = reader.metricNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const int column = metrics.indexOf(it.value());
        if (column >= 0)
            columnOfMetric.insert(it.key(), column);
    }
    std::atomic<bool> stopped = false;
    const auto readRows = [&] {
        CancelPoll stop(cancelled);
        return reader.readSampleHeadlines(runId, SampleRows::kQuestionChars, [&](const SampleHeadline& headline) {
            if (stop())
                return false;
            SampleRow row;
            row.index = headline.index;
            row.id = headline.id;
            row.question = oneLine(headline.questionStart);
            row.key = headline.key;
            if (headline.weightedScore) {
                row.weightedScore = *headline.weightedScore;
                row.weightedStatus = CellStatus::Value;
            } else {
                row.weightedStatus = headline.scored ? CellStatus::Failed : CellStatus::Pending;
            }
            result.rows.push_back(std::move(row));
            return true;
        });
    };

    const SampleKeyRange range = reader.sampleKeyRange(runId);
    if (range.consecutive()) {
        // The scores are read on other threads (each with its own connection, a share of the
        // key range each) while this one reads the rows: with two cores the table is in about
        // twice as fast. The slot of a score is its sample's key, so it needs no row. A running
        // run may be written between the reads: a row whose scores were not read yet shows
        // them pending, and the next refresh shows them.
        const qint64 parts = scoreReaders > 0 ? scoreReaders : std::clamp<qint64>(range.count / 25'000, 1, 2);
        const qint64 perPart = (range.count + parts - 1) / parts;
        std::vector<std::unique_ptr<CellTable>> tables;
        std::vector<std::unique_ptr<QThread>> cellReaders;
        for (qint64 first = range.first; first <= range.last; first += perPart) {
            const SampleKeyRange part { first, std::min(range.last, first + perPart - 1),
                std::min(range.last, first + perPart - 1) - first + 1 };
            tables.push_back(std::make_unique<CellTable>(part.count, columnOfMetric, metrics.size()));
            CellTable* cells = tables.back().get();
            cellReaders.emplace_back(QThread::create([&, part, cells] {
                CancelPoll stop(cancelled);
                StoreReader(reader.databasePath()).readScoreCells(runId, part, [&](const ScoreCell& cell) {
                    if (stopped || stop())
                        return false;
                    cells->put(qsizetype(cell.sampleKey - part.first), cell);
                    return true;
                });
            }));
            cellReaders.back()->start();
        }
        if (!readRows())
            stopped = true; // cancelled, or the database failed: the other reads stop too
        for (const std::unique_ptr<QThread>& cellReader : cellReaders)
            cellReader->wait();
        // A read that failed without a cancel shows what it got (pending cells at worst).
        result.cancelled = cancelled && cancelled();
        if (result.cancelled)
            return result;
        CellTable cells(range.count, columnOfMetric, metrics.size());
        for (size_t part = 0; part < tables.size(); ++part)
            cells.absorb(*tables[part], qsizetype(part) * perPart);
        tables.clear();
        std::vector<qsizetype> rowOfSlot(size_t(range.count), -1);
        for (size_t row = 0; row < result.rows.size(); ++row) {
            const qint64 slot = result.rows[row].key - range.first;
            if (slot >= 0 && slot < range.count)
                rowOfSlot[size_t(slot)] = qsizetype(row);
        }
        cells.moveInto(result, range.count, [&](qsizetype slot) { return rowOfSlot[size_t(slot)]; });
        return result;
    }

    // Keys spread among other runs' (an API run fed over days): rows first, then the
    // scores joined in dataset order.
    if (!readRows() && cancelled && cancelled()) {
        result.cancelled = true;
        return result;
    }
    QHash<qint64, qsizetype> rowOfKey;
    rowOfKey.reserve(qsizetype(result.rows.size()));
    for (size_t row = 0; row < result.rows.size(); ++row)
        rowOfKey.insert(result.rows[row].key, qsizetype(row));
    const auto rowCount = qsizetype(result.rows.size());
    CellTable cells(rowCount, columnOfMetric, metrics.size());
    CancelPoll stop(cancelled);
    reader.readScoreCells(runId, range, [&](const ScoreCell& cell) {
        if (stop())
            return false;
        const qsizetype row = rowOfKey.value(cell.sampleKey, -1);
        if (row >= 0)
            cells.put(row, cell);
        return true;
    });
    result.cancelled = cancelled && cancelled();
    if (!result.cancelled)
        cells.moveInto(result, rowCount, [](qsizetype slot) { return slot; });
    return result;
}

} // namespace evalbench
