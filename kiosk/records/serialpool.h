#pragma once

#include "result.h"
#include "serialblock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;

// This point's 报名流水号: the blocks the province reserved for it (signed, checked before they
// are kept) and the number each record was given from them. A number is given once, in the
// transaction that marks it used, so no restart or second window ever gives it again; the
// province hands each block to one point only, so no other point gives it either.
class SerialPool
{
public:
    SerialPool(Database &database, const Clock &clock, AuditLog &audit);

    // A block the province signed for this point (POST /v1/serial-blocks): refused unless its
    // signature chains to `caPem` and it names `pointCode`. Keeping a block already kept is a no-op.
    Status keepSignedBlock(const QJsonObject &signedBlock, const QByteArray &caPem, const QString &pointCode);
    // Blocks listed in a config bundle whose signature was checked; `vouchedBy` is that bundle.
    Status keepListedBlocks(
        const QList<Exchange::SerialBlock> &blocks, const QString &pointCode, const QByteArray &vouchedBy);

    // Numbers not given yet, in all blocks.
    Result<qint64> left() const;
    // Whether the province ever reserved a block for this point.
    Result<bool> everHeld() const;
    // The record's number: the one it has, or else the next free one (serial.none-left when the
    // blocks are used up: the next sync asks for another).
    Result<QString> assign(const QUuid &recordId);
    Result<std::optional<QString>> serialOf(const QUuid &recordId) const;
    // The record a number was given to (a slip handed back, a candidate who knows only the number).
    Result<std::optional<QUuid>> recordOf(const QString &serial) const;
    // Completed records that waited for a number (none were left) get one, oldest first; how many.
    // Also those the province accepted meanwhile: the next sync tells it their number.
    Result<qsizetype> assignWaiting();

    // The id to ask the province for a new block with: the one asked before and not answered
    // (the province gives the same block again), or a new one, kept before it is sent.
    Result<QUuid> pendingRequest();

private:
    Status keep(const Exchange::SerialBlock &block, const QByteArray &vouchedBy);

    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace RegPoint::Kiosk
