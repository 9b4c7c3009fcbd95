// SPDX-License-Identifier: MIT
#include "io/labelcsvjoin.h"

#include "io/integerids.h"
#include "io/parallelpair.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include <QJsonArray>

namespace evalbench::ml {

namespace {

constexpr std::size_t kShownIds = 5;

// One file's ids sorted by (id, row), compared as text: the general path.
class TextIds
{
public:
    explicit TextIds(const TwoColumnCsv& csv)
        : m_rows(csv.ids.size())
    {
        for (std::size_t r = 0; r < csv.ids.size(); ++r)
            m_rows[r] = { csv.ids[r], static_cast<std::uint32_t>(r) };
        std::sort(m_rows.begin(), m_rows.end(),
            [](const Row& a, const Row& b) { return a.key < b.key || (a.key == b.key && a.row < b.row); });
    }
    std::size_t size() const { return m_rows.size(); }
    std::string_view key(std::size_t i) const { return m_rows[i].key; }
    std::uint32_t row(std::size_t i) const { return m_rows[i].row; }

private:
    struct Row
    {
        std::string_view key;
        std::uint32_t row;
    };
    std::vector<Row> m_rows;
};

// A list of offending rows as the message and details show them.
struct IdList
{
    std::vector<std::uint32_t> rows;
    QString describe(const TwoColumnCsv& csv) const
    {
        std::vector<std::uint32_t> first = rows;
        std::sort(first.begin(), first.end());
        QStringList ids;
        for (std::size_t i = 0; i < std::min(first.size(), kShownIds); ++i)
            ids << QString::fromUtf8(csv.ids[first[i]].data(), static_cast<qsizetype>(csv.ids[first[i]].size()));
        return ids.join(QStringLiteral(", "));
    }
    QJsonArray json(const TwoColumnCsv& csv) const
    {
        return QJsonArray::fromStringList(describe(csv).split(QStringLiteral(", ")));
    }
};

// g and p are gt's and pred's ids in sorted order (TextIds or IntegerIds).
template <typename SortedIds>
Loaded<std::vector<std::uint32_t>> joinSorted(
    const TwoColumnCsv& gt, const TwoColumnCsv& pred, const SortedIds& g, const SortedIds& p)
{
    using Result = Loaded<std::vector<std::uint32_t>>;
    for (const auto* side : { &g, &p }) {
        IdList dups;
        for (std::size_t i = 1; i < side->size(); ++i) {
            if (side->key(i) == side->key(i - 1))
                dups.rows.push_back(side->row(i));
        }
        if (!dups.rows.empty()) {
            const TwoColumnCsv& csv = side == &g ? gt : pred;
            return Result::failure(ErrorCode::BadFormat,
                QStringLiteral("%1 repeated ids in %2; first: %3")
                    .arg(dups.rows.size())
                    .arg(csv.fileName, dups.describe(csv)),
                { { QStringLiteral("file"), csv.fileName },
                    { QStringLiteral("duplicate_count"), static_cast<qint64>(dups.rows.size()) },
                    { QStringLiteral("first_ids"), dups.json(csv) } });
        }
    }
    std::vector<std::uint32_t> predRowOfGt(gt.ids.size());
    IdList missingPred, missingGt;
    std::size_t i = 0, j = 0;
    while (i < g.size() || j < p.size()) {
        if (j == p.size() || (i < g.size() && g.key(i) < p.key(j))) {
            missingPred.rows.push_back(g.row(i++));
        } else if (i == g.size() || p.key(j) < g.key(i)) {
            missingGt.rows.push_back(p.row(j++));
        } else {
            predRowOfGt[g.row(i)] = p.row(j);
            ++i;
            ++j;
        }
    }
    if (missingPred.rows.empty() && missingGt.rows.empty())
        return Result::success(std::move(predRowOfGt));
    if (missingPred.rows.empty()) {
        // Predictions for ids the ground truth lacks cannot change a metric: they are left out
        // and reported, the way a one-to-one inner join on the truth's ids treats them.
        const EvalError extra { ErrorCode::Mismatch,
            QStringLiteral("%1 ids in %2 are not in %3 and were left out; first: %4")
                .arg(missingGt.rows.size())
                .arg(pred.fileName, gt.fileName, missingGt.describe(pred)),
            QStringLiteral("validation"),
            { { QStringLiteral("file"), pred.fileName },
                { QStringLiteral("missing_in_gt_count"), static_cast<qint64>(missingGt.rows.size()) },
                { QStringLiteral("missing_in_gt_first_ids"), missingGt.json(pred) } } };
        return Result::success(std::move(predRowOfGt), { extra });
    }
    QStringList parts;
    QJsonObject details;
    if (!missingPred.rows.empty()) {
        parts << QStringLiteral("%1 ids in %2 have no prediction in %3; first: %4")
                     .arg(missingPred.rows.size())
                     .arg(gt.fileName, pred.fileName, missingPred.describe(gt));
        details.insert(QStringLiteral("missing_in_pred_count"), static_cast<qint64>(missingPred.rows.size()));
        details.insert(QStringLiteral("missing_in_pred_first_ids"), missingPred.json(gt));
    }
    if (!missingGt.rows.empty()) {
        parts << QStringLiteral("%1 ids in %2 are not in %3; first: %4")
                     .arg(missingGt.rows.size())
                     .arg(pred.fileName, gt.fileName, missingGt.describe(pred));
        details.insert(QStringLiteral("missing_in_gt_count"), static_cast<qint64>(missingGt.rows.size()));
        details.insert(QStringLiteral("missing_in_gt_first_ids"), missingGt.json(pred));
    }
    return Result::failure(ErrorCode::Mismatch, parts.join(QStringLiteral("; ")), details);
}

} // namespace

Loaded<std::vector<std::uint32_t>> joinById(const TwoColumnCsv& gt, const TwoColumnCsv& pred)
{
    // Canonical integers compare equal exactly when their text does, so both paths give the same
    // join, duplicates and missing ids; only the speed differs.
    if (&gt == &pred) { // validation's duplicate check joins a file with itself: sort it once
        if (const auto g = IntegerIds::fromText(gt.ids))
            return joinSorted(gt, pred, *g, *g);
    } else {
        const auto [g, p] =
            inParallel([](const TwoColumnCsv* csv) { return IntegerIds::fromText(csv->ids); }, &gt, &pred);
        if (g && p)
            return joinSorted(gt, pred, *g, *p);
    }
    return joinSorted(gt, pred, TextIds(gt), TextIds(pred));
}

} // namespace evalbench::ml
