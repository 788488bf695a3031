#include "kiosksettings.h"

#include "audit/auditlog.h"
#include "operators/operator.h"
#include "operators/permissions.h"

#include <QCoreApplication>
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

namespace {

struct SettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::KioskSettings)
};

// What the audit log knows kiosk.ini by: the start of its SHA-256, or "none".
QString fingerprintDetail(const QString &dataDir)
{
    QFile file(KioskSettings::path(dataDir));
    const QString fingerprint = file.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16))
        : QStringLiteral("none");
    return QStringLiteral("kiosk.ini=") + fingerprint;
}

} // namespace

DeskSettings DeskSettings::of(const KioskSettings &settings)
{
    return { settings.idleLock, settings.photo.attemptsBeforeOverride, settings.photo.autoCapture };
}

void DeskSettings::applyTo(KioskSettings &settings) const
{
    settings.idleLock = idleLock;
    settings.photo.attemptsBeforeOverride = attemptsBeforeOverride;
    settings.photo.autoCapture = autoCapture;
}

Status saveDeskSettings(const QString &dataDir, const DeskSettings &desk, const Operator &by, AuditLog &audit)
{
    if (!can(by.role, Permission::ChangeSettings))
        return Failure { QStringLiteral("settings.not-allowed"),
            [] { return SettingsTr::tr("Only the point's administrator changes the settings."); } };
    if (desk.idleLock.count() < 30 || desk.idleLock.count() > 3600)
        return Failure { QStringLiteral("settings.idle-lock"),
            [] { return SettingsTr::tr("The idle lock must be between 30 and 3600 seconds."); } };
    if (desk.attemptsBeforeOverride < 1 || desk.attemptsBeforeOverride > 20)
        return Failure { QStringLiteral("settings.attempts"),
            [] { return SettingsTr::tr("The photo attempts before a supervisor must be between 1 and 20."); } };
    {
        QSettings ini(KioskSettings::path(dataDir), QSettings::IniFormat);
        ini.setValue(QStringLiteral("session/idle_lock_seconds"), qint64(desk.idleLock.count()));
        ini.setValue(QStringLiteral("photo/attempts_before_override"), desk.attemptsBeforeOverride);
        ini.setValue(QStringLiteral("photo/auto_capture"), desk.autoCapture);
        ini.sync(); // written to a temporary file and renamed over: never half a file
        if (ini.status() != QSettings::NoError)
            return Failure { QStringLiteral("settings.write"), [] {
                                return SettingsTr::tr(
                                    "The settings file could not be written, so nothing changed. Call the technician.");
                            } };
    }
    qCInfo(lcSettings) << "desk settings changed by operator" << by.id;
    return audit.append(
        { QStringLiteral("settings.change"), QStringLiteral("ok"), by.id, {}, fingerprintDetail(dataDir) });
}

Status auditSettingsChange(AuditLog &audit, const QString &dataDir)
{
    const QString detail = fingerprintDetail(dataDir);
    const Result<QString> last = audit.lastDetail(QStringLiteral("settings.change"));
    if (!last)
        return last.failure();
    if (last.value() == detail)
        return Done {};
    return audit.append({ QStringLiteral("settings.change"), QStringLiteral("ok"), {}, {}, detail });
}

} // namespace RegPoint::Kiosk
