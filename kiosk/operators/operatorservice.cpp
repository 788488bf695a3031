#include "operatorservice.h"

#include "clock.h"
#include "storage/operatorstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcOperators, "regpoint.kiosk.operators")

namespace RegPoint::Kiosk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::OperatorService)
};
} // namespace

OperatorService::OperatorService(OperatorStore &store, const Clock &clock, PasswordHasher hasher)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
{ }

QString OperatorService::usernameProblem(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{2,31}$"));
    if (!pattern.match(username).hasMatch())
        return Tr::tr("A user name has 3 to 32 characters: lowercase letters, digits, \".\", \"_\" or \"-\", starting "
                      "with a letter.");
    return {};
}

QString OperatorService::passwordProblem(const QString &username, const QString &password, const QString &repeat)
{
    if (password.size() < kMinPasswordLength)
        return Tr::tr("The password needs at least %n characters.", nullptr, kMinPasswordLength);
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return Tr::tr("The password must not be the user name.");
    if (password != repeat)
        return Tr::tr("The two passwords differ. Type the same password twice.");
    return {};
}

Result<Operator> OperatorService::create(const NewOperator &request)
{
    const QString username = request.username.trimmed();
    if (const QString problem = usernameProblem(username); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-username"), problem };
    if (request.displayName.trimmed().isEmpty())
        return Failure { QStringLiteral("operator.bad-name"),
            Tr::tr("Enter the operator's full name, as it will appear on printed sheets.") };
    if (const QString problem = passwordProblem(username, request.password, request.passwordRepeat); !problem.isEmpty())
        return Failure { QStringLiteral("operator.bad-password"), problem };

    const QString hash = m_hasher.hash(request.password.toUtf8());
    if (hash.isEmpty())
        return Failure { QStringLiteral("operator.hash"), Tr::tr("The password could not be protected. Try again.") };
    Operator op { 0, username, request.displayName.trimmed(), request.role, m_clock.now(), false };
    Result<Operator> stored = m_store.add(op, hash);
    if (stored)
        qCInfo(lcOperators) << "created operator" << stored->id << roleKey(stored->role);
    return stored;
}

Result<Operator> OperatorService::authenticate(const QString &username, const QString &password) const
{
    const Failure refused { QStringLiteral("operator.refused"),
        Tr::tr("User name or password is wrong. Try again, or ask the supervisor.") };
    auto found = m_store.findWithHash(username.trimmed());
    if (!found)
        return found.failure();
    if (!found.value()) {
        // Spend the same time as a real check, so timing does not reveal which names exist.
        m_hasher.verify(password.toUtf8(), m_hasher.decoy());
        qCInfo(lcOperators) << "login refused: unknown user";
        return refused;
    }
    const auto &[op, hash] = *found.value();
    if (!m_hasher.verify(password.toUtf8(), hash)) {
        qCInfo(lcOperators) << "login refused for operator" << op.id;
        return refused;
    }
    if (op.disabled)
        return Failure { QStringLiteral("operator.disabled"), Tr::tr("This account is disabled. Ask the supervisor.") };
    qCInfo(lcOperators) << "operator" << op.id << "logged in";
    return op;
}

Result<bool> OperatorService::hasAnyOperator() const
{
    Result<qsizetype> count = m_store.count();
    if (!count)
        return count.failure();
    return count.value() > 0;
}

} // namespace RegPoint::Kiosk
