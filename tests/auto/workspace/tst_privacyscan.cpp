#include "demo/demoday.h"
#include "privacyscan.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// After a demo day and a kiosk session on its data directory, no ID number, name or address of
// a candidate is in clear in the database, its WAL, the key folder, the logs or the temp folder.
class tst_PrivacyScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDayLeavesNothingInClear();
};

void tst_PrivacyScan::demoDayLeavesNothingInClear()
{
    QTemporaryDir data, temp;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), temp.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // the most talkative logs
    QList<QByteArray> logs;
    auto run = [&](const QString &program, const QStringList &args) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, args);
        const bool finished = process.waitForFinished(120000);
        logs << process.readAllStandardOutput() << process.readAllStandardError();
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    QVERIFY(run(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("40"), QStringLiteral("--seed"),
            QStringLiteral("11"), QStringLiteral("--data-dir"), data.path() }));
    // The kiosk opens the day's records for its home list, then closes (signing the audit head).
    QVERIFY(run(QStringLiteral(REGPOINT_BIN),
        { QStringLiteral("--simulate"), QStringLiteral("--exit-when-shown"), QStringLiteral("--data-dir"),
            data.path() }));
    QVERIFY(run(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"),
            data.path() }));
    QVERIFY(logs.at(4).contains("sealed")); // the list did run, masked

    QStringList needles;
    for (const CandidateIdentity &p : syntheticCandidates(40, 11))
        needles << p.idNumber << p.idNumber.left(14) << p.name << p.address;
    const QStringList found = findInClear({ data.path(), temp.path() }, needles, logs);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The scan itself can see: the same search finds an ID number where one is written.
    QVERIFY(!findInClear({}, needles, { needles.first().toUtf8() }).isEmpty());
    // A two-character name is still found in UTF-8, a three-character one in UTF-16 too.
    const QString shortName = QStringLiteral("杨乐"), longerName = QStringLiteral("欧阳乐");
    QVERIFY(!findInClear({}, { shortName }, { shortName.toUtf8() }).isEmpty());
    QVERIFY(!findInClear(
        {}, { longerName }, { QByteArray(reinterpret_cast<const char *>(longerName.utf16()), longerName.size() * 2) })
                 .isEmpty());
}

QTEST_GUILESS_MAIN(tst_PrivacyScan)
#include "tst_privacyscan.moc"
