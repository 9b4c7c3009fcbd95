// SPDX-License-Identifier: MIT
#pragma once

#include "common/sampleannotation.h"

#include <QJsonObject>

namespace evalbench::annotationjson {

// One annotation in the report JSON: {"score": x | null, "label", "comment", "author", "updated_at"}.
QJsonObject annotation(const SampleAnnotation& annotation);
// A sample's annotations: {"overall"?: {...}, "metrics": {"<metric id>": {...}}}.
QJsonObject sampleAnnotations(const QList<SampleAnnotation>& annotations);

} // namespace evalbench::annotationjson
