// SPDX-License-Identifier: MIT
#include "cli/judgeoptions.h"

#include "judge/judgeprofile.h"
#include "judge/judgeprofilerepository.h"
#include "store/storereader.h"

namespace evalbench::cli {

JudgeOptions::JudgeOptions()
    : m_profile(QStringLiteral("judge"), QStringLiteral("judge profile"), QStringLiteral("profile"))
    , m_url(QStringLiteral("judge-url"), QStringLiteral("judge URL"), QStringLiteral("url"))
    , m_model(QStringLiteral("judge-model"), QStringLiteral("judge model"), QStringLiteral("model"))
    , m_embedding(QStringLiteral("embedding-model"), QStringLiteral("embedding model"), QStringLiteral("model"))
    , m_concurrency(QStringLiteral("concurrency"), QStringLiteral("judge concurrency"), QStringLiteral("n"))
    , m_language(QStringLiteral("judge-language"), QStringLiteral("auto|en|zh"), QStringLiteral("language"))
    , m_fresh(QStringLiteral("fresh-judge-calls"), QStringLiteral("ignore cached judge answers"))
    , m_criteria(QStringLiteral("rubric-criteria"), QStringLiteral("rubric criteria"), QStringLiteral("text"))
{ }

QList<QCommandLineOption> JudgeOptions::options() const
{
    return { m_profile, m_url, m_model, m_embedding, m_concurrency, m_language, m_fresh, m_criteria };
}

std::optional<QJsonObject> JudgeOptions::judgeSettings(const QCommandLineParser& parser, const StoreReader& reader,
    QString* usageError, std::optional<EvalError>* failure) const
{
    const bool stored = parser.isSet(m_profile);
    const bool adHoc = parser.isSet(m_url) || parser.isSet(m_model);
    if (!stored && !adHoc) {
        for (const QCommandLineOption& option : { m_embedding, m_concurrency, m_language, m_fresh, m_criteria }) {
            if (parser.isSet(option)) {
                *usageError =
                    QStringLiteral("--%1 needs a judge: add --judge PROFILE, or --judge-url and --judge-model")
                        .arg(option.names().constFirst());
                return std::nullopt;
            }
        }
        return QJsonObject {};
    }
    if (stored && adHoc) {
        *usageError = QStringLiteral("give either --judge PROFILE or --judge-url with --judge-model, not both");
        return std::nullopt;
    }

    JudgeProfile profile;
    if (stored) {
        const QString wanted = parser.value(m_profile);
        const QList<JudgeProfile> stored = JudgeProfileRepository::profilesIn(reader);
        const std::optional<JudgeProfile> found = JudgeProfileRepository::findIn(stored, wanted);
        if (!found) {
            QStringList names;
            for (const JudgeProfile& known : stored)
                names.append(known.name);
            *failure = EvalError { ErrorCode::JudgeUnavailable,
                QStringLiteral(
                    "no judge profile named \"%1\"; known profiles: %2 (add one on the window's LLM profiles "
                    "page, or use --judge-url and --judge-model)")
                    .arg(wanted, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))),
                QStringLiteral("validation"), {} };
            return std::nullopt;
        }
        profile = *found;
    } else {
        if (!parser.isSet(m_url) || !parser.isSet(m_model)) {
            *usageError = QStringLiteral("--judge-url and --judge-model go together");
            return std::nullopt;
        }
        profile.id = QStringLiteral("command-line");
        profile.name = QStringLiteral("command line");
        profile.baseUrl = QUrl(parser.value(m_url));
        profile.chatModel = parser.value(m_model);
    }
    if (parser.isSet(m_embedding))
        profile.embeddingModel = parser.value(m_embedding);
    if (parser.isSet(m_concurrency)) {
        bool ok = false;
        profile.maxConcurrency = parser.value(m_concurrency).toInt(&ok);
        if (!ok) {
            *usageError =
                QStringLiteral("--concurrency: expected a whole number, got \"%1\"").arg(parser.value(m_concurrency));
            return std::nullopt;
        }
    }
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        *usageError = QStringLiteral("judge: %1").arg(invalid);
        return std::nullopt;
    }
    QJsonObject settings = profile.toJson();
    const QString language = parser.isSet(m_language) ? parser.value(m_language) : QStringLiteral("auto");
    if (language != QLatin1String("auto") && language != QLatin1String("en") && language != QLatin1String("zh")) {
        *usageError = QStringLiteral("--judge-language: expected auto, en or zh, got \"%1\"").arg(language);
        return std::nullopt;
    }
    settings.insert(QStringLiteral("language"), language);
    if (parser.isSet(m_fresh))
        settings.insert(QStringLiteral("fresh_calls"), true);
    if (parser.isSet(m_criteria))
        settings.insert(QStringLiteral("rubric_criteria"), parser.value(m_criteria));
    return settings;
}

} // namespace evalbench::cli
