// SPDX-License-Identifier: MIT
#pragma once

#include "common/sample.h"
#include "metrics/metric.h"
#include "metrics/metricregistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evalbench::metricstest {

inline Sample textSample(const QString& answer, const QString& groundTruth)
{
    Sample sample;
    sample.id = QStringLiteral("s1");
    sample.question = QStringLiteral("q");
    sample.answer = answer;
    sample.groundTruth = groundTruth;
    return sample;
}

inline Sample contextSample(const QStringList& contexts, const QStringList& references)
{
    Sample sample;
    sample.id = QStringLiteral("s1");
    sample.question = QStringLiteral("q");
    sample.contexts = contexts;
    sample.referenceContexts = references;
    return sample;
}

inline MetricScore scoreWith(const QString& id, const Sample& sample, bool ragasCompat)
{
    const Metric* metric = MetricRegistry::builtin().find(id);
    if (!metric)
        return MetricScore::failed(id, QStringLiteral("unknown metric"));
    MetricOptions options;
    options.ragasCompat = ragasCompat;
    return scoreSample(*metric, sample, options);
}

// The value, or NaN when the metric did not produce one.
inline double valueOf(const QString& id, const Sample& sample, bool ragasCompat)
{
    return scoreWith(id, sample, ragasCompat).value;
}

inline QJsonObject referenceData()
{
    QFile file(QStringLiteral(EVALBENCH_TEST_DATA_DIR "/metrics/reference_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace evalbench::metricstest
