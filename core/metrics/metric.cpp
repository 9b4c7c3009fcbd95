// SPDX-License-Identifier: MIT
#include "metrics/metric.h"

#include <QJsonArray>
#include <QStringList>

namespace evalbench {

QString metricKindName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Offline:
        return QStringLiteral("offline");
    case MetricKind::Llm:
        return QStringLiteral("llm");
    case MetricKind::Ml:
        return QStringLiteral("ml");
    case MetricKind::Retrieval:
        return QStringLiteral("retrieval");
    }
    return {};
}

QJsonObject MetricInfo::toJson() const
{
    QJsonArray inputNames;
    for (SampleField field : inputs)
        inputNames.append(sampleFieldName(field));
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), metricKindName(kind) },
        { QStringLiteral("inputs"), inputNames },
        { QStringLiteral("range"), QJsonArray { rangeMin, rangeMax } },
        { QStringLiteral("higher_is_better"), higherIsBetter },
        { QStringLiteral("description"), description },
    };
}

MetricScore scoreSample(const Metric& metric, const Sample& sample, const MetricOptions& options)
{
    const MetricInfo& info = metric.info();
    QStringList missing;
    for (SampleField field : info.inputs) {
        if (!sampleHas(sample, field))
            missing.append(QLatin1Char('"') + sampleFieldName(field) + QLatin1Char('"'));
    }
    if (missing.isEmpty())
        return metric.score(sample, options);
    QString names = missing.constLast();
    if (missing.size() > 1)
        names = missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names;
    return MetricScore::skipped(info.id, QStringLiteral("needs %1, which this sample lacks").arg(names));
}

} // namespace evalbench
