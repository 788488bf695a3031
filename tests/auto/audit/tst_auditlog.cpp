#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "operators/operatorservice.h"
#include "records/recordstore.h"
#include "settings/kiosksettings.h"
#include "storage/database.h"
#include "tempworkspace.h"
#include "testreviews.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The audit log: append-only, and any change to any stored byte of any event is found and named.
class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intactChainVerifies();
    void headIsSignedWhenTheTransactionCommits();
    void appendOnlyInTheDatabase();
    void everyChangedFieldIsNamed();
    void removedEventIsNamed();
    void forgedDayHeadIsFound();
    void cliNamesTheBrokenEvent();
    void settingsChangesAreEvents();

private:
    QSqlQuery query() { return QSqlQuery(QSqlDatabase::database((*m_ws)->database().connectionName(), false)); }
    bool exec(const QString &sql)
    {
        QSqlQuery q = query();
        return q.exec(sql);
    }
    std::unique_ptr<TempWorkspace> m_ws;
};

void tst_AuditLog::initTestCase()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY(m_ws->reopen());
    const qint64 op = (*m_ws)->operators().create(testSupervisor()).value().id;
    for (const char *id : { "430102200801010028", "430102200803120028" }) {
        CandidateRecord record;
        record.id = QUuid::createUuid();
        record.state = RecordState::CardRead;
        record.entryMethod = EntryMethod::Card;
        record.identity = testIdentity(QString::fromLatin1(id));
        record.createdBy = op;
        QVERIFY((*m_ws)->records().insert(record));
        QVERIFY(reviewEligible((*m_ws)->records(), record.id, op));
        QVERIFY((*m_ws)->records().attachPhoto(
            record.id, QByteArray(100, 'p'), op, PhotoOverride { op, QStringLiteral("blurry but ok") }));
    }
    QVERIFY((*m_ws)->audit().append({ QStringLiteral("day.close"), QStringLiteral("ok"), {}, {}, {} }));
    QVERIFY((*m_ws)->audit().signHead(m_ws->clock().now().date(), *(*m_ws)->sealer()));
    // Tests below change stored rows the way someone with the disk would: triggers gone first.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_events_append_only_update")));
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_events_append_only_delete")));
}

void tst_AuditLog::intactChainVerifies()
{
    const AuditVerification v = (*m_ws)->audit().verify().value();
    QVERIFY2(v.ok(), qPrintable(v.problem));
    // point provisioned, operator created, 2 x (record created, reviewed, review, photo_ok, override), day close
    QCOMPARE(v.events, 13);
    QCOMPARE(v.signedHeads, 1);
}

void tst_AuditLog::headIsSignedWhenTheTransactionCommits()
{
    TempWorkspace ws;
    QVERIFY(DemoProvince(ws.dataDir()).provisionPoint(QStringLiteral("430102-07"), ws.clock().now()));
    QVERIFY(ws.reopen());
    AuditLog &audit = ws->audit();
    const auto head = [&] { return audit.runningHead().value().value(); };
    const auto events = [&] {
        QSqlQuery q(QSqlDatabase::database(ws->database().connectionName(), false));
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events")) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const AuditHead before = head();
    const AuditEntry entry { QStringLiteral("record.state"), QStringLiteral("queued"), {}, {}, {} };

    // Three events in one transaction: one head, naming the last, signed as it commits.
    QVERIFY(ws->database().withTransaction([&]() -> Status {
        for (int i = 0; i < 3; ++i)
            if (Status added = audit.appendInTransaction(entry); !added)
                return added;
        return Done {};
    }));
    QCOMPARE(head().seq, before.seq + 3);
    QCOMPARE(events(), before.seq + 3);
    AuditVerification v = audit.verify().value();
    QVERIFY2(v.ok(), qPrintable(v.problem));

    // A transaction that fails after its events leaves neither events nor head behind, and the
    // next event checks the head on disk again and extends it.
    const AuditHead kept = head();
    QVERIFY(!ws->database().withTransaction([&]() -> Status {
        for (int i = 0; i < 2; ++i)
            if (Status added = audit.appendInTransaction(entry); !added)
                return added;
        return Failure { QStringLiteral("test.abort"), QStringLiteral("abandoned") };
    }));
    QCOMPARE(head().seq, kept.seq);
    QCOMPARE(head().hash, kept.hash);
    QCOMPARE(events(), kept.seq);
    QVERIFY(audit.append(entry));
    QCOMPARE(head().seq, kept.seq + 1);
    v = audit.verify().value();
    QVERIFY2(v.ok(), qPrintable(v.problem));
}

void tst_AuditLog::appendOnlyInTheDatabase()
{
    TempWorkspace fresh;
    QVERIFY(fresh->audit().append({ QStringLiteral("login"), QStringLiteral("ok"), {}, {}, {} }));
    QSqlQuery q(QSqlDatabase::database(fresh->database().connectionName(), false));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET outcome = 'refused'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
}

void tst_AuditLog::everyChangedFieldIsNamed()
{
    const qint64 count = (*m_ws)->audit().events().value().size();
    const QStringList columns { QStringLiteral("at"), QStringLiteral("operator_id"), QStringLiteral("role"),
        QStringLiteral("point_code"), QStringLiteral("record_id"), QStringLiteral("action"), QStringLiteral("outcome"),
        QStringLiteral("detail"), QStringLiteral("prev_hash"), QStringLiteral("hash") };
    int checked = 0;
    for (qint64 seq = 1; seq <= count; ++seq) {
        for (const QString &column : columns) {
            QSqlQuery q = query();
            QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM audit_events WHERE seq = %2").arg(column).arg(seq)));
            QVERIFY(q.next());
            const QVariant original = q.value(0);
            QVariant changed;
            if (column == u"operator_id") {
                changed = original.isNull() ? QVariant(1) : QVariant(original.toLongLong() + 1);
            } else {
                QByteArray bytes = original.toString().toUtf8();
                if (bytes.isEmpty())
                    bytes = "x";
                else
                    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01); // one bit of one byte
                changed = QString::fromUtf8(bytes);
            }
            q.prepare(QStringLiteral("UPDATE audit_events SET %1 = ? WHERE seq = ?").arg(column));
            q.addBindValue(changed);
            q.addBindValue(seq);
            QVERIFY(q.exec());
            const AuditVerification v = (*m_ws)->audit().verify().value();
            QVERIFY2(!v.ok(), qPrintable(QStringLiteral("seq %1 %2").arg(seq).arg(column)));
            QVERIFY2(v.firstBroken == seq,
                qPrintable(QStringLiteral("seq %1 %2 named %3").arg(seq).arg(column).arg(v.firstBroken.value_or(-1))));
            q.prepare(QStringLiteral("UPDATE audit_events SET %1 = ? WHERE seq = ?").arg(column));
            q.addBindValue(original);
            q.addBindValue(seq);
            QVERIFY(q.exec());
            ++checked;
        }
    }
    QCOMPARE(checked, count * columns.size());
    QVERIFY((*m_ws)->audit().verify().value().ok());
}

void tst_AuditLog::removedEventIsNamed()
{
    QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE saved AS SELECT * FROM audit_events WHERE seq = 3")));
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 3")));
    const AuditVerification v = (*m_ws)->audit().verify().value();
    QCOMPARE(v.firstBroken, 3);
    QVERIFY(exec(QStringLiteral("INSERT INTO audit_events SELECT * FROM saved")));
    QVERIFY(exec(QStringLiteral("DROP TABLE saved")));
    QVERIFY((*m_ws)->audit().verify().value().ok());
}

void tst_AuditLog::forgedDayHeadIsFound()
{
    QSqlQuery q = query();
    QVERIFY(q.exec(QStringLiteral("SELECT signature FROM audit_heads")));
    QVERIFY(q.next());
    const QString original = q.value(0).toString();
    QByteArray signature = QByteArray::fromBase64(original.toLatin1());
    signature[signature.size() - 3] = char(signature[signature.size() - 3] ^ 0x01);
    q.prepare(QStringLiteral("UPDATE audit_heads SET signature = ?"));
    q.addBindValue(QString::fromLatin1(signature.toBase64()));
    QVERIFY(q.exec());
    const AuditVerification v = (*m_ws)->audit().verify().value();
    QVERIFY(!v.ok());
    QVERIFY(v.problem.contains(QStringLiteral("signed head")));
    q.prepare(QStringLiteral("UPDATE audit_heads SET signature = ?"));
    q.addBindValue(original);
    QVERIFY(q.exec());
    QVERIFY((*m_ws)->audit().verify().value().ok());
}

void tst_AuditLog::cliNamesTheBrokenEvent()
{
    QVERIFY(exec(QStringLiteral("UPDATE audit_events SET outcome = 'sealed' WHERE seq = 2")));
    QProcess ctl;
    ctl.start(QStringLiteral(REGPOINTCTL_BIN),
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--data-dir"),
            m_ws->dataDir() });
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
    QCOMPARE(json[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(json[QStringLiteral("first_broken")].toInt(), 2);
}

void tst_AuditLog::settingsChangesAreEvents()
{
    TempWorkspace fresh;
    const auto changes = [&] {
        int n = 0;
        const QList<AuditEvent> events = fresh->audit().events().value();
        for (const AuditEvent &e : events)
            n += e.action == u"settings.change" ? 1 : 0;
        return n;
    };
    QVERIFY(auditSettingsChange(fresh->audit(), fresh.dataDir())); // first start: no kiosk.ini
    QVERIFY(auditSettingsChange(fresh->audit(), fresh.dataDir())); // unchanged: no new event
    QCOMPARE(changes(), 1);
    QFile ini(KioskSettings::path(fresh.dataDir()));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[session]\nidle_lock_seconds=300\n");
    ini.close();
    QVERIFY(auditSettingsChange(fresh->audit(), fresh.dataDir()));
    QCOMPARE(changes(), 2);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
