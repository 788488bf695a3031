#include "postgresbackend.h"

#include <pqxx/pqxx>

#include <chrono>
#include <optional>
#include <unordered_map>

namespace RegPoint::Intake {

// One statement parameter as libpq takes it: text, or raw bytes for a bytea (`binary`), so a 43 KB
// envelope is neither hex-encoded here nor decoded by the server. Outside the anonymous
// namespace: libpqxx's templates take it, and in a unity batch GCC would warn.
struct PgParam
{
    bool null = false;
    std::string text;
    bool binary = false;
};

namespace {

constexpr auto kLeaseWait = std::chrono::seconds(10);
constexpr pqxx::oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23;

PgParam toParam(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return { true, {} };
    case QMetaType::Bool:
        return { false, value.toBool() ? "t" : "f" };
    case QMetaType::Int:
    case QMetaType::LongLong:
        return { false, std::to_string(value.toLongLong()) };
    case QMetaType::QByteArray:
        return { false, value.toByteArray().toStdString(), true };
    default:
        return { false, value.toString().toStdString() };
    }
}

} // namespace

} // namespace RegPoint::Intake

namespace pqxx {
// Lets a list of PgParam go through pqxx::prepare::make_dynamic_params.
template<>
struct string_traits<RegPoint::Intake::PgParam>
{
    static constexpr const char *name() noexcept { return "PgParam"; }
    static constexpr bool has_null() noexcept { return true; }
    static bool is_null(const RegPoint::Intake::PgParam &p) { return p.null; }
    static RegPoint::Intake::PgParam null() { return { true, {} }; }
    static void from_string(const char str[], RegPoint::Intake::PgParam &p) { p = { false, str }; }
    static std::string to_string(const RegPoint::Intake::PgParam &p) { return p.text; }
};

// libpqxx 6.4 sends a dynamic list's values as text; this sends a PgParam marked binary in
// libpq's binary format instead (Debian 12 pins the version whose internals this names).
template<>
inline void internal::params::add_field<RegPoint::Intake::PgParam>(const RegPoint::Intake::PgParam &p)
{
    if (p.null)
        add_field(nullptr);
    else if (p.binary)
        add_field(binarystring(p.text));
    else
        add_field(p.text);
}
} // namespace pqxx

namespace RegPoint::Intake {

class PostgresBackend::Connection final : public SqlConnection
{
public:
    explicit Connection(const std::string &uri)
    try : m_connection(uri) {
    } catch (const std::exception &e) {
        throw StorageError(std::string("postgresql: ") + e.what());
    }

    bool isOpen() const { return m_connection.is_open() && !m_broken; }

    void begin() override
    {
        run([&] { m_work = std::make_unique<pqxx::work>(m_connection); });
    }
    void commit() override
    {
        run([&] {
            m_work->commit();
            m_work.reset();
        });
    }
    void rollback() noexcept override
    {
        try {
            if (m_work)
                m_work->abort();
        } catch (...) {
            m_broken = true;
        }
        m_work.reset();
    }

    void script(const QString &sql) override
    {
        run([&] {
            if (m_work) {
                m_work->exec(sql.toStdString());
                return;
            }
            pqxx::nontransaction work(m_connection);
            work.exec(sql.toStdString());
        });
    }

    QList<QVariantList> query(const QString &sql, const QVariantList &params) override
    {
        std::vector<PgParam> values;
        values.reserve(size_t(params.size()));
        for (const QVariant &v : params)
            values.push_back(toParam(v));
        QList<QVariantList> rows;
        run([&] {
            const std::string text = sql.toStdString();
            const std::string *prepared = preparedName(text);
            const auto execute = [&](pqxx::transaction_base &work) {
                return prepared ? work.exec_prepared(*prepared, pqxx::prepare::make_dynamic_params(values))
                                : work.exec_params(text, pqxx::prepare::make_dynamic_params(values));
            };
            std::optional<pqxx::nontransaction> alone; // a lookup: one statement, no BEGIN
            const pqxx::result result
                = execute(m_work ? static_cast<pqxx::transaction_base &>(*m_work) : alone.emplace(m_connection));
            for (const pqxx::row &r : result) {
                QVariantList row;
                for (const pqxx::field &f : r) {
                    if (f.is_null()) {
                        row.append(QVariant());
                        continue;
                    }
                    switch (f.type()) {
                    case kBool:
                        row.append(f.as<bool>());
                        break;
                    case kInt2:
                    case kInt4:
                    case kInt8:
                        row.append(qint64(f.as<long long>()));
                        break;
                    case kBytea: {
                        const pqxx::binarystring blob(f);
                        row.append(QByteArray(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size())));
                        break;
                    }
                    default:
                        row.append(QString::fromUtf8(f.c_str(), qsizetype(f.size())));
                    }
                }
                rows.append(row);
            }
        });
        return rows;
    }

private:
    // The intake runs a few dozen statements over and over: each is parsed and planned once per
    // connection. Statements written for a list's length (`IN ($1, ..., $n)`, a commit of n
    // uploads) come in many shapes; past kMaxPrepared, the rarer ones run unprepared.
    static constexpr size_t kMaxPrepared = 400;
    const std::string *preparedName(const std::string &sql)
    {
        if (const auto found = m_prepared.find(sql); found != m_prepared.end())
            return &found->second;
        if (m_prepared.size() >= kMaxPrepared)
            return nullptr;
        std::string name = "regpoint_" + std::to_string(m_prepared.size());
        m_connection.prepare(name, sql);
        return &m_prepared.emplace(sql, std::move(name)).first->second;
    }

    // pqxx reports by exceptions; ours say whether to retry (a lost race) or give up (503).
    template<typename F>
    void run(F f)
    {
        try {
            f();
        } catch (const pqxx::transaction_rollback &e) {
            throw StorageRetry(std::string("postgresql: ") + e.what());
        } catch (const pqxx::unique_violation &e) {
            // Two commits claimed one key at once (a 报名流水号): the loser, tried again, sees the winner's.
            throw StorageRetry(std::string("postgresql: ") + e.what());
        } catch (const pqxx::broken_connection &e) {
            m_broken = true;
            throw StorageError(std::string("postgresql connection: ") + e.what());
        } catch (const std::exception &e) {
            throw StorageError(std::string("postgresql: ") + e.what());
        }
    }

    pqxx::connection m_connection;
    std::unordered_map<std::string, std::string> m_prepared; // SQL -> statement name
    std::unique_ptr<pqxx::work> m_work;
    bool m_broken = false;
};

class PostgresBackend::PgLease final : public SqlBackend::Lease
{
public:
    PgLease(PostgresBackend &pool, std::unique_ptr<Connection> connection)
        : m_pool(pool)
        , m_connection(std::move(connection))
    { }
    ~PgLease() override { m_pool.giveBack(std::move(m_connection)); }
    PgLease(const PgLease &) = delete;
    PgLease &operator=(const PgLease &) = delete;
    SqlConnection &connection() override { return *m_connection; }

private:
    PostgresBackend &m_pool;
    std::unique_ptr<Connection> m_connection;
};

PostgresBackend::PostgresBackend(const QString &uri, int poolSize)
    : m_uri(uri.toStdString())
    , m_free(std::max(1, poolSize))
{
    giveBack(std::make_unique<Connection>(m_uri)); // fails now, not at the first request
    --m_free;
}

PostgresBackend::~PostgresBackend() = default;

std::unique_ptr<SqlBackend::Lease> PostgresBackend::acquire()
{
    std::unique_ptr<Connection> connection;
    {
        std::unique_lock lock(m_mutex);
        if (!m_available.wait_for(lock, kLeaseWait, [this] { return !m_idle.empty() || m_free > 0; }))
            throw StorageError("postgresql: no connection free");
        if (!m_idle.empty()) {
            connection = std::move(m_idle.back());
            m_idle.pop_back();
        } else {
            --m_free;
        }
    }
    try {
        if (!connection || !connection->isOpen())
            connection = std::make_unique<Connection>(m_uri);
    } catch (...) {
        giveBack(nullptr);
        throw;
    }
    return std::make_unique<PgLease>(*this, std::move(connection));
}

void PostgresBackend::giveBack(std::unique_ptr<Connection> connection)
{
    {
        const std::lock_guard lock(m_mutex);
        if (connection && connection->isOpen())
            m_idle.push_back(std::move(connection));
        else
            ++m_free; // a slot to open a new one
    }
    m_available.notify_one();
}

} // namespace RegPoint::Intake
