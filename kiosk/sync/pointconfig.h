#pragma once

#include "configbundle.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;
class SerialPool;

// The province's settings for this point as it last signed them (GET /v1/config): the
// registration window, the limits that hold registration, the retention period and the
// 报名流水号 blocks. A bundle is kept only once its signature chains to the pinned CA and it names
// this point; a version older than the one kept is refused, so a replayed old bundle cannot
// reopen a closed window or loosen a limit.
// Whether the code table this kiosk checks addresses against is the one the province's bundle
// names (codeTables.regions). NotNamed: the bundle carries the SHA-256 of nothing, the intake's
// default when the province set no table.
enum class RegionsTable
{
    Current,
    Differs,
    NotNamed,
};
RegionsTable regionsTableAgainst(const Exchange::ConfigBundle &bundle);

class PointConfig
{
public:
    PointConfig(Database &database, const Clock &clock, AuditLog &audit, SerialPool &serials);

    // config.older when the kept version is newer; the same version again changes nothing.
    Status keepSignedBundle(const QJsonObject &signedBundle, const QByteArray &caPem, const QString &pointCode);
    // The newest bundle kept; nullopt before the point first reached the province.
    Result<std::optional<Exchange::ConfigBundle>> current() const;

private:
    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
    SerialPool &m_serials;
};

} // namespace RegPoint::Kiosk
