// SPDX-License-Identifier: MIT
#include "common/runrecord.h"

#include <array>

#include <QJsonArray>
#include <QRandomGenerator>

namespace evalbench {

namespace {
struct StatusName
{
    RunStatus status;
    const char16_t* name;
};
constexpr std::array kStatusNames {
    StatusName { RunStatus::Importing, u"importing" },
    StatusName { RunStatus::Queued, u"queued" },
    StatusName { RunStatus::Running, u"running" },
    StatusName { RunStatus::Completed, u"completed" },
    StatusName { RunStatus::Failed, u"failed" },
    StatusName { RunStatus::Cancelled, u"cancelled" },
};
} // namespace

QString runStatusName(RunStatus status)
{
    for (const auto& entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<RunStatus> runStatusFromName(QStringView name)
{
    for (const auto& entry : kStatusNames) {
        if (name == QStringView(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QJsonObject RunSettings::toJson() const
{
    QJsonObject weightsJson;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        weightsJson.insert(it.key(), it.value());
    return {
        { QStringLiteral("metrics"), QJsonArray::fromStringList(metrics) },
        { QStringLiteral("weights"), weightsJson },
        { QStringLiteral("ragas_compat"), ragasCompat },
        { QStringLiteral("semantics"), ragasCompat ? QStringLiteral("ragas-compat") : QStringLiteral("evalbench-1") },
        { QStringLiteral("judge"), judge.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(judge) },
    };
}

RunSettings RunSettings::fromJson(const QJsonObject& json)
{
    RunSettings settings;
    for (const auto& metric : json.value(QStringLiteral("metrics")).toArray())
        settings.metrics.append(metric.toString());
    const QJsonObject weightsJson = json.value(QStringLiteral("weights")).toObject();
    for (auto it = weightsJson.begin(); it != weightsJson.end(); ++it)
        settings.weights.insert(it.key(), it.value().toDouble(1.0));
    settings.ragasCompat = json.value(QStringLiteral("ragas_compat")).toBool();
    settings.judge = json.value(QStringLiteral("judge")).toObject();
    return settings;
}

QJsonObject MetricSummary::toJson() const
{
    const auto number = [this](double v) { return scored > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return {
        { QStringLiteral("mean"), number(mean) },
        { QStringLiteral("min"), number(min) },
        { QStringLiteral("max"), number(max) },
        { QStringLiteral("scored"), scored },
        { QStringLiteral("skipped"), skipped },
        { QStringLiteral("nan"), nan },
    };
}

MetricSummary MetricSummary::fromJson(const QJsonObject& json)
{
    MetricSummary summary;
    summary.mean = json.value(QStringLiteral("mean")).toDouble();
    summary.min = json.value(QStringLiteral("min")).toDouble();
    summary.max = json.value(QStringLiteral("max")).toDouble();
    summary.scored = json.value(QStringLiteral("scored")).toInt();
    summary.skipped = json.value(QStringLiteral("skipped")).toInt();
    summary.nan = json.value(QStringLiteral("nan")).toInt();
    return summary;
}

QString RunRecord::newId(const QDateTime& when)
{
    // Sortable by time, readable in a folder listing, unique enough for one machine.
    const quint32 suffix = QRandomGenerator::global()->bounded(0x10000u);
    return when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
        + QStringLiteral("%1").arg(suffix, 4, 16, QLatin1Char('0'));
}

} // namespace evalbench
