#include "serialpool.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "jsonfields.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace RegPoint::Kiosk {

using Exchange::uuidText;

namespace {

struct SerialPoolTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SerialPool)
};

} // namespace

SerialPool::SerialPool(Database &database, const Clock &clock, AuditLog &audit)
    : m_database(database)
    , m_clock(clock)
    , m_audit(audit)
{ }

Status SerialPool::keepSignedBlock(const QJsonObject &signedBlock, const QByteArray &caPem, const QString &pointCode)
{
    const Result<Exchange::SerialBlock> block
        = Exchange::verifySerialBlock(signedBlock, caPem, pointCode, m_clock.now());
    if (!block)
        return block.failure();
    return m_database.withTransaction(
        [&] { return keep(block.value(), QJsonDocument(signedBlock).toJson(QJsonDocument::Compact)); });
}

Status SerialPool::keepListedBlocks(
    const QList<Exchange::SerialBlock> &blocks, const QString &pointCode, const QByteArray &vouchedBy)
{
    return m_database.withTransaction([&]() -> Status {
        for (const Exchange::SerialBlock &block : blocks) {
            if (block.pointCode != pointCode || block.count() == 0)
                return Failure { QStringLiteral("serial.foreign"), [] {
                                    return SerialPoolTr::tr(
                                        "The province's settings list a number block of another point. The numbers "
                                        "already here stay in use; tell the exam office.");
                                } };
            if (const Status kept = keep(block, vouchedBy); !kept)
                return kept.failure();
        }
        return Done {};
    });
}

Status SerialPool::keep(const Exchange::SerialBlock &block, const QByteArray &vouchedBy)
{
    QSqlQuery q = newQuery(m_database);
    // INSERT OR IGNORE: a block listed again (every bundle lists them) keeps its count of used.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO serial_blocks (block_id, first, last, signed, received_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(block.id));
    q.addBindValue(block.first);
    q.addBindValue(block.last);
    q.addBindValue(QString::fromUtf8(vouchedBy));
    q.addBindValue(sqlTimestamp(m_clock.now()));
    if (!q.exec())
        return sqlFailure(q, "serial.store");
    if (q.numRowsAffected() == 0)
        return Done {};
    if (!q.exec(QStringLiteral("DELETE FROM serial_requests")))
        return sqlFailure(q, "serial.store");
    return m_audit.appendInTransaction(
        { QStringLiteral("serial.block"), QStringLiteral("ok"), std::nullopt, {}, block.first + u'-' + block.last });
}

Result<qint64> SerialPool::left() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT first, last, used FROM serial_blocks")))
        return sqlFailure(q, "serial.store");
    qint64 left = 0;
    while (q.next())
        left += std::max<qint64>(0,
            Exchange::SerialBlock { {}, {}, q.value(0).toString(), q.value(1).toString() }.count()
                - q.value(2).toLongLong());
    return left;
}

Result<bool> SerialPool::everHeld() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT 1 FROM serial_blocks LIMIT 1")))
        return sqlFailure(q, "serial.store");
    return q.next();
}

Result<std::optional<QString>> SerialPool::serialOf(const QUuid &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT serial FROM record_serials WHERE record_id = ?"));
    q.addBindValue(uuidText(recordId));
    if (!q.exec())
        return sqlFailure(q, "serial.store");
    return q.next() ? std::optional(q.value(0).toString()) : std::nullopt;
}

Result<std::optional<QUuid>> SerialPool::recordOf(const QString &serial) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT record_id FROM record_serials WHERE serial = ?"));
    q.addBindValue(serial);
    if (!q.exec())
        return sqlFailure(q, "serial.store");
    return q.next() ? std::optional(QUuid(q.value(0).toString())) : std::nullopt;
}

Result<QString> SerialPool::assign(const QUuid &recordId)
{
    QString serial;
    const Status assigned = m_database.withTransaction([&]() -> Status {
        const Result<std::optional<QString>> existing = serialOf(recordId);
        if (!existing)
            return existing.failure();
        if (existing.value()) {
            serial = *existing.value();
            return Done {};
        }
        // The oldest block with a number left: blocks are used up in the order they came.
        QSqlQuery q = newQuery(m_database);
        if (!q.exec(
                QStringLiteral("SELECT block_id, first, last, used FROM serial_blocks ORDER BY received_at, first")))
            return sqlFailure(q, "serial.store");
        QString blockId;
        while (q.next() && blockId.isEmpty()) {
            const Exchange::SerialBlock block { {}, {}, q.value(1).toString(), q.value(2).toString() };
            const qint64 used = q.value(3).toLongLong();
            if (used < block.count()) {
                blockId = q.value(0).toString();
                serial = block.at(used);
            }
        }
        if (blockId.isEmpty())
            return Failure { QStringLiteral("serial.none-left"),
                [] {
                    return SerialPoolTr::tr(
                        "This point has no registration numbers left. The record is kept and gets its number when "
                        "the point next reaches the province: connect the network and press Sync now.");
                } };
        q.prepare(QStringLiteral("UPDATE serial_blocks SET used = used + 1 WHERE block_id = ?"));
        q.addBindValue(blockId);
        if (!q.exec())
            return sqlFailure(q, "serial.store");
        q.prepare(QStringLiteral("INSERT INTO record_serials (record_id, serial, assigned_at) VALUES (?, ?, ?)"));
        q.addBindValue(uuidText(recordId));
        q.addBindValue(serial);
        q.addBindValue(sqlTimestamp(m_clock.now()));
        if (!q.exec())
            return sqlFailure(q, "serial.store");
        return Done {};
    });
    if (!assigned)
        return assigned.failure();
    return serial;
}

Result<qsizetype> SerialPool::assignWaiting()
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT r.id FROM records r LEFT JOIN record_serials s ON s.record_id = r.id "
                               "WHERE s.record_id IS NULL AND r.state IN ('photo_ok', 'sealed', 'queued', 'sent', "
                               "'accepted', 'duplicate') "
                               "ORDER BY r.created_at, r.id")))
        return sqlFailure(q, "serial.store");
    QList<QUuid> waiting;
    while (q.next())
        waiting.append(QUuid::fromString(q.value(0).toString()));
    qsizetype given = 0;
    for (const QUuid &id : std::as_const(waiting)) {
        const Result<QString> serial = assign(id);
        if (!serial)
            return serial.failure().code == u"serial.none-left" ? Result<qsizetype>(given) : serial.failure();
        ++given;
    }
    return given;
}

Result<QUuid> SerialPool::pendingRequest()
{
    QUuid request;
    const Status kept = m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        if (!q.exec(QStringLiteral("SELECT request FROM serial_requests LIMIT 1")))
            return sqlFailure(q, "serial.store");
        if (q.next()) {
            request = QUuid::fromString(q.value(0).toString());
            return Done {};
        }
        request = QUuid::createUuid();
        q.prepare(QStringLiteral("INSERT INTO serial_requests (request, asked_at) VALUES (?, ?)"));
        q.addBindValue(uuidText(request));
        q.addBindValue(sqlTimestamp(m_clock.now()));
        return q.exec() ? Status(Done {}) : Status(sqlFailure(q, "serial.store"));
    });
    if (!kept)
        return kept.failure();
    return request;
}

} // namespace RegPoint::Kiosk
