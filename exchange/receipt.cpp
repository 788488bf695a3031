#include "receipt.h"

#include "intakesignature.h"
#include "jsonfields.h"

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

QString receiptStateName(ReceiptState state)
{
    switch (state) {
    case ReceiptState::Accepted:
        return u"accepted"_s;
    case ReceiptState::Conflict:
        return u"conflict"_s;
    case ReceiptState::Rejected:
        break;
    }
    return u"rejected"_s;
}

std::optional<ReceiptState> receiptStateFromName(const QString &name)
{
    for (const ReceiptState s : { ReceiptState::Accepted, ReceiptState::Conflict, ReceiptState::Rejected }) {
        if (receiptStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject ReceiptBody::toJson() const
{
    QJsonObject body { { u"format"_s, QString(kFormat) }, { u"seq"_s, seq }, { u"recordId"_s, uuidText(recordId) },
        { u"pointCode"_s, pointCode }, { u"batch"_s, uuidText(batch) }, { u"sha256"_s, sha256 },
        { u"state"_s, receiptStateName(state) }, { u"code"_s, code }, { u"final"_s, final },
        { u"decision"_s, decisionName(decision) }, { u"issuedAt"_s, utcTimeText(issuedAt) } };
    if (!other.isNull())
        body.insert(u"other"_s, uuidText(other));
    if (!serial.isEmpty())
        body.insert(u"serial"_s, serial);
    return body;
}

Result<ReceiptBody> ReceiptBody::fromJson(const QJsonObject &json)
{
    JsonFields fields(json, u"body"_s);
    if (fields.string("format"_L1) != kFormat && fields.ok())
        fields.refuse("format"_L1, QStringLiteral("expected ") + kFormat);
    ReceiptBody body;
    body.seq = fields.integer("seq"_L1, 1, qint64(1) << 53);
    body.recordId = fields.uuid("recordId"_L1);
    body.pointCode = fields.nonEmptyString("pointCode"_L1);
    body.batch = fields.uuid("batch"_L1);
    body.sha256 = fields.sha256("sha256"_L1);
    const std::optional<ReceiptState> state = receiptStateFromName(fields.string("state"_L1));
    if (fields.ok() && !state)
        fields.refuse("state"_L1, QStringLiteral("expected accepted, conflict or rejected"));
    body.state = state.value_or(ReceiptState::Rejected);
    body.code = fields.nonEmptyString("code"_L1);
    body.final = fields.boolean("final"_L1);
    const std::optional<Decision> decision = decisionFromName(fields.string("decision"_L1));
    if (fields.ok() && !decision)
        fields.refuse("decision"_L1, QStringLiteral("expected approved, rejected, pending or none"));
    body.decision = decision.value_or(Decision::None);
    body.issuedAt = fields.utcTime("issuedAt"_L1);
    if (fields.has("other"_L1))
        body.other = fields.uuid("other"_L1);
    if (fields.has("serial"_L1))
        body.serial = fields.serial("serial"_L1);
    if (!fields.ok())
        return fields.failure();
    return body;
}

QJsonObject signReceipt(const IntakeSigner &signer, const ReceiptBody &body)
{
    return signer.sign(ReceiptBody::kSignedKey, body.toJson());
}

Result<ReceiptBody> verifyReceipt(const QJsonObject &receipt, const QByteArray &caPem, const QUuid &recordId,
    const QString &pointCode, const QString &expectedSha256, const QDateTime &at)
{
    return verifyReceipt(receipt, IntakeSignatureVerifier(caPem), recordId, pointCode, expectedSha256, at);
}

Result<ReceiptBody> verifyReceipt(const QJsonObject &receipt, const IntakeSignatureVerifier &verifier,
    const QUuid &recordId, const QString &pointCode, const QString &expectedSha256, const QDateTime &at)
{
    const Result<QJsonObject> body = verifier.verify(receipt, ReceiptBody::kSignedKey, at);
    if (!body)
        return body.failure();
    Result<ReceiptBody> decoded = ReceiptBody::fromJson(body.value());
    if (!decoded)
        return decoded.failure();
    if (decoded->recordId != recordId || decoded->pointCode != pointCode
        || (!expectedSha256.isEmpty() && decoded->sha256 != expectedSha256))
        return Failure { u"receipt.foreign"_s, QStringLiteral("The receipt is for another record, point or content.") };
    return decoded;
}

} // namespace RegPoint::Exchange
