#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "regpoint.app.language")

namespace RegPoint::App {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
    }
}

std::optional<Language> LanguageSwitcher::fromCode(const QString &code)
{
    if (code.startsWith(QStringLiteral("zh")))
        return Language::Chinese;
    if (code.startsWith(QStringLiteral("en")))
        return Language::English;
    return std::nullopt;
}

void LanguageSwitcher::setLanguage(Language language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    m_language = language;
    if (language == Language::Chinese) {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(chinese);
        if (!m_app.load(chinese, QStringLiteral("regpoint"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            qCWarning(lcLanguage) << "Chinese translation missing from this build";
        // Qt's own strings (context menus, standard buttons); absent without qt6-translations-l10n.
        (void)m_qt.load(
            chinese, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
        // English is the source language; this file adds its plural forms.
        if (!m_app.load(QStringLiteral("regpoint_en"), QStringLiteral(":/i18n")))
            qCWarning(lcLanguage) << "English plural forms missing from this build";
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
    }
    Q_EMIT languageChanged(language);
}

} // namespace RegPoint::App
