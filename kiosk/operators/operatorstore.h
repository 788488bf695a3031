#pragma once

#include "operators/operator.h"
#include "result.h"

#include <QList>

#include <functional>

namespace RegPoint::Kiosk {

class Database;

// The operators table. Holds password hashes, never passwords.
class OperatorStore
{
public:
    explicit OperatorStore(Database &database);

    Result<Operator> add(const Operator &op, const QString &passwordHash);
    Result<QList<Operator>> list() const;
    Result<qsizetype> count() const;
    // The operator and their stored hash; nullopt when the name is unknown.
    Result<std::optional<std::pair<Operator, QString>>> findWithHash(const QString &username) const;
    Result<std::optional<Operator>> find(qint64 id) const;
    Result<LoginGuard> loginGuard(qint64 id) const;
    Status setLoginGuard(qint64 id, const LoginGuard &guard);
    Status setPasswordHash(qint64 id, const QString &passwordHash);
    Status setDisabled(qint64 id, bool disabled);
    // Runs `work` in one transaction of this store's database: a change and its audit event.
    Status withTransaction(const std::function<Status()> &work);

private:
    Database &m_database;
};

} // namespace RegPoint::Kiosk
