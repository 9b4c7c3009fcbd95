// SPDX-License-Identifier: MIT
#pragma once

#include "common/sample.h"
#include "judge/judgeprofile.h"

#include <QJsonObject>
#include <QStringList>

namespace evalbench {

// What a run will (or did) ask of the judge: calls, tokens and cost.
struct JudgeEstimate
{
    qint64 samples = 0;
    qint64 chatCalls = 0;
    qint64 embeddingCalls = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0.0; // profile prices × tokens; 0 when the profile sets no price

    qint64 calls() const { return chatCalls + embeddingCalls; }
    QJsonObject toJson() const;
};

// Estimates, before a run starts, the judge work of scoring samples with the
// judged metrics among `metrics`: the calls each metric makes (docs/judge.md),
// and tokens from the text lengths (about 4 characters a token, a CJK character a
// token) plus each prompt's fixed instructions and examples. Cached answers are
// not subtracted: the estimate is what a fresh run would cost at most.
class JudgeEstimator
{
public:
    JudgeEstimator(QStringList metrics, JudgeProfile profile);

    void add(const Sample& sample);
    JudgeEstimate estimate() const { return m_estimate; }

    static qint64 approximateTokens(QStringView text);

private:
    void addSample(const Sample& sample);
    void addCall(const char* prompt, qint64 promptTokens, qint64 completionTokens);

    QStringList m_metrics;
    JudgeProfile m_profile;
    JudgeEstimate m_estimate;
    bool m_adviceCounted = false;
};

} // namespace evalbench
