#include "attackertools.h"
#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "demo/demoday.h"
#include "operators/operatorservice.h"
#include "records/recordstore.h"
#include "sync/pointsync.h"
#include "sync/syncledger.h"
#include "sync/usbexport.h"
#include "tempworkspace.h"
#include "testprovince.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

// A real regpoint-intake for the demo province of a test's data folder: its own folder (TLS and
// signing keys from the demo CA, SQLite store), the point enrolled, serving on a free loopback port.
class IntakeProcess
{
public:
    IntakeProcess(const QString &dataDir, const QString &folder)
        : m_dataDir(dataDir)
        , m_folder(folder)
    { }
    ~IntakeProcess() { kill(); }

    bool init(bool enrol = true)
    {
        const QString province = QDir(m_dataDir).filePath(QStringLiteral("demo-province"));
        if (run({ QStringLiteral("init"), QStringLiteral("--dir"), m_folder, QStringLiteral("--ca-cert"),
                province + QStringLiteral("/ca.pem"), QStringLiteral("--ca-key"), province + QStringLiteral("/ca.key"),
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--host"),
                QStringLiteral("localhost") })
            != 0)
            return false;
        return !enrol
            || run({ QStringLiteral("enrol"), QStringLiteral("--dir"), m_folder,
                   QDir(m_dataDir).filePath(QStringLiteral("keys/machine.crt")) })
            == 0;
    }

    // Serves on `port` (0: a free one); false if it did not say it listens within 20 s.
    bool start(quint16 port = 0)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(INTAKE_BIN),
            { QStringLiteral("serve"), QStringLiteral("--dir"), m_folder, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(port) });
        if (!m_process->waitForStarted(10000))
            return false;
        QByteArray out;
        for (int i = 0; i < 200 && !out.contains('\n'); ++i) {
            m_process->waitForReadyRead(100);
            out += m_process->readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on 127.0.0.1:"))
            return false;
        m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
        return m_port != 0;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process->processId()), SIGKILL);
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }

    // How many records the province holds in `state` (`regpoint-intake status --json`).
    int held(const QString &state = QStringLiteral("accepted"))
    {
        return runJson({ QStringLiteral("status"), QStringLiteral("--dir"), m_folder })
            .value(u"states")
            .toObject()
            .value(state)
            .toInt();
    }
    int import(const QString &file)
    {
        return run({ QStringLiteral("import"), QStringLiteral("--dir"), m_folder, file });
    }

private:
    int run(const QStringList &arguments)
    {
        const ProgramRun result = runProgram(QStringLiteral(INTAKE_BIN), arguments, {}, {}, 60000);
        if (result.exitCode != 0)
            qWarning() << arguments.first() << result.errors() << result.out;
        return result.exitCode;
    }
    QJsonObject runJson(QStringList arguments)
    {
        arguments << QStringLiteral("--json");
        return runProgram(QStringLiteral(INTAKE_BIN), arguments, {}, {}, 60000).json();
    }

    QString m_dataDir;
    QString m_folder;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace

// The kiosk's sync client against a real regpoint-intake over mutual TLS: every record accepted
// once, nothing lost when the server is away or dies mid-batch, the wrong server or an unenrolled
// point stops the batch with its reason, a store rolled back to an older copy is caught, and a USB
// batch's records show as accepted when the point pulls their status.
class tst_SyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyRecordIsAcceptedOnce();
    void nothingIsLostWhileTheServerIsAway();
    void serverKilledMidBatchLosesNothing();
    void unenrolledPointStopsTheBatch();
    void serverOfAnotherCaIsRefused();
    void storeRolledBackIsCaught();
    void usbRecordsShowAcceptedByStatusPull();
    void laterDecisionReachesTheProvince();

private:
    SyncOutcome syncOnce(const QUrl &url, std::function<void(const SyncProgress &)> onProgress = {});
    RecordState stateOf(const QUuid &id) { return (*m_ws)->records().find(id).value()->state; }
    QList<QUuid> allIds();

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<QTemporaryDir> m_intakeDir;
    std::unique_ptr<IntakeProcess> m_intake;
};

void tst_SyncClient::init()
{
    m_intake.reset();
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    // The point's certificate and the intake's are checked against real time.
    m_ws->clock().set(QDateTime::currentDateTime());
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(DemoProvince::defaultPointCode(), m_ws->clock().now()));
    QVERIFY((*m_ws)->loadSealer());
    m_intakeDir = std::make_unique<QTemporaryDir>();
    m_intake = std::make_unique<IntakeProcess>(m_ws->dataDir(), m_intakeDir->path());
}

SyncOutcome tst_SyncClient::syncOnce(const QUrl &url, std::function<void(const SyncProgress &)> onProgress)
{
    Workspace &ws = **m_ws;
    auto sync = PointSync::create(ws.dataDir(), url, ws.sync(), ws.records(), ws.audit(), m_ws->clock());
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
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    return outcome;
}

QList<QUuid> tst_SyncClient::allIds()
{
    QList<QUuid> ids;
    for (const CandidateRecord &record : (*m_ws)->records().list(100000).value())
        ids.append(record.id);
    return ids;
}

void tst_SyncClient::everyRecordIsAcceptedOnce()
{
    QVERIFY(runDemoDay(**m_ws, 20, 1));
    QVERIFY(m_intake->init());
    QVERIFY(m_intake->start());

    const SyncOutcome first = syncOnce(m_intake->url());
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

    // Again: nothing to announce, nothing sent twice; the province holds 20.
    const SyncOutcome second = syncOnce(m_intake->url());
    QVERIFY(!second.stoppedBy);
    QCOMPARE(second.uploaded, 0);
    QCOMPARE(m_intake->held(), 20);
    QVERIFY((*m_ws)->audit().verify()->ok());
}

void tst_SyncClient::nothingIsLostWhileTheServerIsAway()
{
    QVERIFY(runDemoDay(**m_ws, 10, 2));
    QVERIFY(m_intake->init());
    // Nobody listens yet: the run ends with a transient failure and records keep waiting.
    QVERIFY(m_intake->start());
    const QUrl url = m_intake->url();
    m_intake->kill();
    const SyncOutcome away = syncOnce(url);
    QVERIFY(away.stoppedBy);
    QCOMPARE(away.stoppedBy->code, QStringLiteral("sync.unreachable"));
    QVERIFY(away.retryLater());
    const SyncSummary waiting = (*m_ws)->sync().summary().value();
    QCOMPARE(waiting.unsent, 10);
    QCOMPARE(waiting.lastError, QStringLiteral("sync.unreachable"));

    QVERIFY(m_intake->start(url.port()));
    const SyncOutcome back = syncOnce(url);
    QVERIFY2(!back.stoppedBy, qPrintable(back.stoppedBy ? back.stoppedBy->code : QString()));
    QCOMPARE(back.uploaded, 10);
    QCOMPARE((*m_ws)->sync().summary()->unsent, 0);
}

void tst_SyncClient::serverKilledMidBatchLosesNothing()
{
    QVERIFY(runDemoDay(**m_ws, 120, 3));
    QVERIFY(m_intake->init());
    QVERIFY(m_intake->start());
    const QUrl url = m_intake->url();
    const SyncOutcome cut = syncOnce(url, [&](const SyncProgress &p) {
        if (p.recordsDone == 40)
            m_intake->kill();
    });
    QVERIFY(cut.stoppedBy);
    QVERIFY(cut.retryLater());
    QVERIFY(cut.uploaded >= 40 && cut.uploaded < 120);

    QVERIFY(m_intake->start(url.port()));
    const SyncOutcome resumed = syncOnce(url);
    QVERIFY2(!resumed.stoppedBy, qPrintable(resumed.stoppedBy ? resumed.stoppedBy->code : QString()));
    for (const QUuid &id : allIds())
        QCOMPARE(stateOf(id), RecordState::Accepted);
    QCOMPARE(m_intake->held(), 120);
}

void tst_SyncClient::unenrolledPointStopsTheBatch()
{
    QVERIFY(runDemoDay(**m_ws, 3, 4));
    QVERIFY(m_intake->init(false));
    QVERIFY(m_intake->start());
    const SyncOutcome refused = syncOnce(m_intake->url());
    QVERIFY(refused.stoppedBy);
    QCOMPARE(refused.stoppedBy->code, QStringLiteral("point.not-enrolled"));
    QVERIFY(!refused.retryLater());
    QCOMPARE((*m_ws)->sync().summary()->unsent, 3);
}

void tst_SyncClient::serverOfAnotherCaIsRefused()
{
    QVERIFY(runDemoDay(**m_ws, 3, 5));
    // An intake whose TLS certificate comes from a CA the point was never given.
    const Testing::TestProvince other(QStringLiteral("Impostor CA"));
    QTemporaryDir otherCa;
    QFile key(otherCa.filePath(QStringLiteral("ca.key"))), cert(otherCa.filePath(QStringLiteral("ca.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly) && cert.open(QIODevice::WriteOnly));
    key.write(other.ca().keyPem());
    cert.write(other.caPem());
    key.close();
    cert.close();
    const ProgramRun made = runProgram(QStringLiteral(INTAKE_BIN),
        { QStringLiteral("init"), QStringLiteral("--dir"), m_intakeDir->path(), QStringLiteral("--ca-cert"),
            cert.fileName(), QStringLiteral("--ca-key"), key.fileName(), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1") });
    QCOMPARE(made.exitCode, 0);
    QVERIFY(m_intake->start());
    const SyncOutcome refused = syncOnce(m_intake->url());
    QVERIFY(refused.stoppedBy);
    QCOMPARE(refused.stoppedBy->code, QStringLiteral("tls.handshake"));
    QVERIFY(!refused.retryLater());
    QCOMPARE((*m_ws)->sync().summary()->unsent, 3);
}

void tst_SyncClient::storeRolledBackIsCaught()
{
    // An attacker (or a careless restore) puts back yesterday's copy of the store after the
    // province has seen today's audit head.
    QVERIFY(runDemoDay(**m_ws, 4, 6));
    QVERIFY(m_intake->init());
    QVERIFY(m_intake->start());
    QTemporaryDir copy;
    const QString db = Workspace::databasePath(m_ws->dataDir());
    m_ws->close();
    QVERIFY(QFile::copy(db, copy.filePath(QStringLiteral("old.db"))));
    QVERIFY(m_ws->reopen());
    QVERIFY(runDemoDay(**m_ws, 4, 7));
    QVERIFY(!syncOnce(m_intake->url()).stoppedBy);

    m_ws->close();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(db + suffix);
    QVERIFY(QFile::copy(copy.filePath(QStringLiteral("old.db")), db));
    QVERIFY(m_ws->reopen());
    QVERIFY((*m_ws)->loadSealer());
    const SyncOutcome caught = syncOnce(m_intake->url());
    QVERIFY(caught.stoppedBy);
    QCOMPARE(caught.stoppedBy->code, QStringLiteral("audit.head-backwards"));
    QVERIFY(!caught.retryLater());
}

void tst_SyncClient::usbRecordsShowAcceptedByStatusPull()
{
    QVERIFY(runDemoDay(**m_ws, 8, 8));
    QVERIFY(m_intake->init());
    QTemporaryDir drive;
    const auto credentials = MachineProvisioning(m_ws->dataDir()).credentials();
    UsbExport usb((*m_ws)->sync(), (*m_ws)->records(), (*m_ws)->audit(), m_ws->clock());
    const Result<UsbExportResult> exported
        = usb.exportTo(drive.path(), { credentials->certificatePem, credentials->privateKeyPem, credentials->caPem });
    QVERIFY2(exported, qPrintable(exported.failure().message));
    QCOMPARE(m_intake->import(exported->path), 0);
    // Imported twice (the same stick brought again): the same records, nothing doubled.
    QCOMPARE(m_intake->import(exported->path), 0);
    QCOMPARE(m_intake->held(), 8);

    QVERIFY(m_intake->start());
    const SyncOutcome pulled = syncOnce(m_intake->url());
    QVERIFY2(!pulled.stoppedBy, qPrintable(pulled.stoppedBy ? pulled.stoppedBy->code : QString()));
    QCOMPARE(pulled.uploaded, 0); // the manifest finds them held: nothing sent again
    for (const QUuid &id : allIds())
        QCOMPARE(stateOf(id), RecordState::Accepted);
}

void tst_SyncClient::laterDecisionReachesTheProvince()
{
    QVERIFY(runDemoDay(**m_ws, 2, 9));
    QVERIFY(m_intake->init());
    QVERIFY(m_intake->start());
    QVERIFY(!syncOnce(m_intake->url()).stoppedBy);
    const QList<QUuid> ids = allIds();
    const Result<Operator> op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(op);
    const qint64 supervisor = op->id;
    QVERIFY((*m_ws)->sync().decide(ids.at(0), Decision::Rejected, QStringLiteral("户籍材料不全"), supervisor));
    QVERIFY((*m_ws)->sync().decide(ids.at(1), Decision::Approved, {}, supervisor));
    const SyncOutcome day = syncOnce(m_intake->url());
    QVERIFY2(!day.stoppedBy, qPrintable(day.stoppedBy ? day.stoppedBy->code : QString()));
    QCOMPARE(day.announced, 2);
    QCOMPARE(day.uploaded, 0);
    QCOMPARE((*m_ws)->sync().answerFor(ids.at(0)).value()->decision, Decision::Rejected);
    QCOMPARE((*m_ws)->sync().answerFor(ids.at(1)).value()->decision, Decision::Approved);
    // Recorded: the next run announces nothing.
    QCOMPARE(syncOnce(m_intake->url()).announced, 0);
}

QTEST_GUILESS_MAIN(tst_SyncClient)
#include "tst_syncclient.moc"
