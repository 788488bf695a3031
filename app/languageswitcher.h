#pragma once

#include <QObject>
#include <QTranslator>

namespace RegPoint::App {

enum class Language
{
    Chinese,
    English
};

// Installs RegPoint's and Qt's own translations for the chosen language. Widgets hear the
// change through QEvent::LanguageChange and retranslate themselves.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    Language language() const { return m_language; }
    bool isChinese() const { return m_language == Language::Chinese; }
    void setLanguage(Language language);
    void toggle() { setLanguage(isChinese() ? Language::English : Language::Chinese); }

    // "zh_CN", "zh", "en" → language; anything else → nullopt.
    static std::optional<Language> fromCode(const QString &code);

Q_SIGNALS:
    void languageChanged(RegPoint::App::Language language);

private:
    Language m_language = Language::English;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace RegPoint::App
