#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>

namespace RegPoint::Intake {

// The storage is unreachable or refused a statement: the request answers server.unavailable
// (never half-done: the transaction is rolled back).
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};
// A transaction lost a race the database detected (serialization, deadlock): run it again.
class StorageRetry : public StorageError
{
public:
    using StorageError::StorageError;
};

// One database connection, used by one thread at a time. Parameters are $1, $2, … in both
// dialects; values are qint64, bool, QString (text), QByteArray (blob) or a null QVariant.
// Rows come back with the same types (booleans may come back as integers).
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    virtual void begin() = 0; // a write transaction (SQLite: BEGIN IMMEDIATE)
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    virtual QList<QVariantList> query(const QString &sql, const QVariantList &params = {}) = 0;
    virtual void script(const QString &sql) = 0; // several statements, no parameters
};

// Where connections come from: SQLite (one connection, serialised) or a PostgreSQL pool.
class SqlBackend
{
public:
    enum class Dialect
    {
        Sqlite,
        PostgreSql,
    };
    // Gives the connection back when destroyed.
    class Lease
    {
    public:
        virtual ~Lease() = default;
        virtual SqlConnection &connection() = 0;
    };

    virtual ~SqlBackend() = default;
    virtual Dialect dialect() const = 0;
    virtual std::unique_ptr<Lease> acquire() = 0; // throws StorageError when none can be had
};

// "sqlite:PATH" or "postgresql://…"; throws StorageError on a bad location or connection.
std::unique_ptr<SqlBackend> openSqlBackend(const QString &location, int poolSize);

// Runs `f(connection)` in one transaction: committed when it returns, rolled back when it throws;
// run again (up to `attempts` times in all) when it lost a race the database detected.
template<typename F>
auto inTransaction(SqlBackend &backend, F f, int attempts = 4)
{
    for (int attempt = 1;; ++attempt) {
        const std::unique_ptr<SqlBackend::Lease> lease = backend.acquire();
        SqlConnection &c = lease->connection();
        c.begin();
        try {
            auto result = f(c);
            c.commit();
            return result;
        } catch (const StorageRetry &) {
            c.rollback();
            if (attempt >= attempts)
                throw;
        } catch (...) {
            c.rollback();
            throw;
        }
    }
}

} // namespace RegPoint::Intake
