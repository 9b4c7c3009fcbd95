// SPDX-License-Identifier: MIT
#include "io/labelcsvjoin.h"

#include <algorithm>
#include <bit>
#include <string_view>

#include <QJsonArray>

namespace evalbench::ml {

namespace {

constexpr std::size_t kShownIds = 5;

// "17" → 17; "017", "+17", "1.0" or over 18 digits → not canonical (text comparison instead).
bool canonicalInteger(std::string_view s, std::uint64_t& out)
{
    if (s.empty() || s.size() > 18 || (s.size() > 1 && s[0] == '0'))
        return false;
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out = v;
    return true;
}

template <typename Key> struct KeyedRow
{
    Key key;
    std::uint32_t row;
    bool operator<(const KeyedRow& o) const { return key < o.key || (key == o.key && row < o.row); }
};

// Stable LSD radix sort on the integer key (11-bit digits, only as many passes as the largest
// key needs): 1M ids below 10^7 take 3 linear passes instead of an n·log n comparison sort.
void sortRows(std::vector<KeyedRow<std::uint64_t>>& rows)
{
    std::uint64_t maxKey = 0;
    for (const auto& r : rows)
        maxKey = std::max(maxKey, r.key);
    const int bits = std::bit_width(maxKey);
    constexpr int digit = 11;
    constexpr std::size_t buckets = std::size_t(1) << digit;
    std::vector<KeyedRow<std::uint64_t>> tmp(rows.size());
    std::vector<std::size_t> start(buckets + 1);
    for (int shift = 0; shift < bits; shift += digit) {
        std::fill(start.begin(), start.end(), 0);
        for (const auto& r : rows)
            ++start[((r.key >> shift) & (buckets - 1)) + 1];
        for (std::size_t b = 1; b <= buckets; ++b)
            start[b] += start[b - 1];
        for (const auto& r : rows)
            tmp[start[(r.key >> shift) & (buckets - 1)]++] = r;
        rows.swap(tmp);
    }
}

void sortRows(std::vector<KeyedRow<std::string_view>>& rows)
{
    std::sort(rows.begin(), rows.end());
}

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

template <typename Key, typename MakeKey>
Loaded<std::vector<std::uint32_t>> joinWith(const TwoColumnCsv& gt, const TwoColumnCsv& pred, MakeKey makeKey)
{
    using Result = Loaded<std::vector<std::uint32_t>>;
    auto sortedKeys = [&](const TwoColumnCsv& csv) {
        std::vector<KeyedRow<Key>> keys(csv.ids.size());
        for (std::size_t r = 0; r < csv.ids.size(); ++r)
            keys[r] = { makeKey(csv.ids[r]), static_cast<std::uint32_t>(r) };
        sortRows(keys); // by key, then row
        return keys;
    };
    const auto g = sortedKeys(gt);
    const auto p = sortedKeys(pred);
    for (const auto* side : { &g, &p }) {
        IdList dups;
        for (std::size_t i = 1; i < side->size(); ++i) {
            if ((*side)[i].key == (*side)[i - 1].key)
                dups.rows.push_back((*side)[i].row);
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
        if (j == p.size() || (i < g.size() && g[i].key < p[j].key)) {
            missingPred.rows.push_back(g[i++].row);
        } else if (i == g.size() || p[j].key < g[i].key) {
            missingGt.rows.push_back(p[j++].row);
        } else {
            predRowOfGt[g[i].row] = p[j].row;
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

bool allCanonical(const TwoColumnCsv& csv)
{
    std::uint64_t v = 0;
    return std::all_of(csv.ids.begin(), csv.ids.end(), [&](std::string_view id) { return canonicalInteger(id, v); });
}

} // namespace

Loaded<std::vector<std::uint32_t>> joinById(const TwoColumnCsv& gt, const TwoColumnCsv& pred)
{
    if (allCanonical(gt) && allCanonical(pred)) {
        return joinWith<std::uint64_t>(gt, pred, [](std::string_view id) {
            std::uint64_t v = 0;
            canonicalInteger(id, v);
            return v;
        });
    }
    return joinWith<std::string_view>(gt, pred, [](std::string_view id) { return id; });
}

} // namespace evalbench::ml
