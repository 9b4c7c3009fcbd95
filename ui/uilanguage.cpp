// SPDX-License-Identifier: MIT
#include "ui/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace evalbench {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
// Marks the translators apply() installed, so a switch removes exactly those.
const QString kTranslatorName = QStringLiteral("evalbench-ui-translator");
QString g_current = UiLanguage::english(); // GUI thread only

void install(QTranslator* translator)
{
    translator->setObjectName(kTranslatorName);
    QCoreApplication::installTranslator(translator);
}
} // namespace

void UiLanguage::apply(const QString& code)
{
    for (QTranslator* old : qApp->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() != QLocale::Chinese) {
        g_current = english();
        return;
    }
    g_current = chinese();
    auto* own = new QTranslator(qApp);
    if (own->load(QStringLiteral(":/i18n/evalbench_zh_CN.qm")))
        install(own);
    else
        delete own;
    auto* qt = new QTranslator(qApp);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
}

QString UiLanguage::current()
{
    return g_current;
}

QString UiLanguage::atStart(const QString& commandLineValue)
{
    return commandLineValue.isEmpty() ? saved() : commandLineValue;
}

QString UiLanguage::saved()
{
    return QSettings().value(kSettingsKey).toString();
}

void UiLanguage::save(const QString& code)
{
    QSettings().setValue(kSettingsKey, code);
}

} // namespace evalbench
