// SPDX-License-Identifier: MIT
#include "io/labelcsvloader.h"

#include "io/labelcsvjoin.h"
#include "io/labelcsvparser.h"
#include "io/parallelpair.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <future>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace evalbench::ml {

namespace {

// Label text → small int. Real label sets are small, so a linear scan over the known labels
// beats hashing until there are many of them. Each label is compared by length and its first 8
// bytes as one integer first (that is the whole label for short ones, like "car" or "truck"),
// so the scan is a few integer compares and memcmp runs only on a likely hit.
class LabelInterner
{
public:
    std::int32_t intern(std::string_view label)
    {
        if (m_map.empty()) {
            const std::uint64_t head = headOf(label);
            for (std::size_t i = 0; i < m_views.size(); ++i) {
                if (m_heads[i] == head && m_views[i].size() == label.size()
                    && (label.size() <= 8
                        || std::memcmp(m_views[i].data() + 8, label.data() + 8, label.size() - 8) == 0))
                    return static_cast<std::int32_t>(i);
            }
            if (m_views.size() < 16) {
                m_views.push_back(label);
                m_heads.push_back(head);
                return static_cast<std::int32_t>(m_views.size() - 1);
            }
            for (std::size_t i = 0; i < m_views.size(); ++i)
                m_map.emplace(m_views[i], static_cast<std::int32_t>(i));
        }
        auto [it, inserted] = m_map.try_emplace(label, static_cast<std::int32_t>(m_views.size()));
        if (inserted)
            m_views.push_back(label);
        return it->second;
    }
    std::vector<std::string> names() const { return { m_views.begin(), m_views.end() }; }

private:
    static std::uint64_t headOf(std::string_view label)
    {
        std::uint64_t head = 0;
        std::memcpy(&head, label.data(), std::min<std::size_t>(label.size(), 8));
        return head;
    }

    std::vector<std::string_view> m_views; // point into the CSV buffers, which outlive this
    std::vector<std::uint64_t> m_heads; // headOf(m_views[i]) while the linear scan is in use
    std::unordered_map<std::string_view, std::int32_t> m_map;
};

template <typename T, typename From> Loaded<T> failedAs(const Loaded<From>& other)
{
    return Loaded<T>::failure(other.error);
}

// Plain decimals of at most 15 digits ("-12.3456"), the usual case, without from_chars: the
// digits as an integer m < 10^15 < 2^53 and 10^k (k ≤ 15) are both exact doubles, so the one
// IEEE division m / 10^k is the correctly rounded value of the text, exactly what from_chars
// returns. Anything else (exponents, more digits, "5." or ".5") is left to from_chars.
bool parseShortDecimal(std::string_view s, double& out)
{
    static constexpr double kPow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15 };
    const char* p = s.data();
    const char* const end = p + s.size();
    const bool negative = p < end && *p == '-';
    p += negative ? 1 : 0;
    std::uint64_t m = 0;
    const char* const intBegin = p;
    for (; p < end && static_cast<unsigned char>(*p - '0') <= 9; ++p)
        m = m * 10 + static_cast<std::uint64_t>(*p - '0');
    const long intDigits = p - intBegin;
    long fraction = 0;
    if (p < end && *p == '.') {
        const char* const fracBegin = ++p;
        for (; p < end && static_cast<unsigned char>(*p - '0') <= 9; ++p)
            m = m * 10 + static_cast<std::uint64_t>(*p - '0');
        fraction = p - fracBegin;
        if (fraction == 0)
            return false; // "5." is from_chars' business
    }
    if (p != end || intDigits == 0 || intDigits + fraction > 15)
        return false; // checked after the loops: m may have wrapped on a long run of digits
    const double v = static_cast<double>(m) / kPow10[fraction];
    out = negative ? -v : v;
    return true;
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
