// SPDX-License-Identifier: MIT
#pragma once

#include "io/cocojsonloader.h"
#include "io/labelcsvresult.h"
#include "workspace/scorerinfo.h"

#include <optional>

#include <QJsonObject>
#include <QList>

namespace evalbench {

// A built-in scorer's params (meta.json `params`, or --params), checked against its ScorerInfo.
struct ScorerParams
{
    QString primaryMetric; // empty: the scorer's own (classification_f1: f1_<average>)
    std::optional<double> passThreshold;
    double iouThreshold = 0.5;
    ml::BoxFormat boxFormat = ml::BoxFormat::Xywh;
    QJsonObject effective; // every param with the value used, defaults included (result.json `params`)
    QList<EvalError> warnings; // params the scorer does not know, ignored

    // A known param with a wrong type or value is BAD_FORMAT, naming it ("params.average").
    static ml::Loaded<ScorerParams> parse(const ScorerInfo& scorer, const QJsonObject& params);
};

} // namespace evalbench
