#pragma once

#include "operators/operator.h"
#include "result.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <optional>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class OperatorService;

// Locks the desk when the operator has been idle for the configured time (or asks for it), and
// unlocks it for the same operator or a supervisor. Whatever was on screen stays as it was
// underneath: a record in progress is kept, not lost. The clock is injected so tests do not wait.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultIdleLimit { 120 };

    // Locks and unlocks are events of `audit`; an unlock that cannot be recorded does not happen.
    SessionLock(OperatorService &operators, const Clock &clock, AuditLog &audit,
        std::chrono::seconds idleLimit = kDefaultIdleLimit, QObject *parent = nullptr);

    // Who is working now; nullopt after logout (nothing to lock).
    void setOperator(const std::optional<Operator> &op);
    void noteActivity(); // a key or a touch
    // Locks once the idle time has passed; called every second by the kiosk, directly by tests.
    bool checkIdle();
    void lockNow(); // "lock" button: the operator steps away

    bool isLocked() const { return m_locked; }
    const std::optional<Operator> &sessionOperator() const { return m_operator; }
    std::chrono::seconds idleLimit() const { return m_idleLimit; }
    // The administrator changed it: counted from the last activity, as before.
    void setIdleLimit(std::chrono::seconds limit) { m_idleLimit = limit; }
    // The same operator's password, or a supervisor's; returns who unlocked.
    Result<Operator> unlock(const QString &username, const QString &password);

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void lock(const QString &why);
    OperatorService &m_operators;
    const Clock &m_clock;
    std::chrono::seconds m_idleLimit;
    AuditLog &m_audit;
    std::optional<Operator> m_operator;
    QDateTime m_lastActivity;
    bool m_locked = false;
};

} // namespace RegPoint::Kiosk
