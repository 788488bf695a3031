#include "settings/kiosksettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

// kiosk.ini: the defaults a point starts with, and what a technician may change by hand.
class tst_KioskSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndOverrides();
    void rejectsNonsense();
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
