// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// The window's language: which translators are installed, and the choice saved for the
// next start. Codes are "en" and "zh_CN"; an empty code means the system's language.
class UiLanguage
{
public:
    static QString english() { return QStringLiteral("en"); }
    static QString chinese() { return QStringLiteral("zh_CN"); }

    // Replaces the translators installed before (if any) with those of `code`.
    static void apply(const QString& code);
    // The language apply() installed last ("en" or "zh_CN").
    static QString current();
    // --lang when given, else the saved choice, else empty (the system's language).
    static QString atStart(const QString& commandLineValue);
    static QString saved();
    static void save(const QString& code);
};

} // namespace evalbench
