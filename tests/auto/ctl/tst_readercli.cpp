#include "simulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// regpoint-idcard-sim in its own process, as a technician would start it.
class Simulator : public RegPoint::Tests::SimulatorProcess
{
public:
    explicit Simulator(const QStringList &args)
        : SimulatorProcess(QStringLiteral(IDCARD_SIM_BIN), args)
    { }
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ctl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(REGPOINTCTL_BIN), args);
    process.waitForFinished(60000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

// regpointctl reader probe|read against the reader simulator on a real pty.
class tst_ReaderCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeFindsTheReader();
    void readPrintsTheCard_data();
    void readPrintsTheCard();
    void failureKindsHaveTheirExitCodes_data();
    void failureKindsHaveTheirExitCodes();
};

void tst_ReaderCli::probeFindsTheReader()
{
    Simulator sim({});
    QVERIFY(!sim.port().isEmpty());
    const Run run = ctl({ QStringLiteral("reader"), QStringLiteral("probe"), QStringLiteral("--port"), sim.port(),
        QStringLiteral("--port"), QStringLiteral("/dev/null-reader"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray ports = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports.at(0)[QStringLiteral("answered")].toBool(), true);
    QCOMPARE(ports.at(0)[QStringLiteral("baud")].toInt(), 115200);
    QCOMPARE(ports.at(0)[QStringLiteral("sam_id")].toString(), QStringLiteral("05.01-20231120-0000430102-0000000042"));
    QCOMPARE(ports.at(1)[QStringLiteral("answered")].toBool(), false);
    QVERIFY(!ports.at(1)[QStringLiteral("detail")].toString().isEmpty());
}

void tst_ReaderCli::readPrintsTheCard_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<QJsonObject>("expected"); // keys that must hold these values
    QTest::newRow("resident") << 0
                              << QJsonObject { { QStringLiteral("card_type"), QStringLiteral("resident") },
                                     { QStringLiteral("name"), QStringLiteral("刘子涵") },
                                     { QStringLiteral("gender"), QStringLiteral("女") },
                                     { QStringLiteral("nation"), QStringLiteral("汉") },
                                     { QStringLiteral("birth_date"), QStringLiteral("2008-03-12") },
                                     { QStringLiteral("id_number"), QStringLiteral("430102200803120028") },
                                     { QStringLiteral("valid_to"), QStringLiteral("2027-05-01") },
                                     { QStringLiteral("name_en"), QJsonValue() },
                                     { QStringLiteral("pass_number"), QJsonValue() } };
    QTest::newRow("resident with added address")
        << 1
        << QJsonObject { { QStringLiteral("nation"), QStringLiteral("土家") },
               { QStringLiteral("address"), QStringLiteral("湖南省吉首市乾州街道人民北路88号") } };
    QTest::newRow("HK/Macao/Taiwan permit")
        << 2
        << QJsonObject { { QStringLiteral("card_type"), QStringLiteral("hk_mo_tw") },
               { QStringLiteral("nation"), QJsonValue() },
               { QStringLiteral("pass_number"), QStringLiteral("H12345678") },
               { QStringLiteral("issue_count"), QStringLiteral("01") } };
    QTest::newRow("foreigner 2017") << 3
                                    << QJsonObject { { QStringLiteral("card_type"), QStringLiteral("foreign_2017") },
                                           { QStringLiteral("name_en"), QStringLiteral("MARTIN, ANNA MARIE") },
                                           { QStringLiteral("nationality"), QStringLiteral("FRA") } };
    QTest::newRow("foreigner 2023") << 4
                                    << QJsonObject { { QStringLiteral("card_type"), QStringLiteral("foreign_2023") },
                                           { QStringLiteral("id_number"), QStringLiteral("911560200601010016") },
                                           { QStringLiteral("nationality"), QStringLiteral("156") } };
}

void tst_ReaderCli::readPrintsTheCard()
{
    QFETCH(int, card);
    QFETCH(QJsonObject, expected);
    Simulator sim(
        { QStringLiteral("--place"), QString::number(card), QStringLiteral("--chunks"), QStringLiteral("--garbage") });
    const Run run = ctl({ QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"), sim.port(),
        QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("5000") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QStringList keys { QStringLiteral("card_type"), QStringLiteral("name"), QStringLiteral("name_en"),
        QStringLiteral("gender"), QStringLiteral("nation"), QStringLiteral("birth_date"), QStringLiteral("address"),
        QStringLiteral("id_number"), QStringLiteral("authority"), QStringLiteral("valid_from"),
        QStringLiteral("valid_to"), QStringLiteral("pass_number"), QStringLiteral("issue_count"),
        QStringLiteral("nationality"), QStringLiteral("sam_id"), QStringLiteral("photo_decoded"),
        QStringLiteral("checks") };
    for (const QString &key : keys)
        QVERIFY2(json.contains(key), qPrintable(key));
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(json.value(it.key()), it.value());
    QCOMPARE(json.value(QStringLiteral("photo_decoded")).toBool(), false);
    QVERIFY(!json.value(QStringLiteral("checks")).toArray().isEmpty());
    for (const QJsonValue check : json.value(QStringLiteral("checks")).toArray()) {
        QVERIFY(check.toObject().contains(QStringLiteral("id")));
        QVERIFY(check.toObject().contains(QStringLiteral("ok")));
        QVERIFY(!check[QStringLiteral("message")].toString().isEmpty());
    }
}

void tst_ReaderCli::failureKindsHaveTheirExitCodes_data()
{
    QTest::addColumn<QStringList>("simArgs");
    QTest::addColumn<bool>("realPort");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no reader") << QStringList {} << false << 3;
    QTest::newRow("silent reader") << QStringList { QStringLiteral("--silent") } << true << 3;
    QTest::newRow("no card before timeout") << QStringList {} << true << 4;
    QTest::newRow("unprovisioned SAM") << QStringList { QStringLiteral("--unprovisioned") } << true << 5;
    QTest::newRow("card keeps failing") << QStringList { QStringLiteral("--place"), QStringLiteral("0"),
        QStringLiteral("--fail-reads"), QStringLiteral("9") }
                                        << true << 6;
}

void tst_ReaderCli::failureKindsHaveTheirExitCodes()
{
    QFETCH(QStringList, simArgs);
    QFETCH(bool, realPort);
    QFETCH(int, exitCode);
    Simulator sim(simArgs);
    QVERIFY(!sim.port().isEmpty());
    const QString port = realPort ? sim.port() : QStringLiteral("/dev/no-such-reader");
    const Run run = ctl({ QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"), port,
        QStringLiteral("--timeout-ms"), QStringLiteral("1500") });
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    // One clear line that names the problem (log lines aside).
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QByteArray &l) { return !l.startsWith("regpoint."); }));
}

QTEST_GUILESS_MAIN(tst_ReaderCli)
#include "tst_readercli.moc"
