#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Exchange {

// The request and answer bodies of the sync protocol (docs/sync-protocol.md), as values with a
// compact JSON form each. Decoding is strict: a missing field or a wrong type is refused with
// `request.malformed` naming the field (jsonfields.h, malformedField()).

inline constexpr int kProtocolVersion = 1;
inline constexpr qsizetype kMaxRecordsPerBatch = 5000;
inline constexpr qsizetype kMaxStatusIds = 5000;
inline constexpr qint64 kMaxEnvelopeBytes = qint64(256) * 1024;

// The statement a point's running audit head signs: "regpoint-audit-tip/1|<seq>|<hash>".
QByteArray auditTipStatement(qint64 seq, const QString &hash);

struct AuditHead
{
    qint64 seq = 0;
    QString hash; // hex SHA-256 of the newest audit event
    QByteArray signature; // DER ECDSA by the machine key (base64 on the wire)

    QJsonObject toJson() const;
};

enum class Decision
{
    Approved,
    Rejected,
    Pending,
    None, // in a receipt for a record the server holds no decision for (not in the manifest)
};
QString decisionName(Decision decision);
std::optional<Decision> decisionFromName(const QString &name);

struct ManifestRecord
{
    QUuid id;
    QString sha256;
    qint64 size = 0;
    Decision decision = Decision::Pending;
    QString reason; // required when rejected
    QString serial; // the 报名流水号 the point gave it from one of its blocks; empty when none yet

    QJsonObject toJson() const;
};

// POST /v1/batches.
struct Manifest
{
    QUuid batch;
    QDateTime createdAt;
    AuditHead auditHead;
    QList<ManifestRecord> records;

    QJsonObject toJson() const;
    static Result<Manifest> fromJson(const QByteArray &json);
    static Result<Manifest> fromJson(const QJsonObject &json);
};

// What the server says about one record outside its receipt: the outcome of *this* request.
// "duplicate" (record.same-bytes) exists only here: the receipt given with it is the one the
// record was accepted with (or its newest state).
struct RecordOutcome
{
    QString state; // accepted, duplicate, conflict, rejected
    QString code;
};

// The manifest's answer.
struct ManifestAnswerEntry
{
    QUuid id;
    bool send = true;
    std::optional<RecordOutcome> outcome; // with a receipt when send is false
    QJsonObject receipt; // signed receipt (receipt.h) when send is false
};
struct ManifestAnswer
{
    QUuid batch;
    QList<ManifestAnswerEntry> records;

    QJsonObject toJson() const;
    static Result<ManifestAnswer> fromJson(const QByteArray &json);
};

// PUT /v1/batches/{batch}/records/{id}: {"state", "code", "receipt"}.
struct RecordAnswer
{
    RecordOutcome outcome;
    QJsonObject receipt;

    QJsonObject toJson() const;
    static Result<RecordAnswer> fromJson(const QByteArray &json);
};

// POST /v1/status.
struct StatusRequest
{
    QList<QUuid> ids;

    QJsonObject toJson() const;
    static Result<StatusRequest> fromJson(const QByteArray &json);
};
struct StatusEntry
{
    QUuid id;
    QString state; // accepted, conflict, rejected, or unknown (then no code and no receipt)
    QString code;
    bool final = false;
    QJsonObject receipt;
};
struct StatusAnswer
{
    QList<StatusEntry> records;

    QJsonObject toJson() const;
    static Result<StatusAnswer> fromJson(const QByteArray &json);
};

// GET /v1/receipts.
struct ReceiptsPage
{
    QList<QJsonObject> receipts;
    qint64 next = 0; // the `after` for the next page

    QJsonObject toJson() const;
    static Result<ReceiptsPage> fromJson(const QByteArray &json);
};

// POST /v1/serial-blocks.
struct SerialBlockRequest
{
    QUuid request;

    QJsonObject toJson() const;
    static Result<SerialBlockRequest> fromJson(const QByteArray &json);
};

// Every error answer: {"error": {"code", "message", "retry", …fields named per code}}.
struct ProtocolError
{
    QString code;
    QString message;
    bool retry = false;
    QJsonObject extra; // field (request.malformed), serverTime (clock.skew), supported (protocol.version)

    QJsonObject toJson() const;
    static Result<ProtocolError> fromJson(const QByteArray &json);
};

} // namespace RegPoint::Exchange
