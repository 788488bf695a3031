#pragma once

#include "sqlbackend.h"

#include <condition_variable>
#include <mutex>
#include <vector>

namespace RegPoint::Intake {

// PostgreSQL through libpqxx 6.4: a small pool (mutex + condition variable). A connection is
// leased to one thread at a time, never shared; a broken one is replaced on its next lease.
class PostgresBackend final : public SqlBackend
{
public:
    PostgresBackend(const QString &uri, int poolSize);
    ~PostgresBackend() override;
    PostgresBackend(const PostgresBackend &) = delete;
    PostgresBackend &operator=(const PostgresBackend &) = delete;

    Dialect dialect() const override { return Dialect::PostgreSql; }
    std::unique_ptr<Lease> acquire() override;

private:
    class Connection;
    class PgLease;
    void giveBack(std::unique_ptr<Connection> connection);

    std::string m_uri;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<Connection>> m_idle;
    int m_free = 0; // connections that may still be opened or are idle
};

} // namespace RegPoint::Intake
