// SPDX-License-Identifier: MIT
#include "io/labelcsvloader.h"

#include "io/labelcsvjoin.h"
#include "io/labelcsvparser.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace evalbench::ml {

namespace {

// Label text → small int. Real label sets are small, so a linear scan over the known labels
// (length + memcmp) beats hashing until there are many of them.
class LabelInterner
{
public:
    std::int32_t intern(std::string_view label)
    {
        if (m_map.empty()) {
            for (std::size_t i = 0; i < m_views.size(); ++i) {
                if (m_views[i].size() == label.size()
                    && std::memcmp(m_views[i].data(), label.data(), label.size()) == 0)
                    return static_cast<std::int32_t>(i);
            }
            if (m_views.size() < 16) {
                m_views.push_back(label);
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
    std::vector<std::string_view> m_views; // point into the CSV buffers, which outlive this
    std::unordered_map<std::string_view, std::int32_t> m_map;
};

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
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

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
    auto gt = readTwoColumnCsv(gtPath, "label");
    if (!gt.ok())
        return failedAs<LabelPairs>(gt);
    auto pred = readTwoColumnCsv(predPath, "label");
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
    for (std::size_t r = 0; r < n; ++r) {
        out.truth[r] = interner.intern(g.values[r]);
        out.pred[r] = interner.intern(p.values[predRow[r]]);
    }
    out.labelNames = interner.names();
    return Loaded<LabelPairs>::success(std::move(out), join.warnings);
}

Loaded<ValuePairs> loadRegressionCsv(const QString& gtPath, const QString& predPath)
{
    auto gt = readTwoColumnCsv(gtPath, "value");
    if (!gt.ok())
        return failedAs<ValuePairs>(gt);
    auto pred = readTwoColumnCsv(predPath, "value");
    if (!pred.ok())
        return failedAs<ValuePairs>(pred);
    auto gtValues = parseValueColumn(*gt.value);
    if (!gtValues.ok())
        return failedAs<ValuePairs>(gtValues);
    auto predValues = parseValueColumn(*pred.value);
    if (!predValues.ok())
        return failedAs<ValuePairs>(predValues);
    const auto join = joinById(*gt.value, *pred.value);
    if (!join.ok())
        return failedAs<ValuePairs>(join);

    ValuePairs out;
    out.truth = std::move(*gtValues.value);
    const std::vector<double>& pv = *predValues.value;
    const std::vector<std::uint32_t>& predRow = *join.value;
    out.pred.resize(out.truth.size());
    for (std::size_t r = 0; r < out.truth.size(); ++r)
        out.pred[r] = pv[predRow[r]];
    return Loaded<ValuePairs>::success(std::move(out), join.warnings);
}

} // namespace evalbench::ml
