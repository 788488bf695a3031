#include "audit/auditlog.h"
#include "audit/dayclose.h"
#include "crypto/demoprovince.h"
#include "storage/database.h"
#include "tempworkspace.h"
#include "workspace/workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The day's head is signed by DayClose alone: at the supervised day end after the chain verifies,
// and when the kiosk closes its part of the day.
class tst_DayClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TempWorkspace>();
        QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
        QVERIFY(m_ws->reopen());
        QVERIFY((*m_ws)->operators().create(testSupervisor()));
    }

    void closeWritesTheEventAndSignsToday()
    {
        const qint64 before = (*m_ws)->audit().events().value().size();
        const Result<QDate> closed = DayClose((*m_ws)->audit(), m_ws->clock()).close(*(*m_ws)->sealer());
        QVERIFY2(closed, qPrintable(closed.failure().message));
        QCOMPARE(closed.value(), m_ws->clock().now().toLocalTime().date());
        const QList<AuditEvent> events = (*m_ws)->audit().events().value();
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().action, QStringLiteral("day.close"));
        const AuditVerification v = (*m_ws)->audit().verify().value();
        QVERIFY2(v.ok(), qPrintable(v.problem));
        QCOMPARE(v.signedHeads, 1);
    }

    void signingSoFarWritesNoEvent()
    {
        const qint64 before = (*m_ws)->audit().events().value().size();
        QVERIFY(DayClose((*m_ws)->audit(), m_ws->clock()).signHeadSoFar(*(*m_ws)->sealer()));
        QCOMPARE((*m_ws)->audit().events().value().size(), before);
        QCOMPARE((*m_ws)->audit().verify().value().signedHeads, 1);
    }

    void brokenChainIsNeitherClosedNorSigned()
    {
        // Someone with the disk rewrites an event (the append-only triggers dropped first).
        QSqlQuery q(QSqlDatabase::database((*m_ws)->database().connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_append_only_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET outcome = 'refused' WHERE seq = 1")));
        const qint64 before = (*m_ws)->audit().events().value().size();
        const Result<QDate> closed = DayClose((*m_ws)->audit(), m_ws->clock()).close(*(*m_ws)->sealer());
        QVERIFY(!closed);
        QCOMPARE(closed.failure().code, QStringLiteral("audit.broken"));
        QVERIFY(closed.failure().message.contains(QStringLiteral("event 1")));
        QCOMPARE((*m_ws)->audit().events().value().size(), before); // no day.close over a cut
        QCOMPARE((*m_ws)->audit().verify().value().signedHeads, 0);
    }

private:
    std::unique_ptr<TempWorkspace> m_ws;
};

QTEST_GUILESS_MAIN(tst_DayClose)
#include "tst_dayclose.moc"
