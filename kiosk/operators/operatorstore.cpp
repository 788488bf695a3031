#include "operatorstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RegPoint::Kiosk {

namespace {

struct OperatorStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::OperatorStore)
};

const QString kOperatorColumns = QStringLiteral("id, username, display_name, role, created_at, disabled");

Operator operatorFrom(const QSqlQuery &q)
{
    Operator op;
    op.id = q.value(0).toLongLong();
    op.username = q.value(1).toString();
    op.displayName = q.value(2).toString();
    op.role = roleFromKey(q.value(3).toString()).value_or(Role::Clerk);
    op.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    op.disabled = q.value(5).toBool();
    return op;
}

} // namespace

OperatorStore::OperatorStore(Database &database)
    : m_database(database)
{ }

Result<Operator> OperatorStore::add(const Operator &op, const QString &passwordHash)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral(
        "INSERT INTO operators (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(op.username);
    q.addBindValue(op.displayName);
    q.addBindValue(roleKey(op.role));
    q.addBindValue(passwordHash);
    q.addBindValue(op.createdAt.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == u"2067"
            || q.lastError().databaseText().contains(QStringLiteral("UNIQUE")))
            return Failure { QStringLiteral("operator.exists"),
                [username = op.username] {
                    return OperatorStoreTr::tr("The user name \"%1\" is taken. Choose another.").arg(username);
                } };
        return sqlFailure(q, "operator.add");
    }
    Operator stored = op;
    stored.id = q.lastInsertId().toLongLong();
    return stored;
}

Result<QList<Operator>> OperatorStore::list() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT ") + kOperatorColumns + QStringLiteral(" FROM operators ORDER BY id")))
        return sqlFailure(q, "operator.list");
    QList<Operator> operators;
    while (q.next())
        operators.append(operatorFrom(q));
    return operators;
}

Result<qsizetype> OperatorStore::count() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM operators WHERE disabled = 0")) || !q.next())
        return sqlFailure(q, "operator.count");
    return q.value(0).toLongLong();
}

Result<std::optional<std::pair<Operator, QString>>> OperatorStore::findWithHash(const QString &username) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT ") + kOperatorColumns
        + QStringLiteral(", password_hash FROM operators WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return sqlFailure(q, "operator.find");
    if (!q.next())
        return std::optional<std::pair<Operator, QString>>();
    return std::optional(std::pair(operatorFrom(q), q.value(6).toString()));
}

Result<std::optional<Operator>> OperatorStore::find(qint64 id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT ") + kOperatorColumns + QStringLiteral(" FROM operators WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, "operator.find");
    if (!q.next())
        return std::optional<Operator>();
    return std::optional<Operator>(operatorFrom(q));
}

Result<LoginGuard> OperatorStore::loginGuard(qint64 id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT failed_logins, locked_until, lockouts FROM operators WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, "operator.find");
    if (!q.next())
        return LoginGuard {};
    return LoginGuard { q.value(0).toInt(),
        q.value(1).isNull() ? QDateTime() : QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
        q.value(2).toInt() };
}

Status OperatorStore::setLoginGuard(qint64 id, const LoginGuard &guard)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("UPDATE operators SET failed_logins = ?, locked_until = ?, lockouts = ? WHERE id = ?"));
    q.addBindValue(guard.failedLogins);
    q.addBindValue(
        guard.lockedUntil.isValid() ? QVariant(guard.lockedUntil.toUTC().toString(Qt::ISODateWithMs)) : QVariant());
    q.addBindValue(guard.lockouts);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, "operator.update");
    return Done {};
}

Status OperatorStore::setPasswordHash(qint64 id, const QString &passwordHash)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("UPDATE operators SET password_hash = ? WHERE id = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, "operator.update");
    return Done {};
}

Status OperatorStore::setDisabled(qint64 id, bool disabled)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("UPDATE operators SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, "operator.update");
    return Done {};
}

Status OperatorStore::withTransaction(const std::function<Status()> &work)
{
    return m_database.withTransaction(work);
}

} // namespace RegPoint::Kiosk
