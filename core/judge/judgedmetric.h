// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "common/sample.h"

#include <QCoro/QCoroTask>
#include <QString>

namespace evalbench {

class JudgeSession;
struct JudgeAnswer;

struct JudgedMetricOptions
{
    bool ragasCompat = false;
    QString rubricCriteria; // the analyst's criteria for `rubric`
    int strictness = 3; // questions generated per answer by answer_relevancy
};

// A metric scored by the LLM judge (ragas-reference §1, METRICS.md §5). Its
// registry entry (inputs, range) is JudgedMetricEntry; this is how it scores: a
// coroutine over the session's judge calls. A failed call or an unusable answer
// is NaN with the reason and the judge's raw output in the evidence.
class JudgedMetric
{
public:
    virtual ~JudgedMetric() = default;
    virtual QString id() const = 0;
    virtual bool needsEmbeddings() const { return false; }
    // Called only when the sample has every input the registry lists.
    virtual QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const = 0;

    // The built-in judged metrics; nullptr for any other id.
    static const JudgedMetric* find(const QString& id);

protected:
    // NaN with the reason, the prompt that failed and what the judge answered.
    MetricScore failure(const QString& stage, const JudgeAnswer& answer, QJsonObject evidence = {}) const;
};

} // namespace evalbench
