#pragma once

#include "result.h"
#include "syncmessages.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace RegPoint::Exchange {

class IntakeSignatureVerifier;
class IntakeSigner;

// What became of one record, signed by the intake ("regpoint-receipt/1", docs/sync-protocol.md).
enum class ReceiptState
{
    Accepted,
    Conflict,
    Rejected,
};
QString receiptStateName(ReceiptState state);
std::optional<ReceiptState> receiptStateFromName(const QString &name);

struct ReceiptBody
{
    static constexpr QLatin1StringView kFormat { "regpoint-receipt/1" };
    static constexpr QLatin1StringView kSignedKey { "body" };
    // The code of an accepted record whose 报名流水号 the province did not keep: another record
    // holds that number (the point gave it twice). The receipt then states no number.
    static constexpr QLatin1StringView kSerialTaken { "record.serial-taken" };

    qint64 seq = 0; // per server, increasing
    QUuid recordId;
    QString pointCode;
    QUuid batch;
    QString sha256;
    ReceiptState state = ReceiptState::Rejected;
    QString code; // ok, record.id-conflict, seal.signature, ...
    bool final = false;
    Decision decision = Decision::None;
    QDateTime issuedAt;
    QUuid other; // identity.registered-elsewhere: the record already held; null otherwise
    QString serial; // the 报名流水号 the province holds for the record; empty while it has none

    QJsonObject toJson() const;
    static Result<ReceiptBody> fromJson(const QJsonObject &json);
};

// {"body", "signature", "certificate"}.
QJsonObject signReceipt(const IntakeSigner &signer, const ReceiptBody &body);

// A receipt the point may keep: the certificate is the CA's intake signer, the signature holds,
// and it speaks of this record of this point with these bytes (receipt.foreign otherwise).
// `expectedSha256` empty skips the hash check (a status answer for an id only).
Result<ReceiptBody> verifyReceipt(const QJsonObject &receipt, const QByteArray &caPem, const QUuid &recordId,
    const QString &pointCode, const QString &expectedSha256, const QDateTime &at);
// The same with a verifier that remembers the signing certificate (a whole sync's receipts).
Result<ReceiptBody> verifyReceipt(const QJsonObject &receipt, const IntakeSignatureVerifier &verifier,
    const QUuid &recordId, const QString &pointCode, const QString &expectedSha256, const QDateTime &at);

} // namespace RegPoint::Exchange
