// SPDX-License-Identifier: MIT
#include "io/labelcsvfastpath.h"

#include "io/denseidmatch.h"
#include "io/integerids.h"
#include "io/labelinterner.h"
#include "io/parallelpair.h"
#include "io/shortdecimal.h"

#include <cstring>

#include <QFile>

namespace evalbench::ml {

namespace {

enum class Column
{
    Value,
    Label
};

// One file as the fast path reads it; `ok` is false when it needs the general loader.
struct ScannedFile
{
    QByteArray buffer; // the labels' views point into it
    std::vector<std::uint64_t> keys; // the id of each row
    std::vector<double> numbers; // Column::Value, per row
    std::vector<std::int32_t> codes; // Column::Label, per row, into `labels`
    LabelInterner labels;
    bool ok = false;
};

ScannedFile scan(const QString& path, Column column)
{
    ScannedFile f;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return f;
    f.buffer = file.readAll();
    const char* p = f.buffer.constData();
    const char* const end = p + f.buffer.size();
    const std::string_view header = column == Column::Value ? "id,value" : "id,label";
    if (static_cast<std::size_t>(end - p) < header.size() || std::memcmp(p, header.data(), header.size()) != 0)
        return f;
    p += header.size();
    if (p < end && *p == '\r')
        ++p;
    if (p == end || *p != '\n')
        return f;
    ++p;

    // At most one row per 4 bytes ("1,x\n"); reserving touches no page, so the excess costs nothing.
    const std::size_t most = static_cast<std::size_t>(end - p) / 4 + 1;
    std::vector<std::uint64_t>& keys = f.keys;
    keys.reserve(most);
    if (column == Column::Value)
        f.numbers.reserve(most);
    else
        f.codes.reserve(most);
    while (p < end) {
        if (*p == '\n') {
            ++p;
            continue; // an empty line carries no row
        }
        // The id: canonical digits right up to the comma (what canonicalInteger accepts).
        const char* const idBegin = p;
        std::uint64_t key = 0;
        for (; p < end && static_cast<unsigned char>(*p - '0') <= 9; ++p)
            key = key * 10 + static_cast<std::uint64_t>(*p - '0');
        const std::ptrdiff_t idSize = p - idBegin;
        if (idSize == 0 || idSize > 18 || (idSize > 1 && *idBegin == '0') || p == end || *p != ',')
            return f;
        const char* const valueBegin = ++p;
        const auto* lineEnd = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char* valueEnd = lineEnd;
        if (valueEnd > valueBegin && valueEnd[-1] == '\r')
            --valueEnd;
        const std::string_view value(valueBegin, static_cast<std::size_t>(valueEnd - valueBegin));
        if (column == Column::Value) {
            // The general loader's parseNumber gives the same double for every text this accepts.
            double v = 0.0;
            if (!parseShortDecimal(value, v))
                return f;
            f.numbers.push_back(v);
        } else {
            if (value.find(',') != std::string_view::npos)
                return f; // a third column: the general loader names the line
            f.codes.push_back(f.labels.intern(value));
        }
        keys.push_back(key);
        p = lineEnd < end ? lineEnd + 1 : end;
    }
    f.ok = !keys.empty();
    return f;
}

// Both files scanned (pred on its own thread) and joined; empty when either needs the general loader.
std::optional<std::vector<std::uint32_t>> scanBoth(
    const QString& gtPath, const QString& predPath, Column column, ScannedFile& gt, ScannedFile& pred)
{
    auto both = inParallel([column](const QString& path) { return scan(path, column); }, gtPath, predPath);
    gt = std::move(both.first);
    pred = std::move(both.second);
    if (!gt.ok || !pred.ok)
        return std::nullopt;
    std::vector<std::uint32_t> predRowOfGt;
    switch (matchDenseIds(gt.keys, pred.keys, predRowOfGt)) {
    case IdMatch::OneToOne:
        return predRowOfGt;
    case IdMatch::NotOneToOne:
        return std::nullopt;
    case IdMatch::TooSparse:
        break;
    }
    auto [g, p] = inParallel(
        [](std::vector<std::uint64_t>* keys) { return IntegerIds::fromKeys(std::move(*keys)); }, &gt.keys, &pred.keys);
    if (!g || !p)
        return std::nullopt;
    return IntegerIds::matchOneToOne(*g, *p);
}

} // namespace

std::optional<LabelPairs> loadClassificationFast(const QString& gtPath, const QString& predPath)
{
    ScannedFile gt, pred;
    const auto predRow = scanBoth(gtPath, predPath, Column::Label, gt, pred);
    if (!predRow)
        return std::nullopt;
    // Label codes as the general loader numbers them: gt.csv's labels in order of first
    // appearance, then pred.csv's new ones in theirs.
    LabelInterner all;
    for (std::string_view label : gt.labels.labels())
        all.intern(label);
    std::vector<std::int32_t> predToAll;
    predToAll.reserve(pred.labels.labels().size());
    for (std::string_view label : pred.labels.labels())
        predToAll.push_back(all.intern(label));

    LabelPairs out;
    out.truth = std::move(gt.codes);
    out.pred.resize(out.truth.size());
    for (std::size_t r = 0; r < out.pred.size(); ++r)
        out.pred[r] = predToAll[static_cast<std::size_t>(pred.codes[(*predRow)[r]])];
    out.labelNames = all.names();
    return out;
}

std::optional<ValuePairs> loadRegressionFast(const QString& gtPath, const QString& predPath)
{
    ScannedFile gt, pred;
    const auto predRow = scanBoth(gtPath, predPath, Column::Value, gt, pred);
    if (!predRow)
        return std::nullopt;
    ValuePairs out;
    out.truth = std::move(gt.numbers);
    out.pred.resize(out.truth.size());
    for (std::size_t r = 0; r < out.pred.size(); ++r)
        out.pred[r] = pred.numbers[(*predRow)[r]];
    return out;
}

} // namespace evalbench::ml
