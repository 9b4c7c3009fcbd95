// SPDX-License-Identifier: MIT
#include "io/annotationjson.h"

#include <cmath>

namespace evalbench::annotationjson {

QJsonObject annotation(const SampleAnnotation& annotation)
{
    const bool hasScore = annotation.score && std::isfinite(*annotation.score);
    return {
        { QStringLiteral("score"), hasScore ? QJsonValue(*annotation.score) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("label"), annotation.label },
        { QStringLiteral("comment"), annotation.comment },
        { QStringLiteral("author"), annotation.author },
        { QStringLiteral("updated_at"),
            annotation.updatedAt.isValid() ? QJsonValue(annotation.updatedAt.toUTC().toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject sampleAnnotations(const QList<SampleAnnotation>& annotations)
{
    QJsonObject json;
    QJsonObject metrics;
    for (const SampleAnnotation& a : annotations) {
        if (a.isOverall())
            json.insert(QStringLiteral("overall"), annotation(a));
        else
            metrics.insert(a.metric, annotation(a));
    }
    json.insert(QStringLiteral("metrics"), metrics);
    return json;
}

} // namespace evalbench::annotationjson
