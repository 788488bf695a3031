#pragma once

#include "intakeclient.h"
#include "testprovince.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace RegPoint::Testing {

// A throwaway PostgreSQL 15 (PLATFORM.md): initdb as the postgres user in a temporary folder,
// a free loopback port, fsync off unless Durable (benchmarks: commits flushed as a province's);
// stopped and removed with the object.
class ThrowawayPostgres
{
public:
    ThrowawayPostgres() = default;
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres &) = delete;
    ThrowawayPostgres &operator=(const ThrowawayPostgres &) = delete;

    static bool available(); // the PostgreSQL 15 server binaries are installed and we are root
    enum class Durability
    {
        Throwaway,
        Durable,
    };
    bool start(QString *error, Durability durability = Durability::Throwaway);
    bool flushesCommits() const { return m_durability == Durability::Durable; }
    // Down at once, as a crashed database server (pg_ctl -m immediate), and up again on its port.
    bool crash();
    bool restart();
    QString uri() const; // postgresql://postgres@127.0.0.1:PORT/regpoint

private:
    bool pgCtl(const QStringList &arguments);

    QString m_dir;
    QString m_options; // the server's -o options: socket folder, port, durability
    Durability m_durability = Durability::Throwaway;
    quint16 m_port = 0;
    bool m_running = false;
};

// `regpoint-intake` as a child process, with its own folder of CA, TLS and signing files.
class IntakeServerProcess
{
public:
    explicit IntakeServerProcess(const TestProvince &province);
    ~IntakeServerProcess();
    IntakeServerProcess(const IntakeServerProcess &) = delete;
    IntakeServerProcess &operator=(const IntakeServerProcess &) = delete;

    static QString binary();
    QString folder() const { return m_dir.path(); }
    // A store that does not flush its commits (the suite's throwaway PostgreSQL) is served only
    // with --allow-non-durable, which start() then passes.
    void setStore(const QString &store, bool flushesCommits = true)
    {
        m_store = store;
        m_storeFlushes = flushesCommits;
    }
    QString store() const { return m_store; }

    // Runs a command of the binary against this folder and store (`--dir`, `--store`).
    int command(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr) const;
    // Starts `serve` on 127.0.0.1:0 and waits for its "listening on" line; 0 on failure.
    quint16 start(const QStringList &extra = {});
    void stop();
    void kill(); // SIGKILL, as a power cut or the OOM killer would
    bool isRunning() const;
    QByteArray log() const; // its stderr so far (one logfmt line per event)
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QString m_store;
    bool m_storeFlushes = true;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

// The store of an in-process store test, as REGPOINT_INTAKE_STORE names it: a new SQLite file in
// `dir`, or the throwaway PostgreSQL in `postgres` (started on first use). Empty with `skip` set
// when PostgreSQL cannot run here, or with `error` when it would not start.
QString testStoreLocation(
    const QTemporaryDir &dir, std::unique_ptr<ThrowawayPostgres> &postgres, QString *skip, QString *error);

} // namespace RegPoint::Testing
