#include "attackertools.h"
#include "simulatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint::Tests;
using namespace Qt::StringLiterals;

namespace {

ProgramRun selfTest(const QString &dataDir, const QString &readerPort)
{
    return runProgram(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("selftest"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--reader-port"),
            readerPort, QStringLiteral("--json") });
}

QJsonObject line(const ProgramRun &run, const QString &item)
{
    for (const QJsonValue l : run.json().value(u"checks").toArray())
        if (l[u"item"].toString() == item)
            return l.toObject();
    return {};
}

} // namespace

// regpointctl selftest as the technician runs it on a point: a line for every part, the exit
// status a script can trust, and a clear line, not a crash, for a store that is not one.
class tst_SelfTestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWorkingPointPassesItsParts();
    void exitStatusFollowsTheLines();
    void aStoreOfZeroesFailsClearly();
    void noStoreFailsClearly();
};

void tst_SelfTestCli::aWorkingPointPassesItsParts()
{
    QTemporaryDir data;
    const ProgramRun day = runProgram(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("2"), QStringLiteral("--data-dir"),
            data.path() });
    QVERIFY2(day.exitCode == 0, qPrintable(day.errors()));
    SimulatorProcess reader(QStringLiteral(IDCARD_SIM_BIN), {});
    QVERIFY(!reader.port().isEmpty());
    const ProgramRun run = selfTest(data.path(), reader.port());
    const QJsonObject versions = run.json().value(u"versions").toObject();
    QVERIFY(!versions.value(u"regpoint").toString().isEmpty());
    QVERIFY(versions.value(u"openssl").toString().startsWith(u"OpenSSL 3"));
    QCOMPARE(line(run, u"reader"_s).value(u"verdict").toString(), u"pass");
    QCOMPARE(line(run, u"schema"_s).value(u"code").toString(), u"schema.current");
    QCOMPARE(line(run, u"keys"_s).value(u"verdict").toString(), u"pass"); // demo-day provisions the point
    QCOMPARE(line(run, u"audit_log"_s).value(u"verdict").toString(), u"pass");
    QCOMPARE(line(run, u"unsent"_s).value(u"verdict").toString(), u"pass");
    // No printer is set up in a test folder: said, with what to do.
    QCOMPARE(line(run, u"printer"_s).value(u"code").toString(), u"printer.missing");
    for (const char *item : { "camera", "disk", "clock", "config", "intake" })
        QVERIFY2(!line(run, QString::fromLatin1(item)).isEmpty(), item);
}

void tst_SelfTestCli::exitStatusFollowsTheLines()
{
    QTemporaryDir data;
    QVERIFY(runProgram(QStringLiteral(REGPOINTCTL_BIN),
                { QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("1"),
                    QStringLiteral("--data-dir"), data.path() })
                .exitCode
        == 0);
    // The reader unplugged: its line fails, and so does the whole run, for a script to see.
    const ProgramRun run = selfTest(data.path(), QStringLiteral("/dev/null-reader"));
    QCOMPARE(line(run, u"reader"_s).value(u"verdict").toString(), u"fail");
    QVERIFY(line(run, u"reader"_s).value(u"detail").toString().contains(u"/dev/null-reader"));
    QCOMPARE(run.json().value(u"ok").toBool(), false);
    QCOMPARE(run.exitCode, 1);
}

void tst_SelfTestCli::aStoreOfZeroesFailsClearly()
{
    QTemporaryDir data;
    QFile db(QDir(data.path()).filePath(QStringLiteral("regpoint.db")));
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(qsizetype(64) * 1024, '\0')); // what /dev/zero leaves behind
    db.close();
    const ProgramRun run = selfTest(data.path(), QStringLiteral("/dev/null-reader"));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject store = line(run, u"store"_s);
    QCOMPARE(store.value(u"verdict").toString(), u"fail");
    QVERIFY2(!store.value(u"detail").toString().isEmpty(), run.out.constData());
    // The devices are still asked: the technician learns everything in one run.
    QCOMPARE(line(run, u"reader"_s).value(u"verdict").toString(), u"fail");
    QVERIFY(!line(run, u"camera"_s).isEmpty());
}

void tst_SelfTestCli::noStoreFailsClearly()
{
    QTemporaryDir data;
    const QString missing = QDir(data.path()).filePath(QStringLiteral("not-a-point"));
    const ProgramRun run = selfTest(missing, QStringLiteral("/dev/null-reader"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(line(run, u"store"_s).value(u"verdict").toString(), u"fail");
    QVERIFY(!QFileInfo::exists(missing)); // a self-test creates nothing
}

QTEST_GUILESS_MAIN(tst_SelfTestCli)
#include "tst_selftestcli.moc"
