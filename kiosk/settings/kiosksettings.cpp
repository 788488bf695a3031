#include "kiosksettings.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSettings, "regpoint.kiosk.settings")

namespace RegPoint::Kiosk {

QString KioskSettings::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("kiosk.ini"));
}

KioskSettings KioskSettings::load(const QString &dataDir, QStringList *problems)
{
    KioskSettings settings;
    const QSettings ini(path(dataDir), QSettings::IniFormat);
    auto problem = [problems](const QString &text) {
        qCWarning(lcSettings).noquote() << text;
        if (problems)
            problems->append(text);
    };
    if (ini.status() != QSettings::NoError)
        problem(QStringLiteral("kiosk.ini cannot be read; using the defaults"));

    const QString profile = ini.value(QStringLiteral("photo/profile"), settings.photoProfile).toString();
    if (!profile.isEmpty())
        settings.photoProfile = profile;
    bool ok = false;
    const QVariant attempts = ini.value(QStringLiteral("photo/attempts_before_override"));
    if (attempts.isValid()) {
        const int n = attempts.toInt(&ok);
        if (ok && n >= 1 && n <= 20)
            settings.photo.attemptsBeforeOverride = n;
        else
            problem(QStringLiteral("photo/attempts_before_override must be 1 to 20; keeping %1")
                        .arg(settings.photo.attemptsBeforeOverride));
    }
    const QVariant autoCapture = ini.value(QStringLiteral("photo/auto_capture"));
    if (autoCapture.isValid()) {
        const QString text = autoCapture.toString().toLower();
        if (text == u"true" || text == u"1" || text == u"false" || text == u"0")
            settings.photo.autoCapture = text == u"true" || text == u"1";
        else
            problem(QStringLiteral("photo/auto_capture must be true or false; keeping %1")
                        .arg(settings.photo.autoCapture ? QStringLiteral("true") : QStringLiteral("false")));
    }
    return settings;
}

} // namespace RegPoint::Kiosk
