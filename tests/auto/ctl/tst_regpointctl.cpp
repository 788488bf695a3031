#include "audit/dayopening.h"
#include "certificates.h"
#include "ctlprocess.h"
#include "records/recordregistrar.h"
#include "storage/database.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "audit/auditlog.h"
#include "certificateauthority.h"
#include "clock.h"
#include "operators/operatorservice.h"
#include "workspace/workspace.h"
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

using Run = RegPoint::Tests::CtlRun;
using RegPoint::Tests::ctl;

} // namespace

// regpointctl as a technician runs it: a real process over a real data directory.
class tst_RegpointCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpEverywhere_data();
    void helpEverywhere();
    void usageErrors_data();
    void usageErrors();
    void operatorAddAndList();
    void recordsListIsMasked();
    void dbCheckHealthy();
    void dbCheckDamaged();
    void dbCheckNewerSchema();
    void missingDatabaseIsAClearError();
    void chineseMessagesUnderChineseLocale();
    void photoCheckBatch();
    void provisionTwoSteps();
    void provisionFromTheDrive();
    void dayListReadsTheReasonBack();
    void passwordResetIsApprovedAndAudited();
};

void tst_RegpointCtl::helpEverywhere_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("top level") << QStringList { QStringLiteral("--help") };
    for (const char *command : { "operator add", "operator list", "records list", "db check" })
        QTest::newRow(command) << (QString::fromLatin1(command).split(u' ') << QStringLiteral("--help"));
}

void tst_RegpointCtl::helpEverywhere()
{
    QFETCH(QStringList, args);
    const Run run = ctl(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage") || run.out.contains("--data-dir"));
    // Every command's name stands apart from its summary, the longest one too.
    if (args == QStringList { QStringLiteral("--help") })
        QVERIFY2(run.out.contains("operator reset-password  Reset"), run.out.constData());
}

void tst_RegpointCtl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("reactor"), QStringLiteral("start") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("records"), QStringLiteral("list"),
        QStringLiteral("--colour") };
    QTest::newRow("bad limit") << QStringList { QStringLiteral("records"), QStringLiteral("list"),
        QStringLiteral("--limit"), QStringLiteral("x") };
    QTest::newRow("provision without the CA")
        << QStringList { QStringLiteral("provision"), QStringLiteral("--point-code"), QStringLiteral("430102-01") };
    QTest::newRow("bad role") << QStringList { QStringLiteral("operator"), QStringLiteral("add"),
        QStringLiteral("--username"), QStringLiteral("abc"), QStringLiteral("--name"), QStringLiteral("A"),
        QStringLiteral("--role"), QStringLiteral("king"), QStringLiteral("--password-stdin") };
}

void tst_RegpointCtl::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = ctl(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void tst_RegpointCtl::operatorAddAndList()
{
    QTemporaryDir dir;
    const QStringList add { QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--data-dir"), dir.path(),
        QStringLiteral("--username"), QStringLiteral("wang.li"), QStringLiteral("--name"), QStringLiteral("王丽"),
        QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--password-stdin"),
        QStringLiteral("--json") };
    Run run = ctl(add, "desk-2026-ok\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));

    run = ctl(add, "desk-2026-ok\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("wang.li"));

    QStringList weak = add;
    weak[5] = QStringLiteral("li.ming");
    run = ctl(weak, "short\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("8"));

    run = ctl({ QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path(),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray operators = run.json().array();
    QCOMPARE(operators.size(), 1);
    QCOMPARE(operators.at(0)[QStringLiteral("username")].toString(), QStringLiteral("wang.li"));
    QCOMPARE(operators.at(0)[QStringLiteral("display_name")].toString(), QStringLiteral("王丽"));
    QVERIFY(!run.out.contains("desk-2026-ok"));
    QVERIFY(!run.out.contains("scrypt"));

    // Files of personal data are private to the service user, not only their folder.
    for (const QString &file : QDir(dir.path()).entryList({ QStringLiteral("regpoint.db*") }, QDir::Files))
        QCOMPARE(QFile::permissions(dir.filePath(file)) & 0x0077, QFile::Permissions());

    // The account works: the kiosk's own login accepts it.
    FakeClock clock;
    auto ws = Workspace::open(dir.path(), clock);
    QVERIFY(ws);
    QVERIFY(ws.value()->operators().authenticate(QStringLiteral("wang.li"), QStringLiteral("desk-2026-ok")));
}

void tst_RegpointCtl::recordsListIsMasked()
{
    TempWorkspace ws;
    const qint64 op = ws->operators().create(testSupervisor())->id;
    QVERIFY(ws->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, op));
    QVERIFY(
        ws->registrar().registerIdentity(testIdentity(QStringLiteral("433124200706150023")), EntryMethod::Manual, op));
    const Run run = ctl({ QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--data-dir"), ws.dataDir(),
        QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray records = run.json().array();
    QCOMPARE(records.size(), 2);
    for (const QJsonValue record : records) {
        QCOMPARE(record[QStringLiteral("state")].toString(), QStringLiteral("draft"));
        QCOMPARE(record[QStringLiteral("entry_method")].toString(), QStringLiteral("manual"));
        QCOMPARE(record[QStringLiteral("name_masked")].toString(), QStringLiteral("李*轩"));
    }
    QVERIFY(!run.out.contains(testIdentity().idNumber.toLatin1()));
    QVERIFY(!run.out.contains(testIdentity().name.toUtf8()));
    QVERIFY(run.out.contains("4301**********001X"));

    const Run text = ctl({ QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--data-dir"),
        ws.dataDir(), QStringLiteral("--limit"), QStringLiteral("1") });
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count('\n'), 1);
}

void tst_RegpointCtl::dbCheckHealthy()
{
    TempWorkspace ws;
    const qint64 op = ws->operators().create(testSupervisor())->id;
    QVERIFY(ws->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, op));
    const Run run = ctl({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), ws.dataDir(),
        QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject report = run.json().object();
    QCOMPARE(report[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(report[QStringLiteral("integrity")].toString(), QStringLiteral("ok"));
    QCOMPARE(report[QStringLiteral("records")].toInt(), 1);
    QCOMPARE(report[QStringLiteral("operators")].toInt(), 1);
    QCOMPARE(report[QStringLiteral("schema_version")].toInt(), Database::latestSchemaVersion());
    QCOMPARE(report[QStringLiteral("key_file_private")].toBool(), true);
}

void tst_RegpointCtl::dbCheckDamaged()
{
    QTemporaryDir dir;
    QFile db(Workspace::databasePath(dir.path()));
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write("garbage that is no database at all");
    db.close();
    const Run run = ctl({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path(),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().object()[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(run.json().object()[QStringLiteral("error_code")].toString(), QStringLiteral("store.damaged"));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), QByteArray("garbage that is no database at all")); // untouched
}

void tst_RegpointCtl::dbCheckNewerSchema()
{
    TempWorkspace ws;
    QVERIFY(ws->operators().create(testSupervisor()));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(Workspace::databasePath(ws.dataDir()));
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run run = ctl({ QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), ws.dataDir(),
        QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().object()[QStringLiteral("error_code")].toString(), QStringLiteral("store.newer-schema"));
}

void tst_RegpointCtl::missingDatabaseIsAClearError()
{
    QTemporaryDir dir;
    const Run run = ctl({ QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--data-dir"),
        dir.filePath(QStringLiteral("nowhere")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no database"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere")))); // a read command creates nothing
}

void tst_RegpointCtl::chineseMessagesUnderChineseLocale()
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("records"), QStringLiteral("list"), QStringLiteral("--data-dir"),
            dir.filePath(QStringLiteral("x")) });
    QVERIFY(process.waitForFinished());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("没有数据库")), qPrintable(err));
}

void tst_RegpointCtl::photoCheckBatch()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("not-a-photo.jpg"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is text");
    file.close();
    const QString base = QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg");
    const Run run = ctl({ QStringLiteral("photo"), QStringLiteral("check"), junk,
        dir.filePath(QStringLiteral("missing.jpg")), base, QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1); // not every file passes
    const QJsonArray results = run.json().array();
    QCOMPARE(results.size(), 3); // the batch goes on past the bad files
    for (const QJsonValue r : results) {
        QVERIFY(r.toObject().contains(QStringLiteral("file")));
        QCOMPARE(r[QStringLiteral("ok")].toBool(), false);
        const QJsonObject first = r[QStringLiteral("checks")].toArray().first().toObject();
        QCOMPARE(first[QStringLiteral("id")].toString(), QStringLiteral("format"));
        for (const char *key : { "ok", "severity", "value", "expected", "message" })
            QVERIFY2(first.contains(QString::fromLatin1(key)), key);
    }
    QCOMPARE(results.at(0)[QStringLiteral("checks")].toArray().first()[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(results.at(1)[QStringLiteral("checks")].toArray().size(), 1);
    QCOMPARE(results.at(2)[QStringLiteral("checks")].toArray().size(), 20);
    QCOMPARE(results.at(2)[QStringLiteral("checks")].toArray().first()[QStringLiteral("ok")].toBool(), true);
}

void tst_RegpointCtl::passwordResetIsApprovedAndAudited()
{
    QTemporaryDir dir;
    const QStringList common { QStringLiteral("--data-dir"), dir.path() };
    for (const auto &[user, role, password] :
        { std::tuple { "wang.li", "supervisor", "desk-2026-ok" }, std::tuple { "zhang.min", "clerk", "clerk-pass-1" } })
        QCOMPARE(ctl(QStringList { QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--username"),
                         QString::fromLatin1(user), QStringLiteral("--name"), QString::fromLatin1(user),
                         QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--password-stdin") }
                         + common,
                     QByteArray(password) + '\n')
                     .exitCode,
            0);
    const QStringList reset { QStringLiteral("operator"), QStringLiteral("reset-password"),
        QStringLiteral("--username"), QStringLiteral("wang.li"), QStringLiteral("--by"), QStringLiteral("zhang.min"),
        QStringLiteral("--password-stdin") };
    // A clerk cannot reset the supervisor's password.
    Run run = ctl(reset + common, "clerk-pass-1\ntaken-over-1\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QStringList bySupervisor = reset;
    bySupervisor[3] = QStringLiteral("zhang.min");
    bySupervisor[5] = QStringLiteral("wang.li");
    run = ctl(bySupervisor + common, "desk-2026-ok\nnew-clerk-pass\n");
    QCOMPARE(run.exitCode, 0);
    run = ctl(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + common);
    QCOMPARE(run.exitCode, 0);
    // The new password works, the old one does not, and the log says who reset whose.
    RegPoint::Kiosk::SystemClock clock;
    auto ws = RegPoint::Kiosk::Workspace::open(dir.path(), clock);
    QVERIFY(ws);
    QVERIFY(ws.value()->operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("new-clerk-pass")));
    QVERIFY(!ws.value()->operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QCOMPARE(ws.value()->audit().lastDetail(QStringLiteral("password.reset")).value(), QStringLiteral("operator=2"));
}

// The technician's two steps: key and CSR, then the certificate the province issued.
void tst_RegpointCtl::provisionTwoSteps()
{
    QTemporaryDir dir;
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const RegPoint::Exchange::CertificateAuthority ca
        = RegPoint::Exchange::CertificateAuthority::create(QStringLiteral("Test Province CA"));
    QVERIFY(write("ca.pem", ca.certificatePem()));
    QVERIFY(write("province.pem", RegPoint::Exchange::CertificateAuthority::rsaKeyPair(3072).publicPem));
    QVERIFY(write("weak.pem", RegPoint::Exchange::CertificateAuthority::rsaKeyPair(2048).publicPem));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList common { QStringLiteral("--data-dir"), data };

    Run run = ctl(QStringList { QStringLiteral("provision"), QStringLiteral("--json") } + common);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("state")].toString(), QStringLiteral("not_provisioned"));

    run = ctl(QStringList { QStringLiteral("provision"), QStringLiteral("--point-code"), QStringLiteral("430102-01"),
                  QStringLiteral("--province-key"), dir.filePath(QStringLiteral("weak.pem")), QStringLiteral("--ca"),
                  dir.filePath(QStringLiteral("ca.pem")) }
        + common);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("3072"), run.err.constData());

    run = ctl(QStringList { QStringLiteral("provision"), QStringLiteral("--point-code"), QStringLiteral("430102-01"),
                  QStringLiteral("--province-key"), dir.filePath(QStringLiteral("province.pem")),
                  QStringLiteral("--ca"), dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("--json") }
        + common);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("state")].toString(), QStringLiteral("awaiting_certificate"));
    const QByteArray csr = run.json()[QStringLiteral("csr")].toString().toLatin1();
    QVERIFY(csr.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    QVERIFY(!QFileInfo(data + QStringLiteral("/keys/machine.key")).permissions().testFlag(QFile::ReadOther));

    // A certificate from another CA is refused; the province's is installed.
    const RegPoint::Exchange::CertificateAuthority foreign
        = RegPoint::Exchange::CertificateAuthority::create(QStringLiteral("Foreign CA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(write("foreign.crt", foreign.issue(csr, now.addDays(-1), now.addYears(1))));
    QVERIFY(write("point.crt", ca.issue(csr, now.addDays(-1), now.addYears(1))));
    run = ctl(QStringList { QStringLiteral("provision"), QStringLiteral("--install-cert"),
                  dir.filePath(QStringLiteral("foreign.crt")) }
        + common);
    QCOMPARE(run.exitCode, 1);
    run = ctl(QStringList { QStringLiteral("provision"), QStringLiteral("--install-cert"),
                  dir.filePath(QStringLiteral("point.crt")), QStringLiteral("--json") }
        + common);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("state")].toString(), QStringLiteral("provisioned"));
    QCOMPARE(run.json()[QStringLiteral("point_code")].toString(), QStringLiteral("430102-01"));
}

// The same steps from the province's drive: no key before the fingerprint from the letter is
// given and matches, the request onto the drive, the certificate from it.
void tst_RegpointCtl::provisionFromTheDrive()
{
    QTemporaryDir dir;
    const QDir handover(dir.filePath(QStringLiteral("drive/regpoint")));
    QVERIFY(handover.mkpath(QStringLiteral(".")));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(handover.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const RegPoint::Exchange::CertificateAuthority ca
        = RegPoint::Exchange::CertificateAuthority::create(QStringLiteral("Test Province CA"));
    QVERIFY(write(QStringLiteral("ca.pem"), ca.certificatePem()));
    QVERIFY(
        write(QStringLiteral("province.pem"), RegPoint::Exchange::CertificateAuthority::rsaKeyPair(3072).publicPem));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList fromDrive { QStringLiteral("provision"), QStringLiteral("--data-dir"), data,
        QStringLiteral("--drive"), dir.filePath(QStringLiteral("drive")), QStringLiteral("--point-code"),
        QStringLiteral("430102-01") };
    const QString fingerprint = RegPoint::Exchange::certificateFingerprint(ca.certificatePem());

    Run run = ctl(fromDrive);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(fingerprint.left(4).toUpper().toLatin1()), run.err.constData());
    QVERIFY(!QFile::exists(data + QStringLiteral("/keys/machine.key")));
    QString wrong = fingerprint;
    wrong[10] = wrong[10] == u'0' ? u'1' : u'0';
    run = ctl(fromDrive + QStringList { QStringLiteral("--ca-fingerprint"), wrong });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(data + QStringLiteral("/keys/machine.key")));

    // As a letter may print it: in pairs with colons, in lower case.
    QString colons;
    for (qsizetype i = 0; i < fingerprint.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + fingerprint.mid(i, 2).toLower();
    run = ctl(fromDrive + QStringList { QStringLiteral("--ca-fingerprint"), colons });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile request(handover.filePath(QStringLiteral("430102-01.csr")));
    QVERIFY(request.open(QIODevice::ReadOnly));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(write(QStringLiteral("430102-01.crt"), ca.issue(request.readAll(), now.addDays(-1), now.addYears(1))));

    run = ctl(fromDrive);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ctl({ QStringLiteral("provision"), QStringLiteral("--data-dir"), data, QStringLiteral("--json") });
    QCOMPARE(run.json()[QStringLiteral("state")].toString(), QStringLiteral("provisioned"));
    QCOMPARE(run.json()[QStringLiteral("point_code")].toString(), QStringLiteral("430102-01"));
}

// A day opened despite a failed check is read back with who accepted it and why.
void tst_RegpointCtl::dayListReadsTheReasonBack()
{
    TempWorkspace ws;
    QVERIFY(ws.isValid());
    const Result<RegPoint::Kiosk::Operator> supervisor = ws->operators().create(testSupervisor());
    QVERIFY(supervisor);
    RegPoint::Kiosk::DayOpeningRequest request;
    request.openedBy = supervisor->id;
    request.failed = QStringList { QStringLiteral("printer.error") };
    request.approvedBy = supervisor->id;
    request.reason = QStringLiteral("打印机缺纸，已让后勤送纸");
    QVERIFY(ws->days().open(request));
    const QString dir = ws.dataDir();
    ws.close();

    Run run = ctl(
        { QStringLiteral("day"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray days = run.json()[QStringLiteral("days")].toArray();
    QCOMPARE(days.size(), 1);
    const QJsonObject day = days.at(0).toObject();
    QCOMPARE(day[QStringLiteral("approved_by")].toString(), testSupervisor().username);
    QCOMPARE(day[QStringLiteral("reason")].toString(), request.reason);
    QCOMPARE(day[QStringLiteral("failed")].toArray().at(0).toString(), QStringLiteral("printer.error"));
    run = ctl({ QStringLiteral("day"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(request.reason.toUtf8()), run.out.constData());
}

QTEST_GUILESS_MAIN(tst_RegpointCtl)
#include "tst_regpointctl.moc"
