#include "attackertools.h"
#include "audit/auditlog.h"
#include "audit/dayopening.h"
#include "crypto/demoprovince.h"
#include "tempworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// "Today is open" is the audit chain's word, and how it was opened cannot be rewritten: each
// attack is what someone with a shell and the data folder would try to skip the morning check,
// or to change the supervisor's reason after the fact.
class tst_DayOpening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TempWorkspace>();
        QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
        QVERIFY(m_ws->reopen());
        const Result<Operator> supervisor = (*m_ws)->operators().create(testSupervisor());
        QVERIFY(supervisor);
        m_supervisorId = supervisor->id;
    }

    void aDayOpensOnceAndTheNextDayIsClosed()
    {
        QVERIFY(!(*m_ws)->days().isOpenToday().value());
        QVERIFY(!(*m_ws)->days().latest().value());
        QVERIFY((*m_ws)->days().open(passed()));
        QVERIFY((*m_ws)->days().isOpenToday().value());
        const Status again = (*m_ws)->days().open(passed());
        QVERIFY(!again);
        QCOMPARE(again.failure().code, QStringLiteral("day.already-open"));
        m_ws->clock().advance(std::chrono::hours(24));
        QVERIFY(!(*m_ws)->days().isOpenToday().value());
        QVERIFY((*m_ws)->audit().verify().value().ok());
    }

    void failedChecksNeedAnApproverAndAReason()
    {
        DayOpeningRequest request = failedWithReason();
        request.approvedBy.reset();
        QCOMPARE((*m_ws)->days().open(request).failure().code, QStringLiteral("day.approval-needed"));
        request = failedWithReason();
        request.reason = QStringLiteral("  ok ");
        QCOMPARE((*m_ws)->days().open(request).failure().code, QStringLiteral("day.reason-needed"));
        QVERIFY(!(*m_ws)->days().isOpenToday().value());
        QVERIFY((*m_ws)->days().open(failedWithReason()));
        QCOMPARE((*m_ws)->days().latest().value()->reason, reasonText());
    }

    // What the county office reads back: every day, newest first, with who accepted what and why;
    // an earlier day's row changed afterwards is found, not shown as written.
    void theDaysAreReadBackAndAnOldOneChangedIsFound()
    {
        QVERIFY((*m_ws)->days().open(failedWithReason()));
        m_ws->clock().advance(std::chrono::hours(24));
        QVERIFY((*m_ws)->days().open(passed()));
        const QList<DayOpened> days = (*m_ws)->days().history().value();
        QCOMPARE(days.size(), 2);
        QVERIFY(days.at(0).day > days.at(1).day);
        QVERIFY(!days.at(0).approvedBy);
        QCOMPARE(days.at(1).approvedBy, m_supervisorId);
        QCOMPARE(days.at(1).reason, reasonText());
        QCOMPARE(days.at(1).failed, failedWithReason().failed);
        m_ws->close();
        {
            StoreFile store(m_ws->dataDir());
            QVERIFY(store.exec(QStringLiteral("UPDATE day_openings SET failed = '' WHERE seq = 1")));
        }
        QVERIFY(m_ws->reopen());
        QVERIFY((*m_ws)->days().latest().value()); // today's row is intact
        QCOMPARE((*m_ws)->days().history().failure().code, QStringLiteral("day.open-tampered"));
    }

    void theReasonIsNotOnDiskInClear()
    {
        QVERIFY((*m_ws)->days().open(failedWithReason()));
        m_ws->close();
        for (const QString &name : { QStringLiteral("regpoint.db"), QStringLiteral("regpoint.db-wal") }) {
            QFile file(m_ws->dataDir() + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains(reasonText().toUtf8()), qPrintable(name));
        }
    }

    void aRowAddedByHandOpensNoDay()
    {
        m_ws->close();
        {
            StoreFile store(m_ws->dataDir());
            QVERIFY(store.exec(QStringLiteral("INSERT INTO day_openings (day, opened_at, opened_by, failed, warnings) "
                                              "VALUES ('%1', '%1T08:00:00.000+08:00', 1, '', '')")
                                   .arg(m_ws->clock().now().date().toString(Qt::ISODate))));
        }
        QVERIFY(m_ws->reopen());
        QVERIFY(!(*m_ws)->days().isOpenToday().value());
    }

    void anApprovalCannotBeRewrittenOrShadowed()
    {
        QVERIFY((*m_ws)->days().open(failedWithReason()));
        const Result<Operator> other = (*m_ws)->operators().create({ QStringLiteral("li.na"), QStringLiteral("李娜"),
            Role::Supervisor, QStringLiteral("second-supervisor-1"), QStringLiteral("second-supervisor-1") });
        QVERIFY(other);
        m_ws->close();
        {
            // A newer row for today saying nobody approved anything and no reason was given.
            StoreFile store(m_ws->dataDir());
            QVERIFY(store.exec(QStringLiteral("INSERT INTO day_openings (day, opened_at, opened_by, failed, warnings) "
                                              "SELECT day, opened_at, opened_by, failed, warnings FROM day_openings")));
        }
        QVERIFY(m_ws->reopen());
        const std::optional<DayOpened> shadowed = (*m_ws)->days().latest().value();
        QVERIFY(shadowed);
        QCOMPARE(shadowed->approvedBy, m_supervisorId); // the row the signed event names
        QCOMPARE(shadowed->reason, reasonText());
        m_ws->close();
        {
            // The approval credited to another supervisor, the reason left as it was.
            StoreFile store(m_ws->dataDir());
            QVERIFY(
                store.exec(QStringLiteral("UPDATE day_openings SET approved_by = %1 WHERE seq = 1").arg(other->id)));
        }
        QVERIFY(m_ws->reopen());
        QCOMPARE((*m_ws)->days().latest().failure().code, QStringLiteral("day.open-tampered"));
    }

    void aSwappedReasonIsFound()
    {
        // Yesterday's opening and today's, both with reasons; then today's reason is replaced by
        // yesterday's ciphertext and by the attacker's own bytes.
        QVERIFY((*m_ws)->days().open(failedWithReason()));
        m_ws->clock().advance(std::chrono::hours(24));
        DayOpeningRequest today = failedWithReason();
        today.reason = QStringLiteral("Printer jammed, slips by hand");
        QVERIFY((*m_ws)->days().open(today));
        QCOMPARE((*m_ws)->days().latest().value()->reason, today.reason);
        m_ws->close();
        {
            StoreFile store(m_ws->dataDir());
            QVERIFY(store.exec(QStringLiteral("UPDATE day_openings SET reason = (SELECT reason FROM day_openings "
                                              "WHERE seq = 1) WHERE seq = 2")));
        }
        QVERIFY(m_ws->reopen());
        QCOMPARE((*m_ws)->days().latest().failure().code, QStringLiteral("day.open-tampered"));
        m_ws->close();
        {
            StoreFile store(m_ws->dataDir());
            QVERIFY(store.exec(QStringLiteral("UPDATE day_openings SET reason = x'00', failed = '' WHERE seq = 2")));
        }
        QVERIFY(m_ws->reopen());
        QCOMPARE((*m_ws)->days().latest().failure().code, QStringLiteral("day.open-tampered"));
    }

    void anEventAppendedByHandBreaksTheSignedChain()
    {
        // The attacker appends a day.open of their own, chained correctly; they cannot sign it as the point.
        m_ws->close();
        {
            StoreFile store(m_ws->dataDir());
            const QString last = store.text(QStringLiteral("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
            const qint64 seq = store.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")) + 1;
            AuditEvent forged;
            forged.seq = seq;
            forged.at = m_ws->clock().now();
            forged.pointCode = QStringLiteral("430102-07");
            forged.action = QStringLiteral("day.open");
            forged.outcome = QStringLiteral("ok");
            forged.detail = QStringLiteral("day=") + m_ws->clock().now().date().toString(Qt::ISODate);
            forged.prevHash = last;
            const QString hash = AuditLog::hashOf(forged);
            QVERIFY(store.exec(
                QStringLiteral("INSERT INTO audit_events (seq, at, point_code, action, outcome, "
                               "detail, prev_hash, hash) VALUES (%1, '%2', '430102-07', 'day.open', "
                               "'ok', '%3', '%4', '%5')")
                    .arg(seq)
                    .arg(AuditLog::toJson(forged)[QStringLiteral("at")].toString(), forged.detail, last, hash)));
        }
        // The store still opens (it is the evidence); the morning check reports the log broken.
        QVERIFY(m_ws->reopen());
        const AuditVerification verified = (*m_ws)->audit().verify().value();
        QVERIFY(!verified.ok());
        // And nobody signs in over it: the next event is refused, so the forged opening is never used.
        const Result<Operator> login
            = (*m_ws)->operators().authenticate(testSupervisor().username, testSupervisor().password);
        QVERIFY(!login);
        QCOMPARE(login.failure().code, QStringLiteral("operator.audit-unavailable"));
    }

private:
    DayOpeningRequest passed() const
    {
        DayOpeningRequest request;
        request.openedBy = m_supervisorId;
        return request;
    }
    static QString reasonText() { return QStringLiteral("读卡器送修，主管张老师批准手工录入"); }
    DayOpeningRequest failedWithReason() const
    {
        DayOpeningRequest request = passed();
        request.failed = { QStringLiteral("reader.error") };
        request.approvedBy = m_supervisorId;
        request.reason = reasonText();
        return request;
    }

    std::unique_ptr<TempWorkspace> m_ws;
    qint64 m_supervisorId = 0;
};

QTEST_GUILESS_MAIN(tst_DayOpening)
#include "tst_dayopening.moc"
