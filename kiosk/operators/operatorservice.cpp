#include "operatorservice.h"

#include "audit/auditlog.h"

#include "clock.h"
#include "operators/operatorstore.h"
#include "operators/passwordstrength.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <utility>

Q_LOGGING_CATEGORY(lcOperators, "regpoint.kiosk.operators")

namespace RegPoint::Kiosk {

namespace {
struct OperatorServiceTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::OperatorService)
};
} // namespace

OperatorService::OperatorService(OperatorStore &store, const Clock &clock, AuditLog &audit, PasswordHasher hasher)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(std::move(hasher))
    , m_audit(audit)
{ }

QString OperatorService::usernameProblem(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{2,31}$"));
    if (!pattern.match(username).hasMatch())
        return OperatorServiceTr::tr(
            "A user name has 3 to 32 characters: lowercase letters, digits, \".\", \"_\" or \"-\", starting "
            "with a letter.");
    return {};
}

QString OperatorService::displayNameProblem(const QString &displayName)
{
    if (displayName.trimmed().isEmpty())
        return OperatorServiceTr::tr("Enter the operator's full name, as it will appear on printed sheets.");
    // Terminal escapes, direction overrides and zero-width marks would reach every screen, sheet
    // and terminal that shows the name.
    if (!isPrintableText(displayName))
        return OperatorServiceTr::tr(
            "The full name contains control or invisible characters (such as terminal codes or direction "
            "marks). Type it again without them.");
    return {};
}

QString OperatorService::passwordProblem(
    const QString &username, const QString &password, const QString &repeat, const QString &oldPassword)
{
    if (password.size() < kMinPasswordLength)
        return OperatorServiceTr::tr("The password needs at least %n characters.", nullptr, kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return OperatorServiceTr::tr("The password can have at most %n characters.", nullptr, kMaxPasswordLength);
    if (!isPrintableText(password))
        return OperatorServiceTr::tr(
            "The password contains control or invisible characters. Use letters, digits, spaces and symbols only.");
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return OperatorServiceTr::tr("The password must not be the user name.");
    switch (passwordWeakness(username, password, oldPassword)) {
    case PasswordWeakness::None:
        break;
    case PasswordWeakness::TooShort:
        return OperatorServiceTr::tr("The password needs at least %n characters.", nullptr, kMinPasswordLength);
    case PasswordWeakness::FewKinds:
        return OperatorServiceTr::tr(
            "Mix at least two kinds of characters: lowercase letters, capital letters, digits or symbols "
            "(a space counts as a symbol).");
    case PasswordWeakness::Repeats:
        return OperatorServiceTr::tr("Do not repeat a character more than three times in a row.");
    case PasswordWeakness::Sequence:
        return OperatorServiceTr::tr(
            R"(The password has a run of more than four characters in order, like "12345" or "abcde".)");
    case PasswordWeakness::ContainsUserName:
        return OperatorServiceTr::tr("The password must not contain the user name.");
    case PasswordWeakness::Palindrome:
        return OperatorServiceTr::tr("The password must not read the same backwards.");
    case PasswordWeakness::Guessable:
        return OperatorServiceTr::tr(
            "The password is too easy to guess (a dictionary word or a simple pattern). Choose a less common one.");
    case PasswordWeakness::LikeOldPassword:
        return OperatorServiceTr::tr("The new password is too similar to the old one.");
    case PasswordWeakness::Unchecked:
        return OperatorServiceTr::tr("The password could not be checked. Try again.");
    }
    if (password != repeat)
        return OperatorServiceTr::tr("The two passwords differ. Type the same password twice.");
    return {};
}

Failure OperatorService::auditUnavailable()
{
    return { QStringLiteral("operator.audit-unavailable"), [] {
                return OperatorServiceTr::tr(
                    "Not done: the audit log cannot be written, and nothing happens without its audit record. Call the "
                    "technician (\"regpointctl db check\", \"regpointctl audit verify\").");
            } };
}

Status OperatorService::auditedChange(const std::function<Result<AuditEntry>()> &change)
{
    std::optional<Failure> changeFailed;
    Status done = m_store.withTransaction([&]() -> Status {
        Result<AuditEntry> entry = change();
        if (!entry) {
            changeFailed = entry.failure();
            return entry.failure();
        }
        return m_audit.appendInTransaction(entry.value());
    });
    if (done)
        return done;
    if (changeFailed)
        return *changeFailed;
    // The transaction could not start, the event not be written or the whole not be committed:
    // either way the change is rolled back with its event.
    qCWarning(lcOperators) << "audited change refused, its event cannot be written:" << done.failure().code;
    return auditUnavailable();
}

Result<Operator> OperatorService::create(const NewOperator &request)
{
    return createAudited(request, std::nullopt);
}

Result<Operator> OperatorService::createBy(const Operator &by, const NewOperator &request)
{
    const Result<Operator> acting = actingAs(by);
    if (!acting)
        return acting.failure();
    if (!canManageOperatorsOf(acting->role, request.role))
        return Failure { QStringLiteral("operator.not-allowed"), [] {
                            return OperatorServiceTr::tr(
                                "A supervisor adds clerks, an administrator clerks and supervisors.");
                        } };
    return createAudited(request, by.id);
}

Result<Operator> OperatorService::createAudited(const NewOperator &request, std::optional<qint64> by)
{
    const QString username = request.username.trimmed();
    if (const QString problem = usernameProblem(username); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-username"), problem };
    if (const QString problem = displayNameProblem(request.displayName); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-name"), problem };
    if (const QString problem = passwordProblem(username, request.password, request.passwordRepeat); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-password"), problem };
    // Histories and slips name operators by display name: two alike could not be told apart.
    const Result<QList<Operator>> existing = m_store.list();
    if (!existing)
        return existing.failure();
    for (const Operator &other : existing.value()) {
        // The same user name is refused by the store, saying so.
        if (other.username != username
            && other.displayName.compare(request.displayName.trimmed(), Qt::CaseInsensitive) == 0)
            return Failure { QStringLiteral("operator.duplicate-name"),
                [displayName = printableText(other.displayName)] {
                    return OperatorServiceTr::tr(
                        "Another account is shown as %1 already. Add something that tells them apart, "
                        "such as the given name in full or a number.")
                        .arg(displayName);
                } };
    }

    const QString hash = m_hasher.hash(request.password.toUtf8());
    if (hash.isEmpty())
        return Failure { QStringLiteral("operator.hash"),
            [] { return OperatorServiceTr::tr("The password could not be protected. Try again."); } };
    const Operator op { 0, username, request.displayName.trimmed(), request.role, m_clock.now(), false };
    std::optional<Operator> stored;
    const Status created = auditedChange([&]() -> Result<AuditEntry> {
        Result<Operator> added = m_store.add(op, hash);
        if (!added)
            return added.failure();
        stored = added.value();
        return AuditEntry { QStringLiteral("operator.create"), roleKey(stored->role), by, {},
            QStringLiteral("operator=%1").arg(stored->id) };
    });
    if (!created)
        return created.failure();
    qCInfo(lcOperators) << "created operator" << stored->id << roleKey(stored->role);
    return *stored;
}

std::chrono::seconds OperatorService::lockoutWait(int lockouts)
{
    // 30 s, 1 min, 2 min, ... doubling with each lockout, at most an hour.
    const qint64 wait = qint64(kFirstLockout.count()) << std::min(std::max(lockouts - 1, 0), 20);
    return std::chrono::seconds(std::min<qint64>(wait, kLongestLockout.count()));
}

namespace {
QString actionOf(OperatorService::Purpose purpose)
{
    switch (purpose) {
    case OperatorService::Purpose::Approval:
        return QStringLiteral("approval");
    case OperatorService::Purpose::Confirmation:
        return QStringLiteral("reauth");
    case OperatorService::Purpose::Login:
        break;
    }
    return QStringLiteral("login");
}
} // namespace

Result<Operator> OperatorService::authenticate(const QString &username, const QString &password, Purpose purpose)
{
    const Failure refused { QStringLiteral("operator.refused"),
        [] { return OperatorServiceTr::tr("User name or password is wrong. Try again, or ask the supervisor."); } };
    auto found = m_store.findWithHash(username.trimmed());
    if (!found)
        return found.failure();
    // One scrypt run, at the same cost, for every answer: against the stored hash, or against a
    // decoy when the name is unknown, and before looking at a lockout, so that neither which
    // names exist nor which are locked shows in the time taken.
    const bool known = found.value().has_value();
    const bool matches = m_hasher.verify(password.toUtf8(), known ? found.value()->second : m_hasher.decoy()) && known;
    if (!known) {
        qCInfo(lcOperators) << "login refused: unknown user";
        const Status logged = auditedChange([] {
            return Result<AuditEntry>(AuditEntry {
                QStringLiteral("login.failed"), QStringLiteral("refused"), {}, {}, QStringLiteral("unknown-user") });
        });
        return logged ? refused : logged.failure();
    }
    const Operator &op = found.value()->first;
    Result<LoginGuard> guard = m_store.loginGuard(op.id);
    if (!guard)
        return guard.failure();
    const QDateTime now = m_clock.now();
    if (guard->lockedUntil.isValid() && now < guard->lockedUntil) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(guard->lockedUntil));
        const Status logged = auditedChange([&] {
            return Result<AuditEntry>(
                AuditEntry { QStringLiteral("login.failed"), QStringLiteral("locked"), op.id, {}, {} });
        });
        if (!logged)
            return logged.failure();
        return Failure { QStringLiteral("operator.locked"), [count = int(wait)] {
                            return OperatorServiceTr::tr("Too many wrong passwords: this account is locked for %n "
                                                         "more second(s). A supervisor can unlock "
                                                         "it sooner.",
                                nullptr, count);
                        } };
    }
    if (!matches) {
        LoginGuard next = guard.value();
        ++next.failedLogins;
        QString outcome = QStringLiteral("refused");
        if (next.failedLogins >= kMaxFailedLogins) {
            ++next.lockouts;
            next.failedLogins = 0;
            next.lockedUntil = now.addSecs(lockoutWait(next.lockouts).count());
            outcome = QStringLiteral("locked");
        }
        const Status saved = auditedChange([&]() -> Result<AuditEntry> {
            if (const Status stored = m_store.setLoginGuard(op.id, next); !stored)
                return stored.failure();
            return AuditEntry { QStringLiteral("login.failed"), outcome, op.id, {},
                QStringLiteral("failures=%1 lockouts=%2").arg(next.failedLogins).arg(next.lockouts) };
        });
        if (!saved)
            return saved.failure();
        qCInfo(lcOperators) << "login refused for operator" << op.id << outcome;
        if (outcome == u"locked")
            return Failure { QStringLiteral("operator.locked"), [count = int(lockoutWait(next.lockouts).count())] {
                                return OperatorServiceTr::tr("Too many wrong passwords: this account is locked for "
                                                             "%n second(s). A supervisor can unlock "
                                                             "it sooner.",
                                    nullptr, count);
                            } };
        return refused;
    }
    if (op.disabled)
        return Failure { QStringLiteral("operator.disabled"),
            [] { return OperatorServiceTr::tr("This account is disabled. Ask the supervisor."); } };
    const bool clearGuard = guard->failedLogins != 0 || guard->lockouts != 0 || guard->lockedUntil.isValid();
    const Status loggedIn = auditedChange([&]() -> Result<AuditEntry> {
        if (clearGuard) {
            if (const Status cleared = m_store.setLoginGuard(op.id, {}); !cleared)
                return cleared.failure();
        }
        return AuditEntry { actionOf(purpose), QStringLiteral("ok"), op.id, {}, {} };
    });
    if (!loggedIn)
        return loggedIn.failure();
    qCInfo(lcOperators) << "operator" << op.id << "password accepted:" << actionOf(purpose);
    return op;
}

Result<Operator> OperatorService::approval(
    const QString &username, const QString &password, Permission needed, const Failure &refusal)
{
    Result<Operator> approver = authenticate(username, password, Purpose::Approval);
    if (!approver)
        return approver;
    if (!can(approver->role, needed))
        return refusal;
    return approver;
}

Result<Operator> OperatorService::actingAs(const Operator &by) const
{
    const Result<std::optional<Operator>> stored = m_store.find(by.id);
    if (!stored)
        return stored.failure();
    if (!stored.value() || stored.value()->disabled)
        return Failure { QStringLiteral("operator.disabled"), [] {
                            return OperatorServiceTr::tr(
                                "Your account was disabled meanwhile: nothing was changed. Ask the administrator.");
                        } };
    return *stored.value();
}

Result<Operator> OperatorService::manageable(const Operator &by, const QString &username,
    const std::function<bool(Role, Role)> &allowed, const Failure &refusal) const
{
    const Result<Operator> acting = actingAs(by);
    if (!acting)
        return acting.failure();
    auto found = m_store.findWithHash(username.trimmed());
    if (!found)
        return found.failure();
    if (!found.value())
        return Failure { QStringLiteral("operator.unknown"), [username = printableText(username)] {
                            return OperatorServiceTr::tr("There is no account %1.").arg(username);
                        } };
    if (!allowed(acting->role, found.value()->first.role))
        return refusal;
    return found.value()->first;
}

Status OperatorService::setDisabled(const Operator &by, const QString &username, bool disabled)
{
    const Result<Operator> target = manageable(by, username, canManageOperatorsOf,
        { QStringLiteral("operator.not-allowed"),
            OperatorServiceTr::tr("Only a higher role can disable or enable an account: a supervisor a clerk's, an "
                                  "administrator a clerk's or a supervisor's.") });
    if (!target)
        return target.failure();
    if (target->disabled == disabled)
        return Done {};
    return auditedChange([&]() -> Result<AuditEntry> {
        if (const Status changed = m_store.setDisabled(target->id, disabled); !changed)
            return changed.failure();
        return AuditEntry { disabled ? QStringLiteral("operator.disable") : QStringLiteral("operator.enable"),
            QStringLiteral("ok"), by.id, {}, QStringLiteral("operator=%1").arg(target->id) };
    });
}

Status OperatorService::unlockAccount(const Operator &supervisor, const QString &username)
{
    if (!can(supervisor.role, Permission::UnlockAccounts))
        return Failure { QStringLiteral("operator.not-allowed"),
            [] { return OperatorServiceTr::tr("Only a supervisor can unlock an account."); } };
    const Result<Operator> target = manageable(supervisor, username, canUnlockAccountOf,
        { QStringLiteral("operator.not-allowed"),
            OperatorServiceTr::tr(
                "Only a higher role can unlock an account early: a supervisor a clerk's, an administrator a "
                "clerk's or a supervisor's. Otherwise the lock runs out by itself.") });
    if (!target)
        return target.failure();
    const qint64 id = target->id;
    return auditedChange([&]() -> Result<AuditEntry> {
        if (const Status cleared = m_store.setLoginGuard(id, {}); !cleared)
            return cleared.failure();
        return AuditEntry { QStringLiteral("account.unlock"), QStringLiteral("ok"), supervisor.id, {},
            QStringLiteral("operator=%1").arg(id) };
    });
}

Status OperatorService::changePassword(
    const Operator &op, const QString &oldPassword, const QString &newPassword, const QString &repeat)
{
    if (Result<Operator> checked = authenticate(op.username, oldPassword, Purpose::Confirmation); !checked)
        return checked.failure();
    if (const QString problem = passwordProblem(op.username, newPassword, repeat, oldPassword); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-password"), problem };
    return storePassword(op.id, newPassword, QStringLiteral("password.change"), op.id);
}

Status OperatorService::resetPassword(
    const Operator &by, const QString &username, const QString &newPassword, const QString &repeat)
{
    if (!can(by.role, Permission::ResetPasswords))
        return Failure { QStringLiteral("operator.not-allowed"),
            [] { return OperatorServiceTr::tr("Only a supervisor or administrator can reset a password."); } };
    const Result<Operator> target = manageable(by, username, canResetPasswordOf,
        { QStringLiteral("operator.not-allowed"),
            OperatorServiceTr::tr(
                "Only a higher role can reset a password: a supervisor resets a clerk's, an administrator a "
                "clerk's or a supervisor's.") });
    if (!target)
        return target.failure();
    if (const QString problem = passwordProblem(target->username, newPassword, repeat); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-password"), problem };
    return storePassword(target->id, newPassword, QStringLiteral("password.reset"), by.id);
}

Status OperatorService::storePassword(qint64 id, const QString &password, const QString &action, qint64 by)
{
    const QString hash = m_hasher.hash(password.toUtf8());
    if (hash.isEmpty())
        return Failure { QStringLiteral("operator.hash"),
            [] { return OperatorServiceTr::tr("The password could not be protected. Try again."); } };
    return auditedChange([&]() -> Result<AuditEntry> {
        if (const Status stored = m_store.setPasswordHash(id, hash); !stored)
            return stored.failure();
        if (const Status cleared = m_store.setLoginGuard(id, {}); !cleared)
            return cleared.failure();
        return AuditEntry { action, QStringLiteral("ok"), by, {}, QStringLiteral("operator=%1").arg(id) };
    });
}

bool OperatorService::mayStillWork(qint64 id) const
{
    const Result<std::optional<Operator>> found = m_store.find(id);
    return found && found.value() && !found.value()->disabled;
}

Result<bool> OperatorService::hasAnyOperator() const
{
    Result<qsizetype> count = m_store.count();
    if (!count)
        return count.failure();
    return count.value() > 0;
}

} // namespace RegPoint::Kiosk
