#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace RegPoint::Kiosk {

// One SQLite file through QtSql: integrity and version checks on open, numbered migrations from
// resources/sql/, WAL with synchronous=FULL, foreign keys on. A damaged file, a database of a newer
// RegPoint or a foreign SQLite file is refused and left exactly as it was.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr int kApplicationId = 0x52475054; // "RGPT" in the SQLite header

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }
    QString path() const { return m_path; }
    // For the stores in kiosk/storage only; QtSql types never leave kiosk/.
    QString connectionName() const { return m_connection; }

    // Runs `work` in one transaction: committed when it returns ok, rolled back otherwise.
    Status withTransaction(const std::function<Status()> &work);
    // Inside withTransaction: `step` runs once `work` returned ok, just before COMMIT, in the same
    // transaction (its failure rolls everything back). Outside one it runs now.
    Status beforeCommit(std::function<Status()> step);
    // Which transaction is open: a new number at every BEGIN, 0 outside one.
    quint64 openTransaction() const { return m_openTransaction; }

    // Rows in one of the store's tables (operators, records, record_events).
    Result<qsizetype> rowCount(const QString &table) const;
    // PRAGMA integrity_check, for `regpointctl db check`.
    Result<QString> integrityReport() const;

private:
    Database(QString path, QString connection);
    Status initialise(Mode mode);
    Status migrate();

    QString m_path;
    QString m_connection;
    int m_schemaVersion = 0;
    quint64 m_openTransaction = 0;
    quint64 m_transactions = 0;
    std::vector<std::function<Status()>> m_beforeCommit;
};

} // namespace RegPoint::Kiosk
