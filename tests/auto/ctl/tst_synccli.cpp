#include "attackertools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint::Tests;

namespace {
ProgramRun ctl(const QStringList &arguments)
{
    return runProgram(QStringLiteral(REGPOINTCTL_BIN), arguments);
}
ProgramRun intake(const QStringList &arguments)
{
    return runProgram(QStringLiteral(INTAKE_BIN), arguments);
}
} // namespace

// regpointctl's sync commands as a technician uses them on a demo point, with regpoint-intake set
// up the way scripts/run-kiosk does: status, a run with no server set and with the server away,
// a run that delivers, a USB export that verifies and a tampered one that does not.
class tst_SyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusCountsWhatWaits();
    void withoutAServerNothingIsLost();
    void deliversToTheLocalIntake();
    void killedMidBatchLosesNothing();
    void exportVerifiesAndTamperingShows();
    void supervisorDecidesAtDayEnd();
    void selfTestAsksTheIntake();

private:
    // regpoint-intake for the demo province of this data folder, as scripts/run-kiosk starts it;
    // returns its https:// address, empty if it did not start.
    QString startIntake(QProcess &server);
    QString dir() const { return m_data->path(); }
    QJsonObject status()
    {
        return ctl({ QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--data-dir"), dir(),
                       QStringLiteral("--json") })
            .json();
    }
    std::unique_ptr<QTemporaryDir> m_data;
};

void tst_SyncCli::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const ProgramRun day = ctl({ QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("5"),
        QStringLiteral("--data-dir"), dir(), QStringLiteral("--json") });
    QVERIFY2(day.exitCode == 0, qPrintable(day.errors()));
}

void tst_SyncCli::statusCountsWhatWaits()
{
    const QJsonObject s = status();
    QCOMPARE(s.value(u"unsent").toInt(), 5);
    QCOMPARE(s.value(u"by_state").toObject().value(u"sealed").toInt(), 5);
    QCOMPARE(s.value(u"pending_decisions").toInt(), 5);
    QVERIFY(s.value(u"last_error").isNull());
}

void tst_SyncCli::withoutAServerNothingIsLost()
{
    const ProgramRun unset
        = ctl({ QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--data-dir"), dir() });
    QCOMPARE(unset.exitCode, 1);
    QVERIFY2(unset.errors().contains(QStringLiteral("kiosk.ini")), qPrintable(unset.errors()));

    // A server address where nobody listens: the run stops, to be retried; records wait.
    const ProgramRun away = ctl({ QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--data-dir"), dir(),
        QStringLiteral("--intake"), QStringLiteral("https://127.0.0.1:9"), QStringLiteral("--json") });
    QCOMPARE(away.exitCode, 1);
    QCOMPARE(away.json().value(u"stopped_by").toString(), QStringLiteral("sync.unreachable"));
    QCOMPARE(away.json().value(u"retry_later").toBool(), true);
    const QJsonObject s = status();
    QCOMPARE(s.value(u"unsent").toInt(), 5);
    QCOMPARE(s.value(u"last_error").toString(), QStringLiteral("sync.unreachable"));
}

void tst_SyncCli::selfTestAsksTheIntake()
{
    auto intakeLine = [this](const QString &url) {
        const ProgramRun run
            = ctl({ QStringLiteral("selftest"), QStringLiteral("--data-dir"), dir(), QStringLiteral("--reader-port"),
                QStringLiteral("/dev/null-reader"), QStringLiteral("--intake"), url, QStringLiteral("--json") });
        for (const QJsonValue line : run.json().value(u"checks").toArray())
            if (line[u"item"].toString() == u"intake")
                return line.toObject();
        return QJsonObject {};
    };
    // Nobody listens: said, with the protocol's code.
    const QJsonObject away = intakeLine(QStringLiteral("https://127.0.0.1:9"));
    QCOMPARE(away.value(u"verdict").toString(), u"fail");
    QCOMPARE(away.value(u"code").toString(), u"sync.unreachable");
    // The province's server answers its health request over the point's own certificate.
    QProcess server;
    const QString url = startIntake(server);
    QVERIFY(!url.isEmpty());
    const QJsonObject there = intakeLine(url);
    server.terminate();
    server.waitForFinished();
    QCOMPARE(there.value(u"verdict").toString(), u"pass");
    QCOMPARE(there.value(u"code").toString(), u"intake.reachable");
}

QString tst_SyncCli::startIntake(QProcess &server)
{
    const QString province = QDir(dir()).filePath(QStringLiteral("demo-province"));
    const QString folder = QDir(province).filePath(QStringLiteral("intake"));
    if (intake({ QStringLiteral("init"), QStringLiteral("--dir"), folder, QStringLiteral("--ca-cert"),
                   province + QStringLiteral("/ca.pem"), QStringLiteral("--ca-key"),
                   province + QStringLiteral("/ca.key"), QStringLiteral("--host"), QStringLiteral("127.0.0.1") })
            .exitCode
        != 0)
        return {};
    if (intake({ QStringLiteral("enrol"), QStringLiteral("--dir"), folder,
                   QDir(dir()).filePath(QStringLiteral("keys/machine.crt")) })
            .exitCode
        != 0)
        return {};
    server.start(QStringLiteral(INTAKE_BIN),
        { QStringLiteral("serve"), QStringLiteral("--dir"), folder, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") });
    if (!server.waitForReadyRead(30000))
        return {};
    const QByteArray line = server.readLine().trimmed();
    if (!line.startsWith("listening on 127.0.0.1:"))
        return {};
    return QStringLiteral("https://") + QString::fromLatin1(line.mid(int(strlen("listening on "))));
}

void tst_SyncCli::deliversToTheLocalIntake()
{
    QProcess server;
    const QString url = startIntake(server);
    QVERIFY(!url.isEmpty());
    const ProgramRun run = ctl({ QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--data-dir"), dir(),
        QStringLiteral("--intake"), url, QStringLiteral("--json") });
    server.terminate();
    server.waitForFinished();
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors()));
    QCOMPARE(run.json().value(u"uploaded").toInt(), 5);
    const QJsonObject s = status();
    QCOMPARE(s.value(u"unsent").toInt(), 0);
    QCOMPARE(s.value(u"by_state").toObject().value(u"accepted").toInt(), 5);
    // The run brought the province's settings and a block of 报名流水号: the five took theirs.
    QVERIFY(s.value(u"config_version").toInt() >= 1);
    QCOMPARE(s.value(u"serials_left").toInt(), 500 - 5);
    QVERIFY(s.value(u"hold").isNull());
    QCOMPARE(s.value(u"regions_table").toString(), u"not-named"); // the intake's default names none
}

void tst_SyncCli::killedMidBatchLosesNothing()
{
    // The sending program dies (power cut, OOM killer) in the middle of a batch.
    QVERIFY(ctl({ QStringLiteral("demo-day"), QStringLiteral("--records"), QStringLiteral("80"),
                    QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--data-dir"), dir() })
                .exitCode
        == 0);
    QProcess server;
    const QString url = startIntake(server);
    QVERIFY(!url.isEmpty());
    QProcess sender;
    sender.start(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--data-dir"), dir(),
            QStringLiteral("--intake"), url });
    QByteArray progress;
    while (!progress.contains("sent 20 of") && sender.state() != QProcess::NotRunning) {
        sender.waitForReadyRead(10000);
        progress += sender.readAllStandardError();
    }
    QVERIFY2(progress.contains("sent 20 of"), progress.constData());
    sender.kill();
    sender.waitForFinished();

    // Started again: every record reaches the province exactly once, and is accepted here.
    const ProgramRun again = ctl({ QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--data-dir"), dir(),
        QStringLiteral("--intake"), url, QStringLiteral("--json") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.errors()));
    QVERIFY(again.json().value(u"uploaded").toInt() < 85);
    const QJsonObject s = status();
    QCOMPARE(s.value(u"unsent").toInt(), 0);
    QCOMPARE(s.value(u"by_state").toObject().value(u"accepted").toInt(), 85);
    server.terminate();
    server.waitForFinished();
    const QString folder = QDir(dir()).filePath(QStringLiteral("demo-province/intake"));
    const QJsonObject held
        = intake({ QStringLiteral("status"), QStringLiteral("--dir"), folder, QStringLiteral("--json") }).json();
    QCOMPARE(held.value(u"states").toObject().value(u"accepted").toInt(), 85);
}

void tst_SyncCli::exportVerifiesAndTamperingShows()
{
    QTemporaryDir drive;
    const ProgramRun exported = ctl(
        { QStringLiteral("export"), drive.path(), QStringLiteral("--data-dir"), dir(), QStringLiteral("--json") });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.errors()));
    const QString file = exported.json().value(u"file").toString();
    QCOMPARE(exported.json().value(u"records").toInt(), 5);
    QCOMPARE(exported.json().value(u"verified").toBool(), true);

    const ProgramRun verified
        = ctl({ QStringLiteral("verify-batch"), file, QStringLiteral("--data-dir"), dir(), QStringLiteral("--json") });
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(verified.json().value(u"records").toInt(), 5);
    QCOMPARE(verified.json().value(u"point").toString(), QStringLiteral("430102-99"));

    // One byte of one envelope changed on the stick.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf(R"("envelope":")") + 40;
    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const ProgramRun tampered
        = ctl({ QStringLiteral("verify-batch"), file, QStringLiteral("--data-dir"), dir(), QStringLiteral("--json") });
    QCOMPARE(tampered.exitCode, 1);
    QCOMPARE(tampered.json().value(u"ok").toBool(), false);
    QCOMPARE(tampered.json().value(u"code").toString(), QStringLiteral("usb.signature"));
}

void tst_SyncCli::supervisorDecidesAtDayEnd()
{
    const auto list = [&] {
        return ctl({ QStringLiteral("day-end"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir(),
                       QStringLiteral("--json") })
            .json()
            .value(u"pending")
            .toArray();
    };
    const QJsonArray pending = list();
    QCOMPARE(pending.size(), 5);
    for (const auto &entry : pending)
        QVERIFY(entry.toObject().value(u"id_number").toString().contains(u"**********")); // masked
    const auto decide = [&](const QString &who, const QByteArray &password, const QStringList &what) {
        return runProgram(QStringLiteral(REGPOINTCTL_BIN),
            QStringList { QStringLiteral("day-end"), QStringLiteral("decide"), QStringLiteral("--data-dir"), dir(),
                QStringLiteral("--supervisor"), who, QStringLiteral("--password-stdin"), QStringLiteral("--json") }
                + what,
            password + '\n');
    };
    const QString first = pending.at(0).toObject().value(u"short_id").toString();

    // A clerk may not decide, nor a wrong password; a rejection needs its reason.
    QCOMPARE(decide(QStringLiteral("demo.clerk"), "demo-clerk-2026", { QStringLiteral("--approve-all") }).exitCode, 1);
    QCOMPARE(decide(QStringLiteral("demo.supervisor"), "guess", { QStringLiteral("--approve-all") }).exitCode, 1);
    QCOMPARE(decide(QStringLiteral("demo.supervisor"), "demo-supervisor-2026", { QStringLiteral("--reject"), first })
                 .exitCode,
        2);
    QCOMPARE(list().size(), 5);

    // One rejected with its reason, the rest approved: nothing left to decide.
    const ProgramRun rejected = decide(QStringLiteral("demo.supervisor"), "demo-supervisor-2026",
        { QStringLiteral("--reject"), first, QStringLiteral("--reason"), QStringLiteral("户籍材料不全") });
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.errors()));
    QCOMPARE(rejected.json().value(u"rejected").toInt(), 1);
    const ProgramRun rest
        = decide(QStringLiteral("demo.supervisor"), "demo-supervisor-2026", { QStringLiteral("--approve-all") });
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.errors()));
    QCOMPARE(rest.json().value(u"approved").toInt(), 4);
    QCOMPARE(list().size(), 0);
    QCOMPARE(status().value(u"pending_decisions").toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_synccli.moc"
