#include "pointconfig.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "digest.h"
#include "identity/regiondirectory.h"
#include "records/serialpool.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace RegPoint::Kiosk {

namespace {

struct PointConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PointConfig)
};

} // namespace

RegionsTable regionsTableAgainst(const Exchange::ConfigBundle &bundle)
{
    if (bundle.regionsTableSha256 == Exchange::sha256Hex({}))
        return RegionsTable::NotNamed;
    return bundle.regionsTableSha256 == RegionDirectory::builtInProvinceTableSha256() ? RegionsTable::Current
                                                                                      : RegionsTable::Differs;
}

PointConfig::PointConfig(Database &database, const Clock &clock, AuditLog &audit, SerialPool &serials)
    : m_database(database)
    , m_clock(clock)
    , m_audit(audit)
    , m_serials(serials)
{ }

Status PointConfig::keepSignedBundle(const QJsonObject &signedBundle, const QByteArray &caPem, const QString &pointCode)
{
    const Result<Exchange::ConfigBundle> bundle
        = Exchange::verifyConfigBundle(signedBundle, caPem, pointCode, m_clock.now());
    if (!bundle)
        return bundle.failure();
    const QByteArray json = QJsonDocument(signedBundle).toJson(QJsonDocument::Compact);
    const Status kept = m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM config_bundles")))
            return sqlFailure(q, "config.store");
        const qint64 newest = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
        if (bundle->version < newest)
            return Failure { QStringLiteral("config.older"), [version = bundle->version, newest] {
                                return PointConfigTr::tr(
                                    "The province sent older settings (version %1) than this point has (version %2). "
                                    "The newer ones stay in force; tell the exam office.")
                                    .arg(version)
                                    .arg(newest);
                            } };
        if (bundle->version == newest)
            return Done {};
        q.prepare(QStringLiteral("INSERT INTO config_bundles (version, signed, received_at) VALUES (?, ?, ?)"));
        q.addBindValue(bundle->version);
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(sqlTimestamp(m_clock.now()));
        if (!q.exec())
            return sqlFailure(q, "config.store");
        return m_audit.appendInTransaction({ QStringLiteral("config.bundle"), QStringLiteral("ok"), std::nullopt, {},
            QStringLiteral("version=%1").arg(bundle->version) });
    });
    if (!kept)
        return kept.failure();
    return m_serials.keepListedBlocks(bundle->serialBlocks, pointCode, json);
}

Result<std::optional<Exchange::ConfigBundle>> PointConfig::current() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT signed FROM config_bundles ORDER BY version DESC LIMIT 1")))
        return sqlFailure(q, "config.store");
    if (!q.next())
        return std::optional<Exchange::ConfigBundle>();
    // Checked when it was kept; read back as it was signed.
    const QJsonObject signedBundle = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    Result<Exchange::ConfigBundle> bundle
        = Exchange::ConfigBundle::fromJson(signedBundle.value(Exchange::ConfigBundle::kSignedKey).toObject());
    if (!bundle)
        return Failure { QStringLiteral("config.damaged"), [] {
                            return PointConfigTr::tr(
                                "The province's settings kept here cannot be read. Sync again to fetch them, or call "
                                "the technician.");
                        } };
    return std::optional(std::move(bundle).value());
}

} // namespace RegPoint::Kiosk
