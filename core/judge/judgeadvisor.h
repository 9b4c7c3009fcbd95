// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "store/storedsample.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QString>

namespace evalbench {

class JudgeSession;

// optimization_advice.md written by the judge: it is shown each metric's mean and
// definition and the weakest samples with their scores and the judge's evidence,
// and asked for concrete, prioritised advice in the run's language.
class JudgeAdvisor
{
public:
    struct Advice
    {
        QString markdown; // empty on failure
        QString error;
    };

    static QCoro::Task<Advice> write(JudgeSession* session, RunRecord run, QList<StoredSample> weakest);
};

} // namespace evalbench
