#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace RegPoint::Exchange {

class IntakeSigner;

// A block of 报名流水号 the province handed to one point: every number from `first` to `last`
// (equal-length decimal strings). Signed alone as {"block", "signature", "certificate"} and
// listed in the config bundle.
struct SerialBlock
{
    static constexpr QLatin1StringView kSignedKey { "block" };

    QUuid id;
    QString pointCode;
    QString first;
    QString last;

    qint64 count() const; // numbers in the block; 0 if malformed
    QString at(qint64 index) const; // the index-th number (0 = first), as wide as first
    bool contains(const QString &serial) const;
    QJsonObject toJson() const;
    static Result<SerialBlock> fromJson(const QJsonObject &json, const QString &path = QStringLiteral("block"));
};

QJsonObject signSerialBlock(const IntakeSigner &signer, const SerialBlock &block);
// The block once signed by the CA's intake signer for this point (serial.foreign otherwise).
Result<SerialBlock> verifySerialBlock(
    const QJsonObject &signedBlock, const QByteArray &caPem, const QString &pointCode, const QDateTime &at);

} // namespace RegPoint::Exchange
