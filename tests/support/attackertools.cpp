#include "attackertools.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QUuid>

namespace RegPoint::Tests {

QJsonObject ProgramRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
    const QString &workingDir, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    ProgramRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

StoreFile::StoreFile(const QString &dataDir)
    : m_connection(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("regpoint.db")));
    db.open();
    for (const char *trigger : { "sealed_records_immutable", "audit_events_append_only_update",
             "audit_events_append_only_delete", "day_openings_append_only_update", "day_openings_append_only_delete" })
        exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
}

StoreFile::~StoreFile()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreFile::exec(const QString &sql)
{
    QSqlQuery q = query();
    return q.exec(sql);
}

QString StoreFile::text(const QString &sql)
{
    QSqlQuery q = query();
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QSqlQuery StoreFile::query()
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

} // namespace RegPoint::Tests
