// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace evalbench {

// The language the judge is instructed in. Chinese datasets get Chinese
// instructions, so generated text (answer_relevancy's questions) stays Chinese.
enum class JudgeLanguage
{
    English,
    Chinese
};

// Chinese when CJK ideographs are at least a fifth of the letters: mixed text
// (Chinese with English product names or code) still counts as Chinese.
JudgeLanguage detectJudgeLanguage(QStringView text);

QString judgeLanguageName(JudgeLanguage language); // "en" / "zh"
// Accepts "en", "zh" and region or script forms such as "zh-CN", "zh_Hans", "en-US"; case does not matter.
std::optional<JudgeLanguage> judgeLanguageFromName(QStringView name);

} // namespace evalbench
