#include "syncmessages.h"

#include "jsonfields.h"

#include <QJsonArray>

namespace RegPoint::Exchange {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kMaxSeq = qint64(1) << 53; // what a JSON number carries exactly

QJsonObject objectAt(JsonFields &fields, const QJsonArray &array, QLatin1StringView key, qsizetype i)
{
    if (!array.at(i).isObject()) {
        fields.refuse(key, QStringLiteral("entry %1 is not an object").arg(i));
        return {};
    }
    return array.at(i).toObject();
}

AuditHead auditHeadFrom(JsonFields &parent)
{
    JsonFields fields(parent.object("auditHead"_L1), parent.fieldPath("auditHead"_L1));
    AuditHead head;
    if (!parent.ok())
        return head;
    head.seq = fields.integer("seq"_L1, 1, kMaxSeq);
    head.hash = fields.sha256("hash"_L1);
    head.signature = fields.base64("signature"_L1);
    parent.adopt(fields);
    return head;
}

Decision decisionFrom(JsonFields &fields, QLatin1StringView key)
{
    const QString name = fields.string(key);
    const std::optional<Decision> decision = decisionFromName(name);
    if (fields.ok() && (!decision || *decision == Decision::None))
        fields.refuse(key, QStringLiteral("expected approved, rejected or pending"));
    return decision.value_or(Decision::Pending);
}

std::optional<RecordOutcome> outcomeFrom(JsonFields &fields)
{
    RecordOutcome outcome { fields.nonEmptyString("state"_L1), fields.nonEmptyString("code"_L1) };
    return fields.ok() ? std::optional(outcome) : std::nullopt;
}

} // namespace

QByteArray auditTipStatement(qint64 seq, const QString &hash)
{
    return "regpoint-audit-tip/1|" + QByteArray::number(seq) + '|' + hash.toLatin1();
}

QJsonObject AuditHead::toJson() const
{
    return { { u"seq"_s, seq }, { u"hash"_s, hash }, { u"signature"_s, QString::fromLatin1(signature.toBase64()) } };
}

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Approved:
        return u"approved"_s;
    case Decision::Rejected:
        return u"rejected"_s;
    case Decision::Pending:
        return u"pending"_s;
    case Decision::None:
        break;
    }
    return u"none"_s;
}

std::optional<Decision> decisionFromName(const QString &name)
{
    for (const Decision d : { Decision::Approved, Decision::Rejected, Decision::Pending, Decision::None }) {
        if (decisionName(d) == name)
            return d;
    }
    return std::nullopt;
}

QJsonObject ManifestRecord::toJson() const
{
    QJsonObject json { { u"id"_s, uuidText(id) }, { u"sha256"_s, sha256 }, { u"size"_s, size },
        { u"decision"_s, decisionName(decision) }, { u"reason"_s, reason } };
    if (!serial.isEmpty())
        json.insert(u"serial"_s, serial);
    return json;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray list;
    for (const ManifestRecord &r : records)
        list.append(r.toJson());
    return { { u"batch"_s, uuidText(batch) }, { u"createdAt"_s, utcTimeText(createdAt) },
        { u"auditHead"_s, auditHead.toJson() }, { u"records"_s, list } };
}

Result<Manifest> Manifest::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    return fromJson(object.value());
}

Result<Manifest> Manifest::fromJson(const QJsonObject &json)
{
    JsonFields fields(json);
    Manifest manifest;
    manifest.batch = fields.uuid("batch"_L1);
    manifest.createdAt = fields.utcTime("createdAt"_L1);
    manifest.auditHead = auditHeadFrom(fields);
    const QJsonArray list = fields.array("records"_L1, kMaxRecordsPerBatch);
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i) {
        JsonFields entry(objectAt(fields, list, "records"_L1, i), fields.elementPath("records"_L1, i));
        if (!fields.ok())
            break;
        ManifestRecord record;
        record.id = entry.uuid("id"_L1);
        record.sha256 = entry.sha256("sha256"_L1);
        record.size = entry.integer("size"_L1, 1, kMaxEnvelopeBytes);
        record.decision = decisionFrom(entry, "decision"_L1);
        record.reason = entry.string("reason"_L1);
        if (entry.ok() && record.decision == Decision::Rejected && record.reason.trimmed().isEmpty())
            entry.refuse("reason"_L1, QStringLiteral("required when the decision is rejected"));
        if (entry.has("serial"_L1))
            record.serial = entry.serial("serial"_L1);
        for (const ManifestRecord &earlier : std::as_const(manifest.records)) {
            if (entry.ok() && earlier.id == record.id)
                entry.refuse("id"_L1, QStringLiteral("listed twice"));
        }
        fields.adopt(entry);
        manifest.records.append(record);
    }
    if (!fields.ok())
        return fields.failure();
    return manifest;
}

QJsonObject ManifestAnswer::toJson() const
{
    QJsonArray list;
    for (const ManifestAnswerEntry &e : records) {
        QJsonObject entry { { u"id"_s, uuidText(e.id) }, { u"send"_s, e.send } };
        if (!e.send) {
            entry.insert(u"state"_s, e.outcome ? e.outcome->state : QString());
            entry.insert(u"code"_s, e.outcome ? e.outcome->code : QString());
            entry.insert(u"receipt"_s, e.receipt);
        }
        list.append(entry);
    }
    return { { u"batch"_s, uuidText(batch) }, { u"records"_s, list } };
}

Result<ManifestAnswer> ManifestAnswer::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields fields(object.value());
    ManifestAnswer answer;
    answer.batch = fields.uuid("batch"_L1);
    const QJsonArray list = fields.array("records"_L1, kMaxRecordsPerBatch);
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i) {
        JsonFields entry(objectAt(fields, list, "records"_L1, i), fields.elementPath("records"_L1, i));
        ManifestAnswerEntry e;
        e.id = entry.uuid("id"_L1);
        e.send = entry.boolean("send"_L1);
        if (!e.send && entry.ok()) {
            e.outcome = outcomeFrom(entry);
            e.receipt = entry.object("receipt"_L1);
        }
        fields.adopt(entry);
        answer.records.append(e);
    }
    if (!fields.ok())
        return fields.failure();
    return answer;
}

QJsonObject RecordAnswer::toJson() const
{
    return { { u"state"_s, outcome.state }, { u"code"_s, outcome.code }, { u"receipt"_s, receipt } };
}

Result<RecordAnswer> RecordAnswer::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields fields(object.value());
    RecordAnswer answer;
    answer.outcome = outcomeFrom(fields).value_or(RecordOutcome {});
    answer.receipt = fields.object("receipt"_L1);
    if (!fields.ok())
        return fields.failure();
    return answer;
}

QJsonObject StatusRequest::toJson() const
{
    QJsonArray list;
    for (const QUuid &id : ids)
        list.append(uuidText(id));
    return { { u"ids"_s, list } };
}

Result<StatusRequest> StatusRequest::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields fields(object.value());
    StatusRequest request;
    const QJsonArray list = fields.array("ids"_L1, kMaxStatusIds);
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i) {
        // Each id read through a one-field reader so the failure names "ids[i]".
        JsonFields one(QJsonObject { { u"id"_s, list.at(i) } }, fields.elementPath("ids"_L1, i));
        const QUuid id = one.uuid("id"_L1);
        if (!one.ok()) {
            const Failure f = one.failure();
            return malformedFailure(fields.elementPath("ids"_L1, i), f.message.section(u": "_s, 1));
        }
        request.ids.append(id);
    }
    if (!fields.ok())
        return fields.failure();
    return request;
}

QJsonObject StatusAnswer::toJson() const
{
    QJsonArray list;
    for (const StatusEntry &e : records) {
        QJsonObject entry { { u"id"_s, uuidText(e.id) }, { u"state"_s, e.state } };
        if (e.state != u"unknown"_s) {
            entry.insert(u"code"_s, e.code);
            entry.insert(u"final"_s, e.final);
            entry.insert(u"receipt"_s, e.receipt);
        }
        list.append(entry);
    }
    return { { u"records"_s, list } };
}

Result<StatusAnswer> StatusAnswer::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields fields(object.value());
    StatusAnswer answer;
    const QJsonArray list = fields.array("records"_L1, kMaxStatusIds);
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i) {
        JsonFields entry(objectAt(fields, list, "records"_L1, i), fields.elementPath("records"_L1, i));
        StatusEntry e;
        e.id = entry.uuid("id"_L1);
        e.state = entry.nonEmptyString("state"_L1);
        if (entry.ok() && e.state != u"unknown"_s) {
            e.code = entry.nonEmptyString("code"_L1);
            e.final = entry.boolean("final"_L1);
            e.receipt = entry.object("receipt"_L1);
        }
        fields.adopt(entry);
        answer.records.append(e);
    }
    if (!fields.ok())
        return fields.failure();
    return answer;
}

QJsonObject ReceiptsPage::toJson() const
{
    QJsonArray list;
    for (const QJsonObject &r : receipts)
        list.append(r);
    return { { u"receipts"_s, list }, { u"next"_s, next } };
}

Result<ReceiptsPage> ReceiptsPage::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields fields(object.value());
    ReceiptsPage page;
    const QJsonArray list = fields.array("receipts"_L1, 1000);
    page.next = fields.integer("next"_L1, 0, kMaxSeq);
    for (qsizetype i = 0; fields.ok() && i < list.size(); ++i)
        page.receipts.append(objectAt(fields, list, "receipts"_L1, i));
    if (!fields.ok())
        return fields.failure();
    return page;
}

QJsonObject SerialBlockRequest::toJson() const
{
    return { { u"request"_s, uuidText(request) } };
}

Result<SerialBlockRequest> SerialBlockRequest::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields fields(object.value());
    SerialBlockRequest request { fields.uuid("request"_L1) };
    if (!fields.ok())
        return fields.failure();
    return request;
}

QJsonObject ProtocolError::toJson() const
{
    QJsonObject error = extra;
    error.insert(u"code"_s, code);
    error.insert(u"message"_s, message);
    error.insert(u"retry"_s, retry);
    return { { u"error"_s, error } };
}

Result<ProtocolError> ProtocolError::fromJson(const QByteArray &json)
{
    const Result<QJsonObject> object = parseJsonObject(json);
    if (!object)
        return object.failure();
    JsonFields top(object.value());
    JsonFields fields(top.object("error"_L1), u"error"_s);
    if (!top.ok())
        return top.failure();
    ProtocolError error;
    error.code = fields.nonEmptyString("code"_L1);
    error.message = fields.string("message"_L1);
    error.retry = fields.boolean("retry"_L1);
    if (!fields.ok())
        return fields.failure();
    error.extra = object.value().value(u"error"_s).toObject();
    for (const auto key : { "code"_L1, "message"_L1, "retry"_L1 })
        error.extra.remove(key);
    return error;
}

} // namespace RegPoint::Exchange
