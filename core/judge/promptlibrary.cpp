// SPDX-License-Identifier: MIT
#include "judge/promptlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace evalbench {

namespace {

const QString FrameFile = QStringLiteral("_frame");

std::optional<OrderedJson> readJsonFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return OrderedJson::parse(QString::fromUtf8(file.readAll()), error);
}

QString text(const OrderedJson& object, QStringView key)
{
    const OrderedJson* member = object.member(key);
    return member ? member->scalar().toString() : QString();
}

// Caller's fields in the prompt's input_fields order; fields it does not list keep their place after.
OrderedJson orderedInput(const QStringList& order, const PromptFields& input)
{
    OrderedJson::Members members;
    for (const QString& name : order) {
        for (const auto& [key, value] : input) {
            if (key == name) {
                members.emplace_back(key, OrderedJson(value));
                break;
            }
        }
    }
    for (const auto& [key, value] : input) {
        if (!order.contains(key))
            members.emplace_back(key, OrderedJson(value));
    }
    return OrderedJson::object(std::move(members));
}

} // namespace

const PromptLibrary& PromptLibrary::instance()
{
    static const PromptLibrary library; // C++11 magic statics: loaded once, thread-safe
    return library;
}

PromptLibrary::PromptLibrary()
{
    loadLanguage(JudgeLanguage::English);
    loadLanguage(JudgeLanguage::Chinese);
}

void PromptLibrary::loadLanguage(JudgeLanguage language)
{
    const QString dir = QStringLiteral(":/evalbench/prompts/") + judgeLanguageName(language);
    const QStringList files = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QString name = QFileInfo(fileName).completeBaseName();
        const QString where = judgeLanguageName(language) + u'/' + fileName + QStringLiteral(": ");
        QString error;
        const auto json = readJsonFile(dir + u'/' + fileName, &error);
        if (!json) {
            m_errors.append(where + error);
            continue;
        }
        if (name == FrameFile) {
            m_frames[language] = { text(*json, u"schema_request"), text(*json, u"quoting_rule"),
                text(*json, u"now_line") };
            continue;
        }
        auto prompt = JudgePrompt::fromJson(*json, &error);
        if (!prompt) {
            m_errors.append(where + error);
            continue;
        }
        m_prompts[language].emplace(name, std::move(*prompt));
    }
}

const PromptLibrary::Frame& PromptLibrary::frame(JudgeLanguage language) const
{
    static const Frame none;
    auto it = m_frames.find(language);
    if (it == m_frames.end())
        it = m_frames.find(JudgeLanguage::English);
    return it == m_frames.end() ? none : it->second;
}

bool PromptLibrary::has(const QString& name) const
{
    return prompt(name, JudgeLanguage::English) != nullptr;
}

QStringList PromptLibrary::names() const
{
    QStringList names;
    auto it = m_prompts.find(JudgeLanguage::English);
    if (it != m_prompts.end()) {
        for (const auto& entry : it->second)
            names.append(entry.first);
    }
    return names;
}

const JudgePrompt* PromptLibrary::prompt(const QString& name, JudgeLanguage language) const
{
    for (const JudgeLanguage candidate : { language, JudgeLanguage::English }) {
        auto prompts = m_prompts.find(candidate);
        if (prompts == m_prompts.end())
            continue;
        auto found = prompts->second.find(name);
        if (found != prompts->second.end())
            return &found->second;
    }
    return nullptr;
}

QString PromptLibrary::render(const QString& name, JudgeLanguage language, const PromptFields& input) const
{
    const JudgePrompt* p = prompt(name, language);
    if (!p)
        return {};
    // A prompt that fell back to English is framed in English too, so the text stays one language.
    const auto own = m_prompts.find(language);
    const bool translated = own != m_prompts.end() && own->second.count(name) > 0;
    const Frame& f = frame(translated ? language : JudgeLanguage::English);

    QString out = p->instruction + u'\n' + f.schemaRequest + QStringLiteral(":\n")
        + PydanticJson::compact(p->outputSchema) + f.quotingRule + u'\n';
    if (!p->examples.isEmpty()) {
        out += QStringLiteral("\n--------EXAMPLES-----------\n");
        for (qsizetype i = 0; i < p->examples.size(); ++i) {
            if (i > 0)
                out += QStringLiteral("\n\n");
            out += QStringLiteral("Example %1\nInput: ").arg(i + 1) + PydanticJson::indented(p->examples[i].input)
                + QStringLiteral("\nOutput: ") + PydanticJson::indented(p->examples[i].output);
        }
    }
    out += QStringLiteral("\n-----------------------------\n\n") + f.nowLine + QStringLiteral("\ninput: ")
        + PydanticJson::indented(orderedInput(p->inputFields, input), PydanticJson::NullMembers::Omit)
        + QStringLiteral("\nOutput: ");
    return out;
}

QJsonObject PromptLibrary::outputSchema(const QString& name) const
{
    const JudgePrompt* p = prompt(name, JudgeLanguage::English);
    return p ? p->outputSchema.toJsonValue().toObject() : QJsonObject();
}

} // namespace evalbench
