// SPDX-License-Identifier: MIT
#include "io/labelcsvloader.h"

#include "io/labelcsvfastpath.h"
#include "io/labelcsvjoin.h"
#include "io/labelcsvparser.h"
#include "io/labelinterner.h"
#include "io/parallelpair.h"
#include "io/shortdecimal.h"

#include <charconv>
#include <cmath>
#include <utility>

namespace evalbench::ml {

namespace {

template <typename T, typename From> Loaded<T> failedAs(const Loaded<From>& other)
{
    return Loaded<T>::failure(other.error);
}

// Parses one value like pandas' round-trip float parser: correctly rounded, optional sign.
bool parseNumber(std::string_view s, double& out)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return false;
    if (parseShortDecimal(s, out))
        return true;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

// One regression file: its rows and their values.
struct ValueFile
{
    Loaded<TwoColumnCsv> csv;
    Loaded<std::vector<double>> values;
};

} // namespace

Loaded<std::vector<double>> parseValueColumn(const TwoColumnCsv& csv)
{
    std::vector<double> values(csv.values.size());
    for (std::size_t r = 0; r < csv.values.size(); ++r) {
        if (!parseNumber(csv.values[r], values[r])) {
            const int line = csv.lineOf(r);
            const QString shown = QString::fromUtf8(csv.values[r].data(), static_cast<qsizetype>(csv.values[r].size()));
            return Loaded<std::vector<double>>::failure(ErrorCode::ParseError,
                QStringLiteral("%1 line %2: value \"%3\" is not a finite number")
                    .arg(csv.fileName)
                    .arg(line)
                    .arg(shown),
                { { QStringLiteral("file"), csv.fileName }, { QStringLiteral("line"), line } });
        }
    }
    return Loaded<std::vector<double>>::success(std::move(values));
}

Loaded<LabelPairs> loadClassificationCsv(const QString& gtPath, const QString& predPath)
{
    if (auto fast = loadClassificationFast(gtPath, predPath))
        return Loaded<LabelPairs>::success(std::move(*fast));
    auto [gt, pred] = inParallel([](const QString& path) { return readTwoColumnCsv(path, "label"); }, gtPath, predPath);
    if (!gt.ok())
        return failedAs<LabelPairs>(gt);
    if (!pred.ok())
        return failedAs<LabelPairs>(pred);
    const auto join = joinById(*gt.value, *pred.value);
    if (!join.ok())
        return failedAs<LabelPairs>(join);

    const TwoColumnCsv& g = *gt.value;
    const TwoColumnCsv& p = *pred.value;
    const std::vector<std::uint32_t>& predRow = *join.value;
    LabelPairs out;
    const std::size_t n = g.ids.size();
    out.truth.resize(n);
    out.pred.resize(n);
    LabelInterner interner;
    for (std::size_t r = 0; r < n; ++r)
        out.truth[r] = interner.intern(g.values[r]);
    // pred.csv is interned in its own row order and only the small codes are then gathered in gt
    // order: reading the label text in gt order would jump around the whole file (a cache miss per
    // row, most of the load time on 1M rows).
    std::vector<std::int32_t> predCodes(p.values.size());
    for (std::size_t r = 0; r < predCodes.size(); ++r)
        predCodes[r] = interner.intern(p.values[r]);
    for (std::size_t r = 0; r < n; ++r)
        out.pred[r] = predCodes[predRow[r]];
    out.labelNames = interner.names();
    return Loaded<LabelPairs>::success(std::move(out), join.warnings);
}

Loaded<ValuePairs> loadRegressionCsv(const QString& gtPath, const QString& predPath)
{
    if (auto fast = loadRegressionFast(gtPath, predPath))
        return Loaded<ValuePairs>::success(std::move(*fast));
    auto [gt, pred] = inParallel(
        [](const QString& path) {
            ValueFile file { readTwoColumnCsv(path, "value"), {} };
            if (file.csv.ok())
                file.values = parseValueColumn(*file.csv.value);
            return file;
        },
        gtPath, predPath);
    // The first problem in the order it has always been reported: unreadable files, then values.
    if (!gt.csv.ok())
        return failedAs<ValuePairs>(gt.csv);
    if (!pred.csv.ok())
        return failedAs<ValuePairs>(pred.csv);
    if (!gt.values.ok())
        return failedAs<ValuePairs>(gt.values);
    if (!pred.values.ok())
        return failedAs<ValuePairs>(pred.values);
    const auto join = joinById(*gt.csv.value, *pred.csv.value);
    if (!join.ok())
        return failedAs<ValuePairs>(join);

    ValuePairs out;
    out.truth = std::move(*gt.values.value);
    const std::vector<double>& pv = *pred.values.value;
    const std::vector<std::uint32_t>& predRow = *join.value;
    out.pred.resize(out.truth.size());
    for (std::size_t r = 0; r < out.truth.size(); ++r)
        out.pred[r] = pv[predRow[r]];
    return Loaded<ValuePairs>::success(std::move(out), join.warnings);
}

} // namespace evalbench::ml
