#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace RegPoint::Tests {

// What a shipped binary did: exit code (-1 when it crashed or did not finish), its output.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const; // stdout as a JSON object
    QString errors() const { return QString::fromUtf8(err); }
};

// Runs `program` as a user (or attacker) at a shell would, with `input` on its standard input,
// killed after `timeoutMs` so a hang fails the test instead of the suite.
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
    const QString &workingDir = {}, int timeoutMs = 120000);

// An attacker's own SQLite connection to DATA_DIR/regpoint.db, as the sqlite3 shell would give
// them, with the append-only and immutability triggers dropped first.
class StoreFile
{
public:
    explicit StoreFile(const QString &dataDir);
    ~StoreFile();
    StoreFile(const StoreFile &) = delete;
    StoreFile &operator=(const StoreFile &) = delete;

    bool exec(const QString &sql);
    QString text(const QString &sql); // the first column of the first row; empty if none
    qint64 scalar(const QString &sql) { return text(sql).toLongLong(); }
    QSqlQuery query();

private:
    QString m_connection;
};

} // namespace RegPoint::Tests
