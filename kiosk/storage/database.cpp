#include "database.h"

#include "storage/sqlquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

Q_LOGGING_CATEGORY(lcStore, "regpoint.kiosk.storage")

namespace RegPoint::Kiosk {

namespace {

struct DatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Database)
};

QAtomicInt connectionCounter;

// Migrations shipped in resources/sql/NNN_name.sql, by number.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &entry : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch m = name.match(entry);
        if (m.hasMatch())
            files.emplace(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

QStringList statementsOf(const QString &script)
{
    QString withoutComments;
    for (const QString &line : script.split(u'\n')) {
        const qsizetype comment = line.indexOf(QStringLiteral("--"));
        withoutComments += (comment >= 0 ? line.left(comment) : line) + u'\n';
    }
    // Statements end at ';', except inside a trigger's BEGIN ... END body.
    static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND\\s*$"));
    QStringList statements;
    QString current;
    for (const QString &part : withoutComments.split(u';')) {
        current += part;
        const QString upper = current.toUpper();
        const bool openTrigger
            = upper.contains(QStringLiteral("CREATE TRIGGER")) && !endsWithEnd.match(upper.trimmed()).hasMatch();
        if (openTrigger) {
            current += u';';
            continue;
        }
        if (!current.trimmed().isEmpty())
            statements.append(current.trimmed());
        current.clear();
    }
    return statements;
}

Failure damaged(const QString &path, const QString &detail)
{
    qCCritical(lcStore) << "refusing damaged database:" << detail;
    return { QStringLiteral("store.damaged"), [path, detail] {
                return DatabaseTr::tr(
                    "The database %1 is damaged or is not a RegPoint database (%2). It has not been changed. "
                    "Do not delete it: call the technician and run \"regpointctl db check\".")
                    .arg(path, detail);
            } };
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path))
        return damaged(path, DatabaseTr::tr("no SQLite header"));
    if (!info.exists() && mode == Mode::ReadOnly)
        return Failure { QStringLiteral("store.missing"),
            [path] { return DatabaseTr::tr("There is no database at %1.").arg(path); } };

    const QString connection = QStringLiteral("regpoint-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Failure { QStringLiteral("store.cannot-open"), [path, sqlError = db.lastError().text()] {
                            return DatabaseTr::tr(
                                "Cannot open the database %1: %2. Check that the disk is mounted and writable.")
                                .arg(path, sqlError);
                        } };
    if (Status status = database->initialise(mode); !status)
        return status.failure();
    return database;
}

Status Database::initialise(Mode mode)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // quick_check reads every page: a torn or truncated file is found here, before any write.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return damaged(m_path, q.lastError().text());
    if (const QString verdict = q.value(0).toString(); verdict != u"ok")
        return damaged(m_path, verdict);

    const int applicationId = querySingleInt(db, QStringLiteral("PRAGMA application_id"));
    m_schemaVersion = querySingleInt(db, QStringLiteral("PRAGMA user_version"));
    const int objects = querySingleInt(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const bool isNew = applicationId == 0 && m_schemaVersion == 0 && objects == 0;
    if (!isNew && applicationId != kApplicationId)
        return damaged(m_path, DatabaseTr::tr("a SQLite file of another program"));
    if (m_schemaVersion > latestSchemaVersion())
        return Failure { QStringLiteral("store.newer-schema"),
            [path = m_path, schemaVersion = m_schemaVersion, latestVersion = latestSchemaVersion()] {
                return DatabaseTr::tr(
                    "The database %1 was written by a newer RegPoint (schema %2; this version knows up to %3). "
                    "It has not been changed. Install the newer RegPoint to open it.")
                    .arg(path)
                    .arg(schemaVersion)
                    .arg(latestVersion);
            } };

    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (mode == Mode::ReadOnly)
        return Done {};
    // WAL + FULL: a commit is on disk when it returns; a power cut or SIGKILL loses no committed record.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // What is deleted (a purged photo or envelope) is overwritten, not left in free pages.
    q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    return migrate();
}

Status Database::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const auto &[fileVersion, file] : migrationFiles()) {
        const int version = fileVersion; // a lambda below captures it; clang 14 cannot capture a binding
        if (version <= m_schemaVersion)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return Failure { QStringLiteral("store.migration"), [migration = file] {
                                return DatabaseTr::tr("Migration %1 is missing from this build.").arg(migration);
                            } };
        const QStringList statements = statementsOf(QString::fromUtf8(script.readAll()));
        Status status = withTransaction([&]() -> Status {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement))
                    return sqlFailure(q, "store.migration");
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
                || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
                return sqlFailure(q, "store.migration");
            return Done {};
        });
        if (!status)
            return status;
        qCInfo(lcStore) << "migrated database to schema" << version;
        m_schemaVersion = version;
    }
    return Done {};
}

Status Database::withTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock up front, so a second writer waits instead of failing mid-way.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(q, "store.transaction");
    m_openTransaction = ++m_transactions;
    m_beforeCommit.clear();
    Status status = work();
    for (const std::function<Status()> &step : m_beforeCommit)
        if (status)
            status = step();
    m_beforeCommit.clear();
    m_openTransaction = 0;
    if (status && q.exec(QStringLiteral("COMMIT")))
        return status;
    Status failure = status ? sqlFailure(q, "store.commit") : status;
    q.exec(QStringLiteral("ROLLBACK"));
    return failure;
}

Status Database::beforeCommit(std::function<Status()> step)
{
    if (m_openTransaction == 0)
        return step();
    m_beforeCommit.push_back(std::move(step));
    return Done {};
}

Result<qsizetype> Database::rowCount(const QString &table) const
{
    static const QStringList known { QStringLiteral("operators"), QStringLiteral("records"),
        QStringLiteral("record_events") };
    if (!known.contains(table))
        return Failure { QStringLiteral("store.unknown-table"),
            [table] { return DatabaseTr::tr("There is no table %1.").arg(table); } };
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return sqlFailure(q, "store.count");
    return q.value(0).toLongLong();
}

Result<QString> Database::integrityReport() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlFailure(q, "store.integrity");
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

} // namespace RegPoint::Kiosk
