#include "sessionlock.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "operators/operatorservice.h"
#include "operators/permissions.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOperators)

namespace RegPoint::Kiosk {

namespace {
struct SessionLockTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SessionLock)
};
} // namespace

SessionLock::SessionLock(
    OperatorService &operators, const Clock &clock, AuditLog &audit, std::chrono::seconds idleLimit, QObject *parent)
    : QObject(parent)
    , m_operators(operators)
    , m_clock(clock)
    , m_idleLimit(idleLimit)
    , m_audit(audit)
{ }

void SessionLock::setOperator(const std::optional<Operator> &op)
{
    m_operator = op;
    m_lastActivity = m_clock.now();
    if (m_locked && !op) {
        m_locked = false;
        Q_EMIT lockedChanged(false);
    }
}

void SessionLock::noteActivity()
{
    if (!m_locked)
        m_lastActivity = m_clock.now();
}

bool SessionLock::checkIdle()
{
    if (!m_locked && m_operator && m_lastActivity.secsTo(m_clock.now()) >= m_idleLimit.count())
        lock(QStringLiteral("idle"));
    return m_locked;
}

void SessionLock::lockNow()
{
    if (!m_locked && m_operator)
        lock(QStringLiteral("asked"));
}

void SessionLock::lock(const QString &why)
{
    // Locking only takes power away: it happens even when its event cannot be written.
    m_locked = true;
    if (const Status logged = m_audit.append({ QStringLiteral("session.lock"), why, m_operator->id, {}, {} }); !logged)
        qCWarning(lcOperators) << "lock event not written:" << logged.failure().code;
    Q_EMIT lockedChanged(true);
}

Result<Operator> SessionLock::unlock(const QString &username, const QString &password)
{
    if (!m_locked || !m_operator)
        return Failure { QStringLiteral("session.not-locked"),
            [] { return SessionLockTr::tr("The desk is not locked."); } };
    Result<Operator> who = m_operators.authenticate(username, password);
    if (!who)
        return who;
    const bool same = who->id == m_operator->id;
    if (!same && !can(who->role, Permission::UnlockOtherSessions)) {
        (void)m_audit.append({ QStringLiteral("session.unlock"), QStringLiteral("refused"), who->id, {},
            QStringLiteral("session-of=%1").arg(m_operator->id) });
        return Failure { QStringLiteral("session.other-operator"), [displayName = m_operator->displayName] {
                            return SessionLockTr::tr(
                                "Only %1, who was working here, or a supervisor can unlock this desk.")
                                .arg(displayName);
                        } };
    }
    // Fail closed: the desk stays locked unless its unlock is on record.
    if (const Status logged = m_audit.append({ QStringLiteral("session.unlock"), QStringLiteral("ok"), who->id, {},
            same ? QString() : QStringLiteral("session-of=%1").arg(m_operator->id) });
        !logged) {
        qCWarning(lcOperators) << "unlock refused, its event cannot be written:" << logged.failure().code;
        return OperatorService::auditUnavailable();
    }
    m_locked = false;
    m_lastActivity = m_clock.now();
    Q_EMIT lockedChanged(false);
    return who;
}

} // namespace RegPoint::Kiosk
