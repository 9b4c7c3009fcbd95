// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace evalbench {

// An analyst's own verdict on one sample: for one metric, or for the sample
// overall (empty metric). A thumb up is stored as 1, a thumb down as 0; a label
// or comment alone leaves the score empty. Saving again replaces it.
struct SampleAnnotation
{
    QString metric; // empty: the sample overall
    std::optional<double> score; // 0–1
    QString label;
    QString comment;
    QString author; // the OS user who saved it
    QDateTime updatedAt; // UTC, set by the store when saved

    bool isOverall() const { return metric.isEmpty(); }
};

// A run's annotations by sample index (its place in the dataset), each sample's
// ordered by metric with the overall one first.
using RunAnnotations = QMap<int, QList<SampleAnnotation>>;

// The annotation of `metric` (empty: overall) among `annotations`, or nullptr.
inline const SampleAnnotation* findAnnotation(const QList<SampleAnnotation>& annotations, const QString& metric)
{
    for (const SampleAnnotation& annotation : annotations) {
        if (annotation.metric == metric)
            return &annotation;
    }
    return nullptr;
}

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::SampleAnnotation)
