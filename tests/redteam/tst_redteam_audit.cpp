// The audit log, attacked as someone with a shell and a copy of the data folder would: they edit
// regpoint.db with their own SQLite connection (triggers dropped first), make their own keys and
// certificates, and then ask the shipped `regpointctl audit verify` / `close-day` what it thinks.
// They do not hold the province's CA key; what someone holding the machine key can still do is
// in docs/security.md.

#include "attackertools.h"
#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "envelope.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

constexpr auto kPoint = "430102-07";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProgramRun regpointctl(const QStringList &arguments)
{
    return runProgram(QStringLiteral(REGPOINTCTL_BIN), arguments);
}

ProgramRun verify(const QString &dataDir)
{
    return regpointctl({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
        QStringLiteral("--data-dir"), dataDir });
}

// The attacker's store file, plus what they would script: the chain re-hashed after a cut.
class Disk : public StoreFile
{
public:
    using StoreFile::StoreFile;

    std::pair<qint64, QString> lastEvent()
    {
        QSqlQuery q = query();
        if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")) || !q.next())
            return {};
        return { q.value(0).toLongLong(), q.value(1).toString() };
    }

    // The running head over the newest event, signed with the forger's key and certificate.
    bool forgeRunningHead(const EnvelopeSealer &forger)
    {
        const auto [seq, hash] = lastEvent();
        QSqlQuery tip = query();
        tip.prepare(QStringLiteral("UPDATE audit_tip SET seq = ?, hash = ?, signature = ?, certificate = ?"));
        for (const QVariant &v :
            { QVariant(seq), QVariant(hash), QVariant(forger.signStatement(AuditLog::tipStatement(seq, hash))),
                QVariant(forger.machineCertificatePem()) })
            tip.addBindValue(v);
        return tip.exec();
    }

    // Both heads gone: what a rewrite has to do, having no key to re-sign them.
    bool deleteHeads()
    {
        return exec(QStringLiteral("DELETE FROM audit_tip")) && exec(QStringLiteral("DELETE FROM audit_heads"));
    }

    // Renumbers what is left of the chain and recomputes every link and hash, as the public
    // algorithm says: the chain alone then holds together again.
    void rehashChain()
    {
        QList<AuditEvent> events;
        QSqlQuery q = query();
        q.exec(QStringLiteral("SELECT seq, at, operator_id, role, point_code, record_id, action, outcome, detail "
                              "FROM audit_events ORDER BY seq"));
        while (q.next()) {
            AuditEvent e;
            e.seq = q.value(0).toLongLong();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            if (!q.value(2).isNull())
                e.operatorId = q.value(2).toLongLong();
            e.role = q.value(3).toString();
            e.pointCode = q.value(4).toString();
            e.recordId = q.value(5).toString();
            e.action = q.value(6).toString();
            e.outcome = q.value(7).toString();
            e.detail = q.value(8).toString();
            events.append(e);
        }
        exec(QStringLiteral("DELETE FROM audit_events"));
        QString previous = AuditLog::genesisHash();
        qint64 seq = 0;
        for (AuditEvent e : events) {
            e.seq = ++seq;
            e.prevHash = previous;
            e.hash = AuditLog::hashOf(e);
            previous = e.hash;
            QSqlQuery insert = query();
            insert.prepare(QStringLiteral("INSERT INTO audit_events (seq, at, operator_id, role, point_code, "
                                          "record_id, action, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : { QVariant(e.seq), QVariant(e.at.toUTC().toString(Qt::ISODateWithMs)),
                     e.operatorId ? QVariant(*e.operatorId) : QVariant(), e.role.isEmpty() ? QVariant() : e.role,
                     QVariant(e.pointCode), e.recordId.isEmpty() ? QVariant() : e.recordId, QVariant(e.action),
                     QVariant(e.outcome), QVariant(e.detail), QVariant(e.prevHash), QVariant(e.hash) })
                insert.addBindValue(v);
            insert.exec();
        }
    }
};

} // namespace

class tst_RedTeamAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactStoreVerifies();
    void headForgedWithOwnKeyIsRefused();
    void swappedCaIsFoundWithTheProvincesOwn();
    void tailCutAfterTheLastHeadIsFound();
    void tailCutWithRunningHeadDeletedIsFound();
    void wholeLogDeletedIsFound();
    void closeDayRefusesACutChain();
    void kioskDoesNotResignACutChain();
    void rewriteBackToProvisioningIsFound();
    void rewriteWithoutProvisioningIsFound();
    void auditedActionFailsClosed();
    void swallowedEventInsideATransactionIsNotSigned();

private:
    // A provisioned point with two records and a signed day head, then a few more events after it
    // (the afternoon's work), closed: the attacker now has the folder to themselves.
    void makeStore();
    std::unique_ptr<TempWorkspace> m_ws;
    QString m_dir;
};

void tst_RedTeamAudit::init()
{
    makeStore();
}

void tst_RedTeamAudit::cleanup()
{
    m_ws.reset();
}

void tst_RedTeamAudit::makeStore()
{
    m_ws = std::make_unique<TempWorkspace>();
    m_dir = m_ws->dataDir();
    QVERIFY(DemoProvince(m_dir).provisionPoint(QString::fromLatin1(kPoint), m_ws->clock().now()));
    QVERIFY(m_ws->reopen());
    const qint64 op = (*m_ws)->operators().create(testSupervisor()).value().id;
    for (const char *id : { "430102200801010028", "430102200803120028", "430102200805050021" }) {
        CandidateRecord record;
        record.id = QUuid::createUuid();
        record.state = RecordState::CardRead;
        record.entryMethod = EntryMethod::Card;
        record.identity = testIdentity(QString::fromLatin1(id));
        record.createdBy = op;
        QVERIFY((*m_ws)->records().insert(record));
        if (qstrcmp(id, "430102200801010028") == 0) {
            QVERIFY((*m_ws)->audit().append({ QStringLiteral("day.close"), QStringLiteral("ok"), {}, {}, {} }));
            QVERIFY((*m_ws)->audit().signHead(m_ws->clock().now().date(), *(*m_ws)->sealer()));
        }
    }
    QVERIFY((*m_ws)->audit().verify().value().ok());
    // The workspace stays open, as the kiosk would be; the attacker works beside it.
}

void tst_RedTeamAudit::intactStoreVerifies()
{
    const ProgramRun run = verify(m_dir);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[QStringLiteral("ok")].toBool(), true);
}

void tst_RedTeamAudit::headForgedWithOwnKeyIsRefused()
{
    // The attacker's own "province": a CA and a machine certificate with this point's very name,
    // made in a folder of their own.
    QTemporaryDir own;
    QVERIFY(DemoProvince(own.path()).provisionPoint(QString::fromLatin1(kPoint), m_ws->clock().now()));
    const QDir ownKeys(QDir(own.path()).filePath(QStringLiteral("keys")));
    Result<EnvelopeSealer> forger = EnvelopeSealer::create(readAll(ownKeys.filePath(QStringLiteral("province.pem"))),
        readAll(ownKeys.filePath(QStringLiteral("machine.key"))),
        readAll(ownKeys.filePath(QStringLiteral("machine.crt"))));
    QVERIFY(forger);

    // Remove the first record's every event, re-hash the chain, sign its head (and any running
    // head) with their key.
    Disk disk(m_dir);
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events WHERE record_id = (SELECT record_id FROM audit_events "
                                     "WHERE action = 'record.created' ORDER BY seq LIMIT 1)")));
    disk.rehashChain();
    const auto [seq, hash] = disk.lastEvent();
    const QDate day = m_ws->clock().now().date();
    QSqlQuery head = disk.query();
    head.prepare(QStringLiteral("UPDATE audit_heads SET seq = ?, hash = ?, signature = ?, certificate = ?"));
    for (const QVariant &v :
        { QVariant(seq), QVariant(hash), QVariant(forger->signStatement(AuditLog::headStatement(day, seq, hash))),
            QVariant(forger->machineCertificatePem()) })
        head.addBindValue(v);
    QVERIFY(head.exec());
    QVERIFY(disk.forgeRunningHead(forger.value()));

    const ProgramRun run = verify(m_dir);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[QStringLiteral("ok")].toBool(), false);
    QVERIFY2(run.json()[QStringLiteral("problem")].toString().contains(QStringLiteral("certificate")),
        qPrintable(run.json()[QStringLiteral("problem")].toString()));
}

void tst_RedTeamAudit::swappedCaIsFoundWithTheProvincesOwn()
{
    // The attacker goes further: their CA, certificate and key replace the point's own in keys/,
    // and they re-sign the running head over an event they changed. The folder now vouches for
    // itself; the province's CA, brought by the exam office, does not.
    const QDir keys(QDir(m_dir).filePath(QStringLiteral("keys")));
    const QByteArray provinceCa = readAll(keys.filePath(QStringLiteral("ca.pem")));
    QTemporaryDir own;
    QVERIFY(DemoProvince(own.path()).provisionPoint(QString::fromLatin1(kPoint), m_ws->clock().now()));
    const QDir ownKeys(QDir(own.path()).filePath(QStringLiteral("keys")));
    for (const char *name : { "ca.pem", "machine.crt", "machine.key" }) {
        QFile::remove(keys.filePath(QString::fromLatin1(name)));
        QVERIFY(QFile::copy(ownKeys.filePath(QString::fromLatin1(name)), keys.filePath(QString::fromLatin1(name))));
    }
    Result<EnvelopeSealer> forger = EnvelopeSealer::create(readAll(ownKeys.filePath(QStringLiteral("province.pem"))),
        readAll(ownKeys.filePath(QStringLiteral("machine.key"))),
        readAll(ownKeys.filePath(QStringLiteral("machine.crt"))));
    QVERIFY(forger);
    {
        Disk disk(m_dir);
        QVERIFY(disk.exec(QStringLiteral("UPDATE audit_events SET outcome = 'refused' WHERE seq = 2")));
        disk.rehashChain();
        QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_heads")));
        QVERIFY(disk.forgeRunningHead(forger.value()));
    }
    QCOMPARE(verify(m_dir).exitCode, 0); // what docs/security.md says the folder alone cannot tell
    QTemporaryDir office;
    const QString caFile = QDir(office.path()).filePath(QStringLiteral("province-ca.pem"));
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(provinceCa) == provinceCa.size());
    file.close();
    const ProgramRun run = regpointctl({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
        QStringLiteral("--ca"), caFile, QStringLiteral("--data-dir"), m_dir });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json()[QStringLiteral("problem")].toString().contains(QStringLiteral("CA did not issue")));
}

void tst_RedTeamAudit::tailCutAfterTheLastHeadIsFound()
{
    Disk disk(m_dir);
    const qint64 headSeq = disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_heads"));
    QVERIFY(headSeq > 0);
    QVERIFY(disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")) > headSeq + 1);
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(headSeq + 1)));
    const ProgramRun run = verify(m_dir);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[QStringLiteral("first_broken")].toInt(), headSeq + 2);
}

void tst_RedTeamAudit::tailCutWithRunningHeadDeletedIsFound()
{
    Disk disk(m_dir);
    const qint64 headSeq = disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_heads"));
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(headSeq)));
    disk.exec(QStringLiteral("DELETE FROM audit_tip"));
    const ProgramRun run = verify(m_dir);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[QStringLiteral("ok")].toBool(), false);
}

void tst_RedTeamAudit::wholeLogDeletedIsFound()
{
    Disk disk(m_dir);
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events")));
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_heads")));
    disk.exec(QStringLiteral("DELETE FROM audit_tip"));
    QVERIFY(disk.scalar(QStringLiteral("SELECT count(*) FROM records")) == 3);
    const ProgramRun run = verify(m_dir);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[QStringLiteral("ok")].toBool(), false);
}

void tst_RedTeamAudit::closeDayRefusesACutChain()
{
    Disk disk(m_dir);
    const qint64 headSeq = disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_heads"));
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(headSeq)));
    disk.exec(QStringLiteral("DELETE FROM audit_tip"));
    const ProgramRun run
        = regpointctl({ QStringLiteral("audit"), QStringLiteral("close-day"), QStringLiteral("--data-dir"), m_dir });
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());
    // The day's head still names the event it named: nothing was re-signed over the cut.
    QCOMPARE(disk.scalar(QStringLiteral("SELECT seq FROM audit_heads")), headSeq);
    QCOMPARE(verify(m_dir).exitCode, 1);
}

void tst_RedTeamAudit::kioskDoesNotResignACutChain()
{
    // The kiosk is still running while the tail is cut and the running head forged to name the
    // new last event (with no valid signature): its next event must not re-sign over the cut.
    Disk disk(m_dir);
    const qint64 headSeq = disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_heads"));
    QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(headSeq)));
    QVERIFY(disk.exec(QStringLiteral("UPDATE audit_tip SET seq = %1, hash = (SELECT hash FROM audit_events WHERE seq "
                                     "= %1)")
                          .arg(headSeq)));
    const Status logged = (*m_ws)->audit().append({ QStringLiteral("login"), QStringLiteral("ok"), 1, {}, {} });
    QVERIFY(!logged);
    QCOMPARE(logged.failure().code, QStringLiteral("audit.broken"));
    QCOMPARE(disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")), headSeq);
    QCOMPARE(verify(m_dir).exitCode, 1);
}

void tst_RedTeamAudit::rewriteBackToProvisioningIsFound()
{
    // The tail cut, the provisioning event's detail changed so the next start would "provision"
    // again, the chain re-hashed, both heads deleted; then the day is closed and the kiosk started.
    {
        Disk disk(m_dir);
        const qint64 headSeq = disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_heads"));
        QVERIFY(disk.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(headSeq)));
        QVERIFY(disk.exec(QStringLiteral("UPDATE audit_events SET detail = 'machine_key=0' WHERE action = "
                                         "'point.provisioned'")));
        disk.rehashChain();
        QVERIFY(disk.deleteHeads());
    }
    QCOMPARE(verify(m_dir).exitCode, 1);
    const ProgramRun closed
        = regpointctl({ QStringLiteral("audit"), QStringLiteral("close-day"), QStringLiteral("--data-dir"), m_dir });
    QVERIFY(closed.exitCode != 0);
    QVERIFY(!m_ws->reopen()); // the kiosk refuses to start on it, rather than sign it
    QCOMPARE(verify(m_dir).exitCode, 1);
    Disk disk(m_dir);
    QCOMPARE(disk.scalar(QStringLiteral("SELECT count(*) FROM audit_tip")), 0);
    QCOMPARE(disk.scalar(QStringLiteral("SELECT count(*) FROM audit_heads")), 0);
}

void tst_RedTeamAudit::rewriteWithoutProvisioningIsFound()
{
    // Every trace of signing removed: the provisioning events, both heads; the log rewritten.
    {
        Disk disk(m_dir);
        QVERIFY(
            disk.exec(QStringLiteral("DELETE FROM audit_events WHERE action IN ('point.provisioned', 'day.close')")));
        disk.rehashChain();
        QVERIFY(disk.deleteHeads());
    }
    const ProgramRun run = verify(m_dir);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json()[QStringLiteral("problem")].toString().contains(QStringLiteral("running head is missing")));
}

void tst_RedTeamAudit::auditedActionFailsClosed()
{
    // The audit table refuses writes (a planted trigger): a record must not be saved without its
    // event.
    Disk disk(m_dir);
    QVERIFY(disk.exec(
        QStringLiteral("CREATE TRIGGER jam BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'jammed'); END")));
    const qint64 before = disk.scalar(QStringLiteral("SELECT count(*) FROM records"));
    CandidateRecord record;
    record.id = QUuid::createUuid();
    record.state = RecordState::CardRead;
    record.entryMethod = EntryMethod::Card;
    record.identity = testIdentity(QStringLiteral("430102200807070023"));
    record.createdBy = 1;
    QVERIFY(!(*m_ws)->records().insert(record));
    QCOMPARE(disk.scalar(QStringLiteral("SELECT count(*) FROM records")), before);
}

void tst_RedTeamAudit::swallowedEventInsideATransactionIsNotSigned()
{
    // A planted trigger silently drops one kind of event (RAISE(IGNORE): the insert "succeeds").
    // The kiosk signs the running head once per transaction; the next event of that transaction
    // would take the dropped one's number, and the head signed at commit would bless the cut.
    Disk disk(m_dir);
    QVERIFY(disk.exec(QStringLiteral("CREATE TRIGGER swallow BEFORE INSERT ON audit_events "
                                     "WHEN NEW.action = 'record.state' BEGIN SELECT RAISE(IGNORE); END")));
    const qint64 before = disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_events"));
    const auto inOneTransaction = [&](const QStringList &actions) {
        return (*m_ws)->database().withTransaction([&]() -> Status {
            for (const QString &action : actions)
                if (Status added = (*m_ws)->audit().appendInTransaction({ action, QStringLiteral("ok"), {}, {}, {} });
                    !added)
                    return added;
            return Done {};
        });
    };
    // Swallowed in the middle: the next event finds the newest row is not the one just written.
    Status logged
        = inOneTransaction({ QStringLiteral("login"), QStringLiteral("record.state"), QStringLiteral("logout") });
    QVERIFY(!logged);
    QCOMPARE(logged.failure().code, QStringLiteral("audit.broken"));
    // Swallowed last: the head is not signed over it either.
    logged = inOneTransaction({ QStringLiteral("login"), QStringLiteral("record.state") });
    QVERIFY(!logged);
    QCOMPARE(logged.failure().code, QStringLiteral("audit.broken"));
    QCOMPARE(disk.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")), before);
    QCOMPARE(verify(m_dir).exitCode, 0); // nothing of either transaction was kept
}

QTEST_GUILESS_MAIN(tst_RedTeamAudit)
#include "tst_redteam_audit.moc"
