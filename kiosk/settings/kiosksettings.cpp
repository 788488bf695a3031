#include "kiosksettings.h"

#include "audit/auditlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    // An integer key within [low, high], else the default stays and the problem is reported.
    auto readInt = [&](const char *key, int low, int high, int &target) {
        const QVariant value = ini.value(QLatin1String(key));
        if (!value.isValid())
            return;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= low && n <= high)
            target = n;
        else
            problem(QStringLiteral("%1 must be %2 to %3; keeping %4")
                        .arg(QLatin1String(key))
                        .arg(low)
                        .arg(high)
                        .arg(target));
    };
    readInt("photo/attempts_before_override", 1, 20, settings.photo.attemptsBeforeOverride);
    int idle = int(settings.idleLock.count());
    readInt("session/idle_lock_seconds", 30, 3600, idle);
    settings.idleLock = std::chrono::seconds(idle);
    int syncInterval = int(settings.syncInterval.count());
    readInt("sync/interval_seconds", 10, 3600, syncInterval);
    settings.syncInterval = std::chrono::seconds(syncInterval);
    int printTimeout = int(settings.printTimeout.count());
    readInt("printer/job_timeout_seconds", 10, 600, printTimeout);
    settings.printTimeout = std::chrono::seconds(printTimeout);
    settings.printerQueue = ini.value(QStringLiteral("printer/queue")).toString().trimmed();
    settings.printerServer = ini.value(QStringLiteral("printer/server")).toString().trimmed();
    const QString intake = ini.value(QStringLiteral("sync/intake")).toString();
    if (!intake.isEmpty()) {
        const QUrl url(intake, QUrl::StrictMode);
        if (url.isValid() && url.scheme() == u"https" && !url.host().isEmpty())
            settings.intake = url;
        else
            problem(QStringLiteral("sync/intake must be an https:// address; records stay here until it is"));
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

Status auditSettingsChange(AuditLog &audit, const QString &dataDir)
{
    QFile file(KioskSettings::path(dataDir));
    const QString fingerprint = file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16))
        : QStringLiteral("none");
    const QString detail = QStringLiteral("kiosk.ini=") + fingerprint;
    const Result<QString> last = audit.lastDetail(QStringLiteral("settings.change"));
    if (!last)
        return last.failure();
    if (last.value() == detail)
        return Done {};
    return audit.append({ QStringLiteral("settings.change"), QStringLiteral("ok"), {}, {}, detail });
}

} // namespace RegPoint::Kiosk
