// SPDX-License-Identifier: MIT
#include "ui/nanreasons.h"

#include "ui/samplerowsloader.h"

#include <algorithm>

namespace evalbench {

QMap<QString, QList<NanReason>> nanReasonsByMetric(const SampleRows& rows)
{
    const qsizetype metrics = rows.metrics.size();
    QList<QHash<QString, int>> counts(metrics);
    for (qsizetype cell = 0; cell < qsizetype(rows.statuses.size()); ++cell) {
        if (rows.statuses[size_t(cell)] == CellStatus::Failed)
            ++counts[cell % metrics][rows.reason(cell)];
    }
    QMap<QString, QList<NanReason>> result;
    for (qsizetype m = 0; m < metrics; ++m) {
        if (counts.at(m).isEmpty())
            continue;
        QList<NanReason> reasons;
        for (auto it = counts.at(m).cbegin(); it != counts.at(m).cend(); ++it)
            reasons.append({ it.key(), it.value() });
        std::sort(reasons.begin(), reasons.end(), [](const NanReason& a, const NanReason& b) {
            return a.count != b.count ? a.count > b.count : a.reason < b.reason;
        });
        result.insert(rows.metrics.at(m), reasons);
    }
    return result;
}

} // namespace evalbench
