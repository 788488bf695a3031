#pragma once

#include "crypto/passwordhasher.h"
#include "operators/operator.h"
#include "operators/permissions.h"
#include "result.h"

#include <chrono>
#include <functional>

namespace RegPoint::Kiosk {

struct AuditEntry;
class AuditLog;
class Clock;
class OperatorStore;

struct NewOperator
{
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString password;
    QString passwordRepeat;
};

// Creates operators, checks their passwords and locks an account after kMaxFailedLogins wrong
// ones in a row, for a wait that doubles with each lockout. Logins, failures, lockouts, unlocks
// and password changes are audit events, written in the same transaction as the change: when the
// event cannot be written, nothing happens (operator.audit-unavailable). Every login attempt runs
// scrypt exactly once at the same cost, whether the name exists, is locked or not.
class OperatorService
{
public:
    OperatorService(OperatorStore &store, const Clock &clock, AuditLog &audit, PasswordHasher hasher = {});

    // The first supervisor, and regpointctl's `operator add` (the technician's OS account).
    Result<Operator> create(const NewOperator &request);
    // At the desk: `by` adds an account of a lower role (canManageOperatorsOf).
    Result<Operator> createBy(const Operator &by, const NewOperator &request);
    // At the desk: `by` disables (or enables again) the account of a lower role. A disabled
    // account cannot sign in; its records and audit events keep its name.
    Status setDisabled(const Operator &by, const QString &username, bool disabled);
    // Why a password is typed: the audit log tells a sign-in from an approval at someone else's
    // desk and from a password typed again before administration.
    enum class Purpose
    {
        Login, // "login"
        Approval, // "approval"
        Confirmation, // "reauth"
    };
    // Failures count towards the lockout whatever the purpose.
    Result<Operator> authenticate(const QString &username, const QString &password, Purpose purpose = Purpose::Login);
    // A supervisor's approval typed at the desk: the password checked as at login, then the role.
    // `refusal` names the exception when the person may not approve it.
    Result<Operator> approval(
        const QString &username, const QString &password, Permission needed, const Failure &refusal);
    Status unlockAccount(const Operator &supervisor, const QString &username);
    Status changePassword(
        const Operator &op, const QString &oldPassword, const QString &newPassword, const QString &repeat);
    Status resetPassword(
        const Operator &by, const QString &username, const QString &newPassword, const QString &repeat);

    static constexpr int kMaxFailedLogins = 5;
    static constexpr std::chrono::seconds kFirstLockout { 30 };
    static constexpr std::chrono::seconds kLongestLockout { 3600 };
    static std::chrono::seconds lockoutWait(int lockouts);
    Result<bool> hasAnyOperator() const;
    // Whether `id` may still work: a session opened before its account was disabled (by a
    // technician's regpointctl, say) takes no further step.
    bool mayStillWork(qint64 id) const;

    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 128;
    // Empty when acceptable; otherwise what to change.
    static QString usernameProblem(const QString &username);
    static QString displayNameProblem(const QString &displayName);
    // Length, characters and strength (passwordstrength.h); `oldPassword` when changing one.
    static QString passwordProblem(
        const QString &username, const QString &password, const QString &repeat, const QString &oldPassword = {});
    // Why an action was not done: its audit event could not be written.
    static Failure auditUnavailable();

private:
    // Runs `change` and appends the event it returns in one transaction: both or neither.
    Status auditedChange(const std::function<Result<AuditEntry>()> &change);
    Status storePassword(qint64 id, const QString &password, const QString &action, qint64 by);
    Result<Operator> createAudited(const NewOperator &request, std::optional<qint64> by);
    // The account `username` when `by` may manage it (`allowed`); else why not.
    // `by` as stored now: a session's copy may be older than a disable or a role change.
    Result<Operator> actingAs(const Operator &by) const;
    Result<Operator> manageable(const Operator &by, const QString &username,
        const std::function<bool(Role, Role)> &allowed, const Failure &refusal) const;
    OperatorStore &m_store;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    AuditLog &m_audit;
};

} // namespace RegPoint::Kiosk
