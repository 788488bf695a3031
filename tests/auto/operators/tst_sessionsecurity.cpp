#include "audit/auditlog.h"
#include "operators/operatorservice.h"
#include "operators/permissions.h"
#include "operators/sessionlock.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;
using namespace std::chrono_literals;

namespace {
NewOperator clerk(const char *username)
{
    // Display names differ as the point requires: the name with the account after it.
    return { QString::fromLatin1(username), QStringLiteral("张敏 ") + QString::fromLatin1(username), Role::Clerk,
        QStringLiteral("clerk-pass-1"), QStringLiteral("clerk-pass-1") };
}
} // namespace

// Login lockout, idle lock, permissions and password changes, on a fake clock.
class tst_SessionSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lockoutAfterFiveFailuresDoubles();
    void supervisorLiftsALockout();
    void passwordChangesAndResetsAreAudited();
    void idleLockAfterTheLimit();
    void onlyTheSameOperatorOrASupervisorUnlocks();
    void permissionTable();

private:
    QStringList auditTrail(const QString &action) const;
    OperatorService &operators() { return (*m_ws)->operators(); }
    std::unique_ptr<TempWorkspace> m_ws;
    Operator m_supervisor;
    Operator m_clerk;
};

void tst_SessionSecurity::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_supervisor = operators().create(testSupervisor()).value();
    m_clerk = operators().create(clerk("zhang.min")).value();
}

QStringList tst_SessionSecurity::auditTrail(const QString &action) const
{
    QStringList trail;
    const QList<AuditEvent> events = (*m_ws)->audit().events().value();
    for (const AuditEvent &e : events) {
        if (e.action == action)
            trail << e.outcome;
    }
    return trail;
}

void tst_SessionSecurity::lockoutAfterFiveFailuresDoubles()
{
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong")).failure().code,
            QStringLiteral("operator.refused"));
    QCOMPARE(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong")).failure().code,
        QStringLiteral("operator.locked"));
    // Locked: even the right password waits.
    const Result<Operator> whileLocked
        = operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1"));
    QCOMPARE(whileLocked.failure().code, QStringLiteral("operator.locked"));
    QVERIFY(whileLocked.failure().message.contains(QStringLiteral("30")));
    m_ws->clock().advance(29s);
    QVERIFY(!operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    m_ws->clock().advance(1s);
    // Five more wrong ones after the first wait: the second wait is twice as long.
    for (int i = 1; i <= 5; ++i)
        (void)operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong"));
    m_ws->clock().advance(59s);
    QCOMPARE(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")).failure().code,
        QStringLiteral("operator.locked"));
    m_ws->clock().advance(1s);
    QVERIFY(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    // A good login ends the doubling.
    for (int i = 1; i <= 5; ++i)
        (void)operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong"));
    m_ws->clock().advance(30s);
    QVERIFY(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QCOMPARE(OperatorService::lockoutWait(1), 30s);
    QCOMPARE(OperatorService::lockoutWait(3), 120s);
    QCOMPARE(OperatorService::lockoutWait(30), 3600s);
    // Three lockouts, and three tries while locked.
    QCOMPARE(auditTrail(QStringLiteral("login.failed")).count(QStringLiteral("locked")), 3 + 3);
    QCOMPARE(auditTrail(QStringLiteral("login")).size(), 2);
}

void tst_SessionSecurity::supervisorLiftsALockout()
{
    for (int i = 1; i <= 5; ++i)
        (void)operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong"));
    QCOMPARE(operators().unlockAccount(m_clerk, QStringLiteral("zhang.min")).failure().code,
        QStringLiteral("operator.not-allowed"));
    QVERIFY(operators().unlockAccount(m_supervisor, QStringLiteral("zhang.min")));
    QVERIFY(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QCOMPARE(auditTrail(QStringLiteral("account.unlock")), QStringList { QStringLiteral("ok") });
}

void tst_SessionSecurity::passwordChangesAndResetsAreAudited()
{
    QCOMPARE(operators()
                 .changePassword(
                     m_clerk, QStringLiteral("not-mine"), QStringLiteral("new-pass-22"), QStringLiteral("new-pass-22"))
                 .failure()
                 .code,
        QStringLiteral("operator.refused"));
    QVERIFY(operators().changePassword(
        m_clerk, QStringLiteral("clerk-pass-1"), QStringLiteral("new-pass-22"), QStringLiteral("new-pass-22")));
    QVERIFY(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("new-pass-22")));
    QCOMPARE(operators()
                 .resetPassword(
                     m_clerk, QStringLiteral("wang.li"), QStringLiteral("taken-over-1"), QStringLiteral("taken-over-1"))
                 .failure()
                 .code,
        QStringLiteral("operator.not-allowed"));
    QVERIFY(operators().resetPassword(
        m_supervisor, QStringLiteral("zhang.min"), QStringLiteral("reset-pass-3"), QStringLiteral("reset-pass-3")));
    QVERIFY(operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("reset-pass-3")));
    QCOMPARE(auditTrail(QStringLiteral("password.change")), QStringList { QStringLiteral("ok") });
    QCOMPARE(auditTrail(QStringLiteral("password.reset")), QStringList { QStringLiteral("ok") });
    // Passwords never reach the log.
    const QList<AuditEvent> events = (*m_ws)->audit().events().value();
    for (const AuditEvent &e : events)
        QVERIFY(!e.detail.contains(QStringLiteral("pass")));
}

void tst_SessionSecurity::idleLockAfterTheLimit()
{
    SessionLock lock(operators(), m_ws->clock(), (*m_ws)->audit(), 120s);
    QSignalSpy changes(&lock, &SessionLock::lockedChanged);
    QVERIFY(!lock.checkIdle()); // nobody logged in: nothing to lock
    lock.setOperator(m_clerk);
    m_ws->clock().advance(100s);
    lock.noteActivity();
    m_ws->clock().advance(119s);
    QVERIFY(!lock.checkIdle());
    m_ws->clock().advance(1s);
    QVERIFY(lock.checkIdle());
    QCOMPARE(changes.size(), 1);
    lock.noteActivity(); // a touch on the lock screen does not unlock
    QVERIFY(lock.isLocked());
    QVERIFY(lock.unlock(QStringLiteral("zhang.min"), QStringLiteral("clerk-pass-1")));
    QVERIFY(!lock.isLocked());
    lock.lockNow();
    QVERIFY(lock.isLocked());
    lock.setOperator(std::nullopt); // logout clears the lock
    QVERIFY(!lock.isLocked());
    QCOMPARE(
        auditTrail(QStringLiteral("session.lock")), QStringList({ QStringLiteral("idle"), QStringLiteral("asked") }));
}

void tst_SessionSecurity::onlyTheSameOperatorOrASupervisorUnlocks()
{
    (void)operators().create(clerk("li.hua"));
    SessionLock lock(operators(), m_ws->clock(), (*m_ws)->audit(), 120s);
    lock.setOperator(m_clerk);
    lock.lockNow();
    QCOMPARE(lock.unlock(QStringLiteral("li.hua"), QStringLiteral("clerk-pass-1")).failure().code,
        QStringLiteral("session.other-operator"));
    QCOMPARE(lock.unlock(QStringLiteral("zhang.min"), QStringLiteral("wrong")).failure().code,
        QStringLiteral("operator.refused"));
    QVERIFY(lock.isLocked());
    const Result<Operator> who = lock.unlock(QStringLiteral("wang.li"), QStringLiteral("desk-2026-ok"));
    QVERIFY(who);
    QCOMPARE(who->role, Role::Supervisor);
    QCOMPARE(lock.sessionOperator()->id, m_clerk.id); // the clerk's session goes on
}

void tst_SessionSecurity::permissionTable()
{
    // docs/security.md, row by row: clerk, supervisor, admin.
    const QList<std::tuple<Permission, bool, bool, bool>> table {
        { Permission::RegisterCandidates, true, true, false },
        { Permission::ApproveManualEntry, false, true, false },
        { Permission::ApprovePhotoOverride, false, true, false },
        { Permission::UnlockOtherSessions, false, true, false },
        { Permission::UnlockAccounts, false, true, false },
        { Permission::ResetPasswords, false, true, true },
        { Permission::ManageOperators, false, true, true },
        { Permission::ChangeSettings, false, false, true },
        { Permission::OpenDayDespiteFailures, false, true, false },
        { Permission::CloseDay, false, true, false },
        { Permission::ExportRecords, false, true, false },
    };
    QCOMPARE(table.size(), allPermissions().size());
    for (const auto &[permission, clerkMay, supervisorMay, adminMay] : table) {
        QCOMPARE(can(Role::Clerk, permission), clerkMay);
        QCOMPARE(can(Role::Supervisor, permission), supervisorMay);
        QCOMPARE(can(Role::Admin, permission), adminMay);
    }
}

QTEST_GUILESS_MAIN(tst_SessionSecurity)
#include "tst_sessionsecurity.moc"
