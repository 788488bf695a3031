#include "audit/auditlog.h"
#include "operators/operatorservice.h"
#include "settings/kiosksettings.h"
#include "tempworkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// kiosk.ini: the defaults a point starts with, and what a technician may change by hand.
class tst_KioskSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndOverrides();
    void rejectsNonsense();
    void theAdministratorChangesTheDeskSettings();
};

void tst_KioskSettings::defaultsAndOverrides()
{
    QTemporaryDir dir;
    const KioskSettings defaults = KioskSettings::load(dir.path());
    QCOMPARE(defaults.photo.attemptsBeforeOverride, 3);
    QVERIFY(defaults.photo.autoCapture);
    QCOMPARE(defaults.photoProfile, QStringLiteral("hunan-2023"));
    QFile ini(KioskSettings::path(dir.path()));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[photo]\nattempts_before_override=5\nauto_capture=false\n");
    ini.close();
    QStringList problems;
    const KioskSettings tuned = KioskSettings::load(dir.path(), &problems);
    QCOMPARE(tuned.photo.attemptsBeforeOverride, 5);
    QVERIFY(!tuned.photo.autoCapture);
    QVERIFY(problems.isEmpty());
}

void tst_KioskSettings::rejectsNonsense()
{
    QTemporaryDir dir;
    QFile ini(KioskSettings::path(dir.path()));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[photo]\nattempts_before_override=0\nauto_capture=maybe\n");
    ini.close();
    QStringList problems;
    const KioskSettings settings = KioskSettings::load(dir.path(), &problems);
    QCOMPARE(settings.photo.attemptsBeforeOverride, 3);
    QVERIFY(settings.photo.autoCapture);
    QCOMPARE(problems.size(), 2);
}

QTEST_GUILESS_MAIN(tst_KioskSettings)
#include "tst_kiosksettings.moc"

// At the desk only the administrator changes the desk's settings; the technician's keys stay as
// they were, a value out of range changes nothing, and the change is audited under their name, so
// the next start does not take it for a hand edit while a later hand edit is still caught.
void tst_KioskSettings::theAdministratorChangesTheDeskSettings()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    QFile ini(KioskSettings::path(ws.dataDir()));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[printer]\nqueue=desk-laser\n");
    ini.close();
    QVERIFY(auditSettingsChange(ws->audit(), ws.dataDir()));
    const Operator admin = ws->operators()
                               .create({ QStringLiteral("chief"), QStringLiteral("Chief"), Role::Admin,
                                   QStringLiteral("admin-2026-ok"), QStringLiteral("admin-2026-ok") })
                               .value();
    const Operator supervisor = ws->operators().createBy(admin, testSupervisor()).value();
    const DeskSettings wanted { std::chrono::seconds(300), 5, false };

    QCOMPARE(saveDeskSettings(ws.dataDir(), wanted, supervisor, ws->audit()).failure().code,
        QStringLiteral("settings.not-allowed"));
    QCOMPARE(saveDeskSettings(ws.dataDir(), { std::chrono::seconds(5), 5, false }, admin, ws->audit()).failure().code,
        QStringLiteral("settings.idle-lock"));
    QCOMPARE(saveDeskSettings(ws.dataDir(), { std::chrono::seconds(300), 0, false }, admin, ws->audit()).failure().code,
        QStringLiteral("settings.attempts"));
    QCOMPARE(KioskSettings::load(ws.dataDir()).idleLock, std::chrono::seconds(120));

    QVERIFY(saveDeskSettings(ws.dataDir(), wanted, admin, ws->audit()));
    const KioskSettings saved = KioskSettings::load(ws.dataDir());
    QCOMPARE(saved.idleLock, std::chrono::seconds(300));
    QCOMPARE(saved.photo.attemptsBeforeOverride, 5);
    QVERIFY(!saved.photo.autoCapture);
    QCOMPARE(saved.printerQueue, QStringLiteral("desk-laser"));

    const auto settingsChanges = [&] {
        QList<std::optional<qint64>> by;
        for (const AuditEvent &event : ws->audit().events().value())
            if (event.action == u"settings.change")
                by.append(event.operatorId);
        return by;
    };
    QCOMPARE(settingsChanges(), (QList<std::optional<qint64>> { std::nullopt, admin.id }));
    QVERIFY(auditSettingsChange(ws->audit(), ws.dataDir())); // the next start: nothing new
    QCOMPARE(settingsChanges().size(), 2);
    QVERIFY(ini.open(QIODevice::Append));
    ini.write("[session]\nidle_lock_seconds=3600\n");
    ini.close();
    QVERIFY(auditSettingsChange(ws->audit(), ws.dataDir())); // a hand edit since: caught
    QCOMPARE(settingsChanges().size(), 3);
}
