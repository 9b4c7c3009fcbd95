// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "common/runrecord.h"

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace evalbench {
class StoreReader;
}

namespace evalbench::cli {

// The judge options of `eval`: a stored profile (--judge NAME|ID) or one given on
// the command line (--judge-url and --judge-model), with the run's judge settings
// (language, fresh calls, rubric criteria). The key is never an option: it comes
// from EVALBENCH_JUDGE_API_KEY or the profile's keychain entry.
class JudgeOptions
{
public:
    JudgeOptions();
    QList<QCommandLineOption> options() const;

    // The run's `judge` settings ({} without a judge), or the usage error.
    std::optional<QJsonObject> judgeSettings(const QCommandLineParser& parser, const StoreReader& reader,
        QString* usageError, std::optional<EvalError>* failure) const;

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_url;
    QCommandLineOption m_model;
    QCommandLineOption m_embedding;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_language;
    QCommandLineOption m_fresh;
    QCommandLineOption m_criteria;
};

} // namespace evalbench::cli
