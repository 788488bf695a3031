#include "attackertools.h"
#include "audit/auditlog.h"
#include "configbundle.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "demo/demoday.h"
#include "faultproxy.h"
#include "flow/registrationgate.h"
#include "intakefixture.h"
#include "intakesignature.h"
#include "jsonfields.h"
#include "operators/operatorservice.h"
#include "records/formshelf.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "storage/sqlquery.h"
#include "sync/pointconfig.h"
#include "sync/pointsync.h"
#include "sync/syncledger.h"
#include "sync/syncmonitor.h"
#include "sync/syncscheduler.h"
#include "sync/usbexport.h"
#include "tempworkspace.h"
#include "testprovince.h"
#include "workspace/sheetassembly.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The kiosk's sync client against a real regpoint-intake over mutual TLS: every record accepted
// once, nothing lost when the server is away or dies mid-batch or the link breaks connections
// (FaultProxy), the wrong server or an unenrolled
// point stops the batch with its reason, a store rolled back to an older copy is caught, and a USB
// batch's records show as accepted when the point pulls their status.
class tst_SyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyRecordIsAcceptedOnce();
    void nothingIsLostWhileTheServerIsAway();
    void serverKilledMidBatchLosesNothing();
    void faultyNetworkLosesNothing();
    void databaseOutageIsRetried();
    void unenrolledPointStopsTheBatch();
    void serverOfAnotherCaIsRefused();
    void storeRolledBackIsCaught();
    void receiptsSignedByAnotherKeyAreNotBelieved();
    void usbRecordsShowAcceptedByStatusPull();
    void laterDecisionReachesTheProvince();
    void serialNumbersTravelWithTheRecords();
    void forgedOrOlderSettingsAreRefused();
    void twoWindowsNeverGiveOneNumberTwice();
    void registrationIsHeldByTheProvincesLimits();
    void frozenFormsComeDownAndConfirmationsGoBack();
    void aFailedFormsStepIsShownBesideRecordsThatWentThrough();

private:
    // An intake of `province` on the store under test, this point enrolled unless told otherwise.
    std::unique_ptr<Testing::IntakeServerProcess> intakeOf(const Testing::TestProvince &province, bool enrol = true);
    bool startIntake(bool enrol = true);
    // The intake's port, or the fault proxy's in front of it.
    QUrl url() const { return { QStringLiteral("https://127.0.0.1:%1").arg(m_via ? m_via : m_intake->port()) }; }
    static int manyRecords(); // 1,000 in the PostgreSQL run of the optimised build (CMakeLists.txt), else 120
    // How many of this point's records the province holds in `state` (`regpoint-intake status`).
    int held(const QString &state = QStringLiteral("accepted"));
    SyncOutcome syncOnce(const std::function<void(const SyncProgress &)> &onProgress = {});
    RecordState stateOf(const QUuid &id) { return (*m_ws)->records().find(id).value()->state; }
    QList<QUuid> allIds();
    // The province makes a demo form for each record it holds and freezes them all.
    bool closeRegistrationWithForms();
    QUuid newRecord(quint32 seed); // one more candidate through the demo day; its id

    Testing::TestProvince m_province;
    std::unique_ptr<Testing::ThrowawayPostgres> m_postgres;
    std::unique_ptr<TempWorkspace> m_ws;
    QString m_pointCode;
    int m_points = 0;
    std::unique_ptr<Testing::IntakeServerProcess> m_intake;
    quint16 m_via = 0;
};

void tst_SyncClient::initTestCase()
{
    if (qEnvironmentVariable("REGPOINT_INTAKE_STORE") == u"postgresql") {
        if (!Testing::ThrowawayPostgres::available())
            QSKIP("PostgreSQL 15 server binaries are not installed (postgresql-15)");
        m_postgres = std::make_unique<Testing::ThrowawayPostgres>();
        QString error;
        QVERIFY2(m_postgres->start(&error), qPrintable(error));
    }
}

int tst_SyncClient::manyRecords()
{
    const int asked = qEnvironmentVariableIntValue("REGPOINT_SYNC_MANY_RECORDS");
    return asked > 0 ? asked : 120;
}

void tst_SyncClient::init()
{
    m_intake.reset();
    m_via = 0;
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    // Certificates are checked against real time on both ends.
    m_ws->clock().set(QDateTime::currentDateTime());
    // A point of the test province, provisioned as the technician would; a new point code per
    // test, so one PostgreSQL store serves them all.
    m_pointCode = QStringLiteral("430102-%1").arg(10 + m_points++);
    QVERIFY(m_ws->provisionBy(m_province, m_pointCode));
}

std::unique_ptr<Testing::IntakeServerProcess> tst_SyncClient::intakeOf(
    const Testing::TestProvince &province, bool enrol)
{
    auto intake = std::make_unique<Testing::IntakeServerProcess>(province);
    if (m_postgres) {
        // A database of its own per test: what the province holds is this test's alone.
        QUrl uri(m_postgres->uri());
        const QString name = QStringLiteral("sync_%1").arg(m_points);
        const ProgramRun created = runProgram(QStringLiteral("/usr/lib/postgresql/15/bin/createdb"),
            { QStringLiteral("-h"), uri.host(), QStringLiteral("-p"), QString::number(uri.port()), QStringLiteral("-U"),
                uri.userName(), name });
        if (created.exitCode != 0 && !created.errors().contains(QStringLiteral("already exists"))) {
            qWarning() << "createdb:" << created.errors();
            return nullptr;
        }
        uri.setPath(QLatin1Char('/') + name);
        intake->setStore(uri.toString(), m_postgres->flushesCommits());
    }
    if (enrol
        && intake->command(
               { QStringLiteral("enrol"), QDir(m_ws->dataDir()).filePath(QStringLiteral("keys/machine.crt")) })
            != 0)
        return nullptr;
    return intake;
}

bool tst_SyncClient::startIntake(bool enrol)
{
    m_intake = intakeOf(m_province, enrol);
    return m_intake && m_intake->start() != 0;
}

int tst_SyncClient::held(const QString &state)
{
    QByteArray out;
    if (m_intake->command({ QStringLiteral("status"), QStringLiteral("--json") }, &out) != 0)
        return -1;
    return QJsonDocument::fromJson(out).object().value(u"states").toObject().value(state).toInt();
}

SyncOutcome tst_SyncClient::syncOnce(const std::function<void(const SyncProgress &)> &onProgress)
{
    Workspace &ws = **m_ws;
    auto sync = PointSync::create(ws.dataDir(), url(),
        { ws.sync(), ws.records(), ws.audit(), ws.config(), ws.serials(), ws.forms() }, m_ws->clock());
    if (!sync) {
        qWarning() << sync.failure().code << sync.failure().message;
        return {};
    }
    SyncOutcome outcome;
    bool done = false;
    QObject::connect(&sync.value()->run(), &SyncRun::finished, [&](const SyncOutcome &o) {
        outcome = o;
        done = true;
    });
    if (onProgress)
        QObject::connect(&sync.value()->run(), &SyncRun::progress, onProgress);
    sync.value()->run().start();
    if (!QTest::qWaitFor([&] { return done; }, 300000))
        outcome.stoppedBy = Failure { QStringLiteral("test.timeout"), QStringLiteral("the run did not end in 5 min") };
    return outcome;
}

bool tst_SyncClient::closeRegistrationWithForms()
{
    QByteArray out;
    return m_intake->command({ QStringLiteral("demo-forms"), QStringLiteral("--table"),
                                 QStringLiteral(REGPOINT_SOURCE_DIR "/tests/data/urban-rural/hunan-ur-2016-sample.csv"),
                                 QStringLiteral("--freeze"), QStringLiteral("--json") },
               &out)
        == 0;
}

QList<QUuid> tst_SyncClient::allIds()
{
    QList<QUuid> ids;
    for (const CandidateRecord &record : (*m_ws)->records().list(100000).value())
        ids.append(record.id);
    return ids;
}

QUuid tst_SyncClient::newRecord(quint32 seed)
{
    const QList<QUuid> before = allIds();
    if (!runDemoDay(**m_ws, 1, seed))
        return {};
    for (const QUuid &id : allIds())
        if (!before.contains(id))
            return id;
    return {};
}

void tst_SyncClient::everyRecordIsAcceptedOnce()
{
    QVERIFY(runDemoDay(**m_ws, 20, 1));
    QVERIFY(startIntake());

    const SyncOutcome first = syncOnce();
    QVERIFY2(!first.stoppedBy, qPrintable(first.stoppedBy ? first.stoppedBy->message : QString()));
    QCOMPARE(first.announced, 20);
    QCOMPARE(first.uploaded, 20);
    for (const QUuid &id : allIds()) {
        QCOMPARE(stateOf(id), RecordState::Accepted);
        const auto answer = (*m_ws)->sync().answerFor(id);
        QVERIFY(answer && answer.value());
        QVERIFY(!answer.value()->receipt.isEmpty());
    }
    QCOMPARE((*m_ws)->sync().summary()->unsent, 0);

    // Again: nothing announced, nothing sent twice; the province holds 20.
    const SyncOutcome second = syncOnce();
    QVERIFY(!second.stoppedBy);
    QCOMPARE(second.announced, 0);
    QCOMPARE(second.uploaded, 0);
    QCOMPARE(held(), 20);
    QVERIFY((*m_ws)->audit().verify()->ok());
}

void tst_SyncClient::serialNumbersTravelWithTheRecords()
{
    // Three candidates before the point ever reached the province: no number to give yet.
    QVERIFY(runDemoDay(**m_ws, 3, 11));
    SerialPool &serials = (*m_ws)->serials();
    for (const QUuid &id : allIds())
        QVERIFY(!serials.serialOf(id).value());
    QVERIFY(startIntake());

    // The first sync fetches the settings and a block first, so the three go out numbered.
    const SyncOutcome first = syncOnce();
    QVERIFY2(!first.stoppedBy, qPrintable(first.stoppedBy ? first.stoppedBy->message : QString()));
    QVERIFY2(!first.configFailure, qPrintable(first.configFailure ? first.configFailure->message : QString()));
    const std::optional<Exchange::ConfigBundle> bundle = (*m_ws)->config().current().value();
    QVERIFY(bundle);
    QCOMPARE(bundle->pointCode, m_pointCode);
    QCOMPARE(serials.left().value(), 500 - 3);
    QSet<QString> given;
    for (const QUuid &id : allIds()) {
        const std::optional<QString> serial = serials.serialOf(id).value();
        QVERIFY(serial);
        given.insert(*serial);
        // The province finds the record by the number on the slip.
        QByteArray out;
        QCOMPARE(m_intake->command({ QStringLiteral("find"), *serial, QStringLiteral("--json") }, &out), 0);
        const QJsonObject found = QJsonDocument::fromJson(out).object();
        QCOMPARE(found.value(u"record").toString(), id.toString(QUuid::WithoutBraces));
        QCOMPARE(found.value(u"point").toString(), m_pointCode);
        QCOMPARE(found.value(u"state").toString(), QStringLiteral("accepted"));
    }
    QCOMPARE(given.size(), 3);

    // A candidate now gets the next number at once, offline, at the desk.
    m_intake->stop();
    const QUuid newest = newRecord(13);
    const std::optional<QString> fourth = serials.serialOf(newest).value();
    QVERIFY(fourth);
    QVERIFY(!given.contains(*fourth));
    QCOMPARE(serials.left().value(), 500 - 4);
    // Restarted, the point goes on from where it was.
    QVERIFY(m_ws->reopen());
    QCOMPARE((*m_ws)->serials().left().value(), 500 - 4);
}

void tst_SyncClient::forgedOrOlderSettingsAreRefused()
{
    const QByteArray ca = m_province.caPem();
    const Testing::TestProvince &province = m_province;
    const Testing::TestProvince forger(QStringLiteral("Not The Province")); // the attacker's own CA and key
    Exchange::ConfigBundle bundle = Testing::TestProvince::bundle(m_pointCode, 5, m_ws->clock().now());
    bundle.serialBlocks.append(
        { QUuid::createUuid(), m_pointCode, QStringLiteral("26000000000001"), QStringLiteral("26000000000010") });
    PointConfig &config = (*m_ws)->config();
    SerialPool &serials = (*m_ws)->serials();

    // Signed with the attacker's own key (a CA of their own): nothing is kept.
    QCOMPARE(config.keepSignedBundle(forger.signBundle(bundle), ca, m_pointCode).failure().code,
        QStringLiteral("signed.certificate"));
    QVERIFY(!config.current().value());
    QCOMPARE(serials.left().value(), 0);
    // The province's, but another point's.
    Exchange::ConfigBundle elsewhere = bundle;
    elsewhere.pointCode = QStringLiteral("430102-98");
    elsewhere.serialBlocks.first().pointCode = elsewhere.pointCode;
    const Status foreign = config.keepSignedBundle(province.signBundle(elsewhere), ca, m_pointCode);
    QVERIFY2(!foreign && foreign.failure().code == u"config.foreign", qPrintable(foreign.failure().message));
    // A field changed after signing.
    QJsonObject altered = province.signBundle(bundle);
    QJsonObject body = altered.value(u"bundle").toObject();
    body.insert(QStringLiteral("retentionDays"), 3650);
    altered.insert(QStringLiteral("bundle"), body);
    QCOMPARE(config.keepSignedBundle(altered, ca, m_pointCode).failure().code, QStringLiteral("signed.signature"));
    QVERIFY(!config.current().value());

    // The real one is kept with its block; an older version replayed later is refused.
    QVERIFY(config.keepSignedBundle(province.signBundle(bundle), ca, m_pointCode));
    QCOMPARE(serials.left().value(), 10);
    Exchange::ConfigBundle older = bundle;
    older.version = 4;
    older.registrationCloses = m_ws->clock().now().addYears(1).toOffsetFromUtc(8 * 3600);
    QCOMPARE(config.keepSignedBundle(province.signBundle(older), ca, m_pointCode).failure().code,
        QStringLiteral("config.older"));
    QCOMPARE(config.current().value()->version, 5);
    QCOMPARE(
        config.current().value()->registrationCloses.toSecsSinceEpoch(), bundle.registrationCloses.toSecsSinceEpoch());

    // Serial blocks alone: the attacker's, and one naming another point, are refused.
    const Exchange::SerialBlock extra { QUuid::createUuid(), m_pointCode, QStringLiteral("26000000000011"),
        QStringLiteral("26000000000020") };
    QCOMPARE(serials.keepSignedBlock(forger.signBlock(extra), ca, m_pointCode).failure().code,
        QStringLiteral("signed.certificate"));
    Exchange::SerialBlock theirsBlock = extra;
    theirsBlock.pointCode = QStringLiteral("430102-98");
    QCOMPARE(serials.keepSignedBlock(province.signBlock(theirsBlock), ca, m_pointCode).failure().code,
        QStringLiteral("serial.foreign"));
    QCOMPARE(serials.left().value(), 10);
    QVERIFY(serials.keepSignedBlock(province.signBlock(extra), ca, m_pointCode));
    QCOMPARE(serials.left().value(), 20);
}

void tst_SyncClient::twoWindowsNeverGiveOneNumberTwice()
{
    // Forty complete records waiting for numbers, then a block of exactly forty.
    QVERIFY(runDemoDay(**m_ws, 40, 21));
    const QList<QUuid> ids = allIds();
    QCOMPARE(ids.size(), 40);
    QVERIFY((*m_ws)->serials().keepSignedBlock(
        m_province.signBlock(
            { QUuid::createUuid(), m_pointCode, QStringLiteral("26000000000101"), QStringLiteral("26000000000140") }),
        m_province.caPem(), m_pointCode));

    // Two windows (their own connections to the one store) number the same records at once, in
    // opposite orders.
    const auto window = [&](bool reversed, QStringList *failures) {
        auto ws = Workspace::open(m_ws->dataDir(), m_ws->clock(), TempWorkspace::fastOptions());
        if (!ws) {
            failures->append(ws.failure().code);
            return;
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Result<QString> serial = ws.value()->serials().assign(ids.at(reversed ? ids.size() - 1 - i : i));
            if (!serial)
                failures->append(serial.failure().code);
        }
    };
    QStringList failuresA, failuresB;
    std::unique_ptr<QThread> a(QThread::create(window, false, &failuresA));
    std::unique_ptr<QThread> b(QThread::create(window, true, &failuresB));
    a->start();
    b->start();
    QVERIFY(a->wait(60'000) && b->wait(60'000));
    QVERIFY2(failuresA.isEmpty() && failuresB.isEmpty(), qPrintable((failuresA + failuresB).join(u", ")));
    QSet<QString> numbers;
    for (const QUuid &id : ids)
        numbers.insert((*m_ws)->serials().serialOf(id).value().value_or(QString()));
    QCOMPARE(numbers.size(), 40);
    QVERIFY(!numbers.contains(QString()));
    QCOMPARE((*m_ws)->serials().left().value(), 0);
    // The forty-first candidate waits for a number: the record is kept, the clerk is told why.
    const QUuid last = newRecord(22);
    QVERIFY(!(*m_ws)->serials().serialOf(last).value());
    QCOMPARE((*m_ws)->serials().assign(last).failure().code, QStringLiteral("serial.none-left"));
}

void tst_SyncClient::registrationIsHeldByTheProvincesLimits()
{
    const RegistrationGate gate((*m_ws)->config(), (*m_ws)->sync(), m_ws->clock());
    QVERIFY(!gate.holdReason()); // the province has not spoken yet
    QVERIFY(runDemoDay(**m_ws, 3, 31));
    const QDateTime now = m_ws->clock().now();
    Exchange::ConfigBundle bundle = Testing::TestProvince::bundle(m_pointCode, 1, now);
    bundle.limits = { 2, 2, 24 };
    QVERIFY((*m_ws)->config().keepSignedBundle(m_province.signBundle(bundle), m_province.caPem(), m_pointCode));

    // Three records wait for the supervisor, two are allowed.
    QCOMPARE(gate.holdReason().value_or(Failure {}).code, QStringLiteral("registration.held-decisions"));
    auto supervisor = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(supervisor);
    for (const QUuid &id : allIds())
        QVERIFY((*m_ws)->sync().decide(id, Decision::Approved, {}, supervisor->id));
    // Decided, but three have not reached the province.
    QCOMPARE(gate.holdReason().value_or(Failure {}).code, QStringLiteral("registration.held-unsent"));
    QVERIFY(startIntake());
    QVERIFY(!syncOnce().stoppedBy);
    QVERIFY(!gate.holdReason());

    // One record unsent for more than a day holds the desk too.
    QVERIFY(newRecord(32) != QUuid());
    QVERIFY(!gate.holdReason());
    m_ws->clock().advance(std::chrono::hours(25));
    QCOMPARE(gate.holdReason().value_or(Failure {}).code, QStringLiteral("registration.held-unsent-age"));
    // After the window closes nothing new is registered, whatever was sent.
    m_ws->clock().advance(std::chrono::hours(24 * 8));
    const std::optional<Failure> closed = gate.holdReason();
    QCOMPARE(closed.value_or(Failure {}).code, QStringLiteral("registration.closed"));
    QVERIFY(closed->message.contains(bundle.registrationCloses.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void tst_SyncClient::nothingIsLostWhileTheServerIsAway()
{
    QVERIFY(runDemoDay(**m_ws, 10, 2));
    QVERIFY(startIntake());
    m_intake->stop(); // nobody listens on its port any more
    const SyncOutcome away = syncOnce();
    QVERIFY(away.stoppedBy);
    QCOMPARE(away.stoppedBy->code, QStringLiteral("sync.unreachable"));
    QVERIFY(away.retryLater());
    const SyncSummary waiting = (*m_ws)->sync().summary().value();
    QCOMPARE(waiting.unsent, 10);
    QCOMPARE(waiting.lastError, QStringLiteral("sync.unreachable"));

    QVERIFY(m_intake->start() != 0);
    const SyncOutcome back = syncOnce();
    QVERIFY2(!back.stoppedBy, qPrintable(back.stoppedBy ? back.stoppedBy->code : QString()));
    QCOMPARE(back.uploaded, 10);
    QCOMPARE((*m_ws)->sync().summary()->unsent, 0);
}

void tst_SyncClient::serverKilledMidBatchLosesNothing()
{
    const int count = manyRecords();
    QVERIFY(runDemoDay(**m_ws, count, 3));
    QVERIFY(startIntake());
    const SyncOutcome cut = syncOnce([&](const SyncProgress &p) {
        if (p.recordsDone == count / 3)
            m_intake->kill();
    });
    QVERIFY(cut.stoppedBy);
    QVERIFY2(cut.retryLater(), qPrintable(cut.stoppedBy->code));
    QVERIFY(cut.uploaded >= count / 3 && cut.uploaded < count);

    QVERIFY(m_intake->start() != 0);
    const SyncOutcome resumed = syncOnce();
    QVERIFY2(!resumed.stoppedBy, qPrintable(resumed.stoppedBy ? resumed.stoppedBy->code : QString()));
    for (const QUuid &id : allIds())
        QCOMPARE(stateOf(id), RecordState::Accepted);
    QCOMPARE(held(), count);
}

void tst_SyncClient::faultyNetworkLosesNothing()
{
    // Between the point and the province, a link that resets and drops connections in the middle
    // of uploads, garbles an answer on the wire and is slow. Qt resends an upload (PUT) once on a
    // new connection; otherwise the run stops as "unreachable", to be retried. In the end every
    // record is accepted once, in the province's store and on the point.
    const int count = manyRecords();
    QVERIFY(runDemoDay(**m_ws, count, 4));
    QVERIFY(startIntake());
    using Fault = Testing::FaultProxy::Fault;
    // A few uploads (43 KB each) or answers into a connection; then the next fault, four rounds.
    QList<Testing::FaultProxy::Plan> faults;
    for (int round = 0; round < 4; ++round)
        faults << Testing::FaultProxy::Plan { Fault::Reset, 100'000 + 40'000 * round }
               << Testing::FaultProxy::Plan { Fault::Drop, 150'000 }
               << Testing::FaultProxy::Plan { Fault::Corrupt, 8'000 }; // after the handshake's 3 KB
    Testing::FaultProxy proxy(m_intake->port(), faults, std::chrono::milliseconds(2));
    QVERIFY(proxy.port() != 0);
    m_via = proxy.port();

    SyncOutcome outcome;
    int runs = 0;
    do {
        outcome = syncOnce();
        ++runs;
        if (outcome.stoppedBy)
            QVERIFY2(outcome.retryLater(), qPrintable(outcome.stoppedBy->code));
    } while (outcome.stoppedBy && runs < 100);
    QVERIFY2(!outcome.stoppedBy, qPrintable(QStringLiteral("still failing after %1 runs").arg(runs)));
    qInfo("%d records through %d connections in %d runs: %d resets, %d drops, %d garbled", count, proxy.connections(),
        runs, proxy.struck(Fault::Reset), proxy.struck(Fault::Drop), proxy.struck(Fault::Corrupt));
    // Each kind struck: the records went through a link that really broke.
    QVERIFY(proxy.struck(Fault::Reset) > 0);
    QVERIFY(proxy.struck(Fault::Drop) > 0);
    QVERIFY(proxy.struck(Fault::Corrupt) > 0);
    for (const QUuid &id : allIds())
        QCOMPARE(stateOf(id), RecordState::Accepted);
    QCOMPARE((*m_ws)->sync().summary()->unsent, 0);
    QCOMPARE(held(), count);
    QCOMPARE(held(QStringLiteral("conflict")), 0);
    QVERIFY((*m_ws)->audit().verify()->ok());
}

void tst_SyncClient::databaseOutageIsRetried()
{
    // The province's database goes down in the middle of a batch: the intake answers 503, the
    // run stops to be retried and marks nothing it was not answered for; with the database back,
    // every record is accepted once.
    if (!m_postgres)
        QSKIP("the PostgreSQL run crashes its database");
    // A database of its own that flushes its commits, as a province's must: with the suite's
    // (synchronous_commit off) a crash loses a commit whose receipt the point already holds.
    auto durable = std::make_unique<Testing::ThrowawayPostgres>();
    QString error;
    QVERIFY2(durable->start(&error, Testing::ThrowawayPostgres::Durability::Durable), qPrintable(error));
    std::swap(m_postgres, durable);
    const auto backToTheSuites = qScopeGuard([&] { std::swap(m_postgres, durable); });
    QVERIFY(runDemoDay(**m_ws, 60, 5));
    QVERIFY(startIntake());
    bool crashed = false;
    const SyncOutcome cut = syncOnce([&](const SyncProgress &p) {
        if (!crashed && p.recordsDone >= 20)
            crashed = m_postgres->crash();
    });
    QVERIFY(crashed);
    QVERIFY(cut.stoppedBy);
    QCOMPARE(cut.stoppedBy->code, QStringLiteral("server.unavailable"));
    QVERIFY(cut.retryLater());
    QVERIFY(cut.uploaded >= 20 && cut.uploaded < 60);

    QVERIFY(m_postgres->restart());
    const SyncOutcome back = syncOnce();
    QVERIFY2(!back.stoppedBy, qPrintable(back.stoppedBy ? back.stoppedBy->code : QString()));
    for (const QUuid &id : allIds())
        QCOMPARE(stateOf(id), RecordState::Accepted);
    QCOMPARE(held(), 60);
}

void tst_SyncClient::unenrolledPointStopsTheBatch()
{
    QVERIFY(runDemoDay(**m_ws, 3, 4));
    QVERIFY(startIntake(false));
    const SyncOutcome refused = syncOnce();
    QVERIFY(refused.stoppedBy);
    QCOMPARE(refused.stoppedBy->code, QStringLiteral("point.not-enrolled"));
    QVERIFY(!refused.retryLater());
    QCOMPARE((*m_ws)->sync().summary()->unsent, 3);
}

void tst_SyncClient::serverOfAnotherCaIsRefused()
{
    QVERIFY(runDemoDay(**m_ws, 3, 5));
    // An intake whose TLS certificate comes from a CA the point was never given.
    const Testing::TestProvince impostor(QStringLiteral("Impostor CA"));
    m_intake = intakeOf(impostor, false);
    QVERIFY(m_intake && m_intake->start() != 0);
    const SyncOutcome refused = syncOnce();
    QVERIFY(refused.stoppedBy);
    QCOMPARE(refused.stoppedBy->code, QStringLiteral("tls.handshake"));
    QVERIFY(!refused.retryLater());
    QCOMPARE((*m_ws)->sync().summary()->unsent, 3);
}

void tst_SyncClient::storeRolledBackIsCaught()
{
    // An attacker (or a careless restore) puts back an older copy of the store after the
    // province has seen a newer audit head.
    QVERIFY(runDemoDay(**m_ws, 4, 6));
    QVERIFY(startIntake());
    QTemporaryDir copy;
    const QString db = Workspace::databasePath(m_ws->dataDir());
    m_ws->close();
    QVERIFY(QFile::copy(db, copy.filePath(QStringLiteral("old.db"))));
    QVERIFY(m_ws->reopen());
    QVERIFY((*m_ws)->loadSealer());
    QVERIFY(runDemoDay(**m_ws, 4, 7));
    QVERIFY(!syncOnce().stoppedBy);

    m_ws->close();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(db + suffix);
    QVERIFY(QFile::copy(copy.filePath(QStringLiteral("old.db")), db));
    QVERIFY(m_ws->reopen());
    QVERIFY((*m_ws)->loadSealer());
    const SyncOutcome caught = syncOnce();
    QVERIFY(caught.stoppedBy);
    QCOMPARE(caught.stoppedBy->code, QStringLiteral("audit.head-backwards"));
    QVERIFY(!caught.retryLater());
}

void tst_SyncClient::receiptsSignedByAnotherKeyAreNotBelieved()
{
    // A server with the province's TLS certificate whose receipts are signed by an intake signer
    // of another CA: the point must not mark anything as received.
    QVERIFY(runDemoDay(**m_ws, 3, 10));
    m_intake = intakeOf(m_province);
    QVERIFY(m_intake);
    const Exchange::IssuedKey forged = Testing::TestProvince(QStringLiteral("Forger CA")).intakeSigner();
    for (const auto &[name, bytes] :
        { std::pair { "signing.crt", forged.certificatePem }, std::pair { "signing.key", forged.keyPem } }) {
        QFile file(QDir(m_intake->folder()).filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    QVERIFY(m_intake->start() != 0);
    const SyncOutcome refused = syncOnce();
    QVERIFY(refused.stoppedBy);
    QCOMPARE(refused.stoppedBy->code, QStringLiteral("sync.receipt-invalid"));
    QVERIFY(!refused.retryLater());
    for (const QUuid &id : allIds()) {
        QVERIFY(!isProvinceAnswer(stateOf(id)));
        QVERIFY(!(*m_ws)->sync().answerFor(id).value());
    }
}

void tst_SyncClient::usbRecordsShowAcceptedByStatusPull()
{
    QVERIFY(runDemoDay(**m_ws, 8, 8));
    m_intake = intakeOf(m_province);
    QVERIFY(m_intake);
    QTemporaryDir drive;
    const auto credentials = MachineProvisioning(m_ws->dataDir()).credentials();
    UsbExport usb((*m_ws)->sync(), (*m_ws)->records(), (*m_ws)->audit(), m_ws->clock());
    const Result<UsbExportResult> exported
        = usb.exportTo(drive.path(), { credentials->certificatePem, credentials->privateKeyPem, credentials->caPem });
    QVERIFY2(exported, qPrintable(exported.failure().message));
    QCOMPARE(m_intake->command({ QStringLiteral("import"), exported->path }), 0);
    // The same stick brought twice: the same records, nothing doubled.
    QCOMPARE(m_intake->command({ QStringLiteral("import"), exported->path }), 0);
    QCOMPARE(held(), 8);

    QVERIFY(m_intake->start() != 0);
    const SyncOutcome pulled = syncOnce();
    QVERIFY2(!pulled.stoppedBy, qPrintable(pulled.stoppedBy ? pulled.stoppedBy->code : QString()));
    QCOMPARE(pulled.uploaded, 0); // the manifest finds them held: nothing sent again
    for (const QUuid &id : allIds())
        QCOMPARE(stateOf(id), RecordState::Accepted);
}

void tst_SyncClient::laterDecisionReachesTheProvince()
{
    QVERIFY(runDemoDay(**m_ws, 2, 9));
    QVERIFY(startIntake());
    QVERIFY(!syncOnce().stoppedBy);
    const QList<QUuid> ids = allIds();
    const Result<Operator> op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(op);
    QVERIFY((*m_ws)->sync().decide(ids.at(0), Decision::Rejected, QStringLiteral("户籍材料不全"), op->id));
    QVERIFY((*m_ws)->sync().decide(ids.at(1), Decision::Approved, {}, op->id));
    const SyncOutcome day = syncOnce();
    QVERIFY2(!day.stoppedBy, qPrintable(day.stoppedBy ? day.stoppedBy->code : QString()));
    QCOMPARE(day.announced, 2);
    QCOMPARE(day.uploaded, 0);
    QCOMPARE((*m_ws)->sync().answerFor(ids.at(0)).value()->decision, Decision::Rejected);
    QCOMPARE((*m_ws)->sync().answerFor(ids.at(1)).value()->decision, Decision::Approved);
    // Recorded: the next run announces nothing.
    QCOMPARE(syncOnce().announced, 0);
}

void tst_SyncClient::frozenFormsComeDownAndConfirmationsGoBack()
{
    QVERIFY(runDemoDay(**m_ws, 3, 21));
    QVERIFY(startIntake());
    QVERIFY(!syncOnce().stoppedBy);
    FormShelf &shelf = (*m_ws)->forms();
    QCOMPARE(shelf.count().value(), 0); // registration has not closed
    QCOMPARE(registrationSheetOf(**m_ws, allIds().first(), QDateTime::currentDateTime(), 1).failure().code,
        u"sheet.no-form");

    // The province closes registration with a form for each candidate.
    QVERIFY(closeRegistrationWithForms());
    QByteArray out;
    const SyncOutcome fetched = syncOnce();
    QVERIFY2(!fetched.formsFailure, qPrintable(fetched.formsFailure ? fetched.formsFailure->message : QString()));
    QCOMPARE(fetched.formsReceived, 3);
    QCOMPARE(shelf.count().value(), 3);
    const QList<QUuid> ids = allIds();
    for (const QUuid &id : ids) {
        const std::optional<Exchange::FrozenForm> form = shelf.form(id).value();
        QVERIFY(form);
        QCOMPARE(form->serial, (*m_ws)->serials().serialOf(id).value().value());
    }
    QCOMPARE(syncOnce().formsReceived, 0); // asked for what came after: nothing again
    // The sheet is laid out from the form as it came down, beside the point's capture.
    const Result<RegistrationSheet> sheet = registrationSheetOf(**m_ws, ids[0], QDateTime::currentDateTime(), 1);
    QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.failure().message));
    QVERIFY(sheet->pdf(QStringLiteral("sheet")).startsWith("%PDF"));
    QVERIFY(!sheet->overflows());

    // One candidate signs, one asks for a correction; both reach the province.
    const auto confirmation
        = [&](const QUuid &id, Exchange::SheetConfirmation::Outcome outcome, const QString &reason) {
              return Exchange::SheetConfirmation { id, (*m_ws)->serials().serialOf(id).value().value(),
                  shelf.form(id).value()->contentHash(), outcome, reason, QDateTime::currentDateTimeUtc(),
                  QStringLiteral("clerk01") };
          };
    QVERIFY(shelf.confirm(confirmation(ids[0], Exchange::SheetConfirmation::Outcome::Signed, {}), 1));
    QVERIFY(shelf.confirm(
        confirmation(ids[1], Exchange::SheetConfirmation::Outcome::Correction, QStringLiteral("毕业学校填错了")), 1));
    QCOMPARE(shelf.unanswered(10)->size(), 2);
    // What the province would refuse is refused at the desk, before it could hold the others back.
    Exchange::SheetConfirmation wrong = confirmation(ids[2], Exchange::SheetConfirmation::Outcome::Correction, {});
    QCOMPARE(shelf.confirm(wrong, 1).failure().code, u"sheet.invalid"); // a correction names what is wrong
    wrong.reason = QStringLiteral("姓名有误");
    wrong.formSha256 = QString(64, u'0');
    QCOMPARE(shelf.confirm(wrong, 1).failure().code, u"sheet.other-form");
    const SyncOutcome confirmed = syncOnce();
    QVERIFY(!confirmed.formsFailure);
    QCOMPARE(confirmed.confirmationsSent, 2);
    QCOMPARE(shelf.unanswered(10)->size(), 0);
    const QString serial = (*m_ws)->serials().serialOf(ids[1]).value().value();
    QCOMPARE(m_intake->command({ QStringLiteral("find"), serial, QStringLiteral("--json") }, &out), 0);
    const QJsonArray kept = QJsonDocument::fromJson(out).object().value(u"confirmations").toArray();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept[0][u"outcome"].toString(), u"correction");
    QCOMPARE(kept[0][u"reason"].toString(), QStringLiteral("毕业学校填错了"));
    QVERIFY((*m_ws)->audit().verify()->ok());

    // An attacker with the data folder and the local key puts one candidate's form under another:
    // it is not printed for the wrong candidate.
    QSqlQuery q = newQuery((*m_ws)->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE frozen_forms SET sealed = (SELECT sealed FROM frozen_forms WHERE record_id "
                                  "= '%1') WHERE record_id = '%2'")
                       .arg(Exchange::uuidText(ids[0]), Exchange::uuidText(ids[2]))));
    QCOMPARE(shelf.form(ids[2]).failure().code, u"form.damaged");
    QVERIFY(shelf.form(ids[0]).value());
}

void tst_SyncClient::aFailedFormsStepIsShownBesideRecordsThatWentThrough()
{
    QVERIFY(runDemoDay(**m_ws, 2, 31));
    QVERIFY(startIntake());
    QVERIFY(!syncOnce().stoppedBy);
    QVERIFY(closeRegistrationWithForms());
    // The point lost one candidate's number (a store put back from an older copy): that form is
    // set aside, the other one comes, and the run's records went through all the same.
    const QList<QUuid> ids = allIds();
    QSqlQuery q = newQuery((*m_ws)->database());
    QVERIFY(
        q.exec(QStringLiteral("DELETE FROM record_serials WHERE record_id = '%1'").arg(Exchange::uuidText(ids[0]))));
    Workspace &ws = **m_ws;
    auto sync = PointSync::create(ws.dataDir(), url(),
        { ws.sync(), ws.records(), ws.audit(), ws.config(), ws.serials(), ws.forms() }, m_ws->clock());
    QVERIFY(sync);
    SyncScheduler scheduler(sync.value()->run(), std::chrono::hours(1));
    SyncMonitor monitor(ws.sync(), &scheduler, std::nullopt, m_ws->clock());
    QSignalSpy ended(&sync.value()->run(), &SyncRun::finished);
    sync.value()->run().start();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 60000);
    const auto outcome = ended.first().first().value<SyncOutcome>();
    QVERIFY2(!outcome.stoppedBy, qPrintable(outcome.stoppedBy ? outcome.stoppedBy->message : QString()));
    QVERIFY(outcome.formsFailure);
    QCOMPARE(outcome.formsFailure->code, u"form.refused"); // given a new number since: not its form
    QCOMPARE(outcome.formsReceived, 1);
    QVERIFY(ws.forms().form(ids[1]).value());

    const SyncView view = monitor.view();
    QCOMPARE(view.phase, SyncView::Phase::UpToDate);
    QVERIFY(view.sideProblem); // what the strip shows on a line of its own
    QCOMPARE(view.sideProblem->message, outcome.formsFailure->message);

    // The next run has nothing new to fetch (the refused form is not asked for again and again),
    // and the strip has nothing to add.
    sync.value()->run().start();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 60000);
    QVERIFY(!ended.last().first().value<SyncOutcome>().formsFailure);
    QCOMPARE(ended.last().first().value<SyncOutcome>().formsReceived, 0);
    QVERIFY(!monitor.view().sideProblem);
}

QTEST_MAIN(tst_SyncClient) // with a GUI application: the sheet is laid out with fonts
#include "tst_syncclient.moc"
