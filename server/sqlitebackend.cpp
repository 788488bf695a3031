#include "sqlitebackend.h"

#include <sqlite3.h>

namespace RegPoint::Intake {

namespace {

constexpr int kBusyTimeoutMs = 10000; // another process (enrol, import) may hold the write lock

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw StorageError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

} // namespace

class SqliteBackend::Connection final : public SqlConnection
{
public:
    explicit Connection(const QString &path)
    {
        const QByteArray file = path.toUtf8();
        if (sqlite3_open_v2(
                file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
            sqlite3_close(m_db);
            throw StorageError("cannot open " + file.toStdString() + ": " + message);
        }
        sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        script(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"));
    }
    ~Connection() override { sqlite3_close(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void begin() override { script(QStringLiteral("BEGIN IMMEDIATE")); }
    void commit() override { script(QStringLiteral("COMMIT")); }
    void rollback() noexcept override { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }

    void script(const QString &sql) override
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "error";
            sqlite3_free(error);
            throw StorageError("sqlite: " + message);
        }
    }

    QList<QVariantList> query(const QString &sql, const QVariantList &params) override
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
            fail(m_db, "prepare");
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(statement, sqlite3_finalize);
        for (qsizetype i = 0; i < params.size(); ++i) {
            // "$N" is a named parameter to SQLite; look its index up by name.
            const QByteArray name = "$" + QByteArray::number(i + 1);
            const int index = sqlite3_bind_parameter_index(statement, name.constData());
            if (index == 0)
                continue;
            const QVariant &value = params.at(i);
            int rc = SQLITE_OK;
            switch (value.typeId()) {
            case QMetaType::UnknownType:
                rc = sqlite3_bind_null(statement, index);
                break;
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(statement, index, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(statement, index, value.toLongLong());
                break;
            case QMetaType::QByteArray: {
                const QByteArray blob = value.toByteArray();
                rc = sqlite3_bind_blob64(
                    statement, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray utf8 = value.toString().toUtf8();
                rc = sqlite3_bind_text64(
                    statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
            if (rc != SQLITE_OK)
                fail(m_db, "bind");
        }
        QList<QVariantList> rows;
        for (;;) {
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_ROW)
                fail(m_db, "step");
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_NULL:
                    row.append(QVariant());
                    break;
                case SQLITE_INTEGER:
                    row.append(qint64(sqlite3_column_int64(statement, c)));
                    break;
                case SQLITE_BLOB:
                    row.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, c)),
                        sqlite3_column_bytes(statement, c)));
                    break;
                default:
                    row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c)),
                        sqlite3_column_bytes(statement, c)));
                }
            }
            rows.append(row);
        }
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
};

class SqliteBackend::SqliteLease final : public SqlBackend::Lease
{
public:
    SqliteLease(std::mutex &mutex, Connection &connection)
        : m_lock(mutex)
        , m_connection(connection)
    { }
    SqlConnection &connection() override { return m_connection; }

private:
    std::unique_lock<std::mutex> m_lock;
    Connection &m_connection;
};

SqliteBackend::SqliteBackend(const QString &path)
    : m_connection(std::make_unique<Connection>(path))
{ }

SqliteBackend::~SqliteBackend() = default;

std::unique_ptr<SqlBackend::Lease> SqliteBackend::acquire()
{
    return std::make_unique<SqliteLease>(m_mutex, *m_connection);
}

} // namespace RegPoint::Intake
