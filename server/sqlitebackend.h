#pragma once

#include "sqlbackend.h"

#include <mutex>

struct sqlite3;

namespace RegPoint::Intake {

// The embedded store for one county or the demo: one connection in WAL mode, one user at a time
// (a mutex): SQLite has one writer anyway, and the intake's transactions are short.
class SqliteBackend final : public SqlBackend
{
public:
    explicit SqliteBackend(const QString &path);
    ~SqliteBackend() override;
    SqliteBackend(const SqliteBackend &) = delete;
    SqliteBackend &operator=(const SqliteBackend &) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }
    std::unique_ptr<Lease> acquire() override;

private:
    class Connection;
    class SqliteLease;
    std::unique_ptr<Connection> m_connection;
    std::mutex m_mutex;
};

} // namespace RegPoint::Intake
