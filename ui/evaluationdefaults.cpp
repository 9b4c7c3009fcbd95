// SPDX-License-Identifier: MIT
#include "ui/evaluationdefaults.h"

#include "metrics/metricregistry.h"

#include <QSettings>

namespace evalbench {

namespace {
const QString kMetricsKey = QStringLiteral("evaluation/defaultMetrics");
const QString kWeightsKey = QStringLiteral("evaluation/defaultWeights");
} // namespace

EvaluationDefaults EvaluationDefaults::load()
{
    const QSettings settings;
    EvaluationDefaults defaults;
    if (!settings.contains(kMetricsKey)) {
        defaults.metrics = MetricRegistry::builtin().defaultOfflineMetrics();
        return defaults;
    }
    // Metrics a later build no longer has are dropped rather than offered.
    for (const QString& metric : settings.value(kMetricsKey).toStringList()) {
        if (MetricRegistry::builtin().find(metric))
            defaults.metrics.append(metric);
    }
    const QVariantMap weights = settings.value(kWeightsKey).toMap();
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        defaults.weights.insert(it.key(), it.value().toDouble());
    return defaults;
}

void EvaluationDefaults::save() const
{
    QSettings settings;
    settings.setValue(kMetricsKey, metrics);
    QVariantMap weightsValue;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        if (it.value() != 1.0)
            weightsValue.insert(it.key(), it.value());
    }
    settings.setValue(kWeightsKey, weightsValue);
}

} // namespace evalbench
