// SPDX-License-Identifier: MIT
#include "judge/judgelanguage.h"

#include <QList>

namespace evalbench {

namespace {

bool isCjkIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) // unified ideographs
        || (c >= 0x3400 && c <= 0x4DBF) // extension A
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0x20000 && c <= 0x3134F); // extensions B to G and the compatibility supplement
}

} // namespace

JudgeLanguage detectJudgeLanguage(QStringView text)
{
    qsizetype letters = 0;
    qsizetype ideographs = 0;
    // By code point, so an ideograph outside the BMP counts once, not as two surrogates.
    for (const char32_t c : text.toUcs4()) {
        if (isCjkIdeograph(c)) {
            ++ideographs;
            ++letters;
        } else if (QChar::isLetter(c)) {
            ++letters;
        }
    }
    // ideographs / letters >= 1/5, in integers
    if (ideographs > 0 && ideographs * 5 >= letters)
        return JudgeLanguage::Chinese;
    return JudgeLanguage::English;
}

QString judgeLanguageName(JudgeLanguage language)
{
    return language == JudgeLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

std::optional<JudgeLanguage> judgeLanguageFromName(QStringView name)
{
    // Only the primary subtag matters: "zh-CN" and "zh_Hant" are both Chinese prompts.
    qsizetype end = 0;
    while (end < name.size() && name[end] != u'-' && name[end] != u'_')
        ++end;
    const QStringView primary = name.first(end).trimmed();
    if (primary.compare(u"en", Qt::CaseInsensitive) == 0)
        return JudgeLanguage::English;
    if (primary.compare(u"zh", Qt::CaseInsensitive) == 0)
        return JudgeLanguage::Chinese;
    return std::nullopt;
}

} // namespace evalbench
