#include "auditlog.h"

#include "clock.h"
#include "crypto/openssl_p.h"
#include "crypto/recordseal.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace RegPoint::Kiosk {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock, QString pointCode)
    : m_database(database)
    , m_clock(clock)
    , m_pointCode(pointCode.isEmpty() ? QStringLiteral("unprovisioned") : std::move(pointCode))
{ }

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QJsonObject AuditLog::toJson(const AuditEvent &event)
{
    return QJsonObject {
        { QStringLiteral("seq"), event.seq },
        { QStringLiteral("at"), timestamp(event.at) },
        { QStringLiteral("operator_id"), event.operatorId ? QJsonValue(*event.operatorId) : QJsonValue() },
        { QStringLiteral("role"), event.role },
        { QStringLiteral("point_code"), event.pointCode },
        { QStringLiteral("record_id"), event.recordId },
        { QStringLiteral("action"), event.action },
        { QStringLiteral("outcome"), event.outcome },
        { QStringLiteral("detail"), event.detail },
        { QStringLiteral("prev_hash"), event.prevHash },
    };
}

QString AuditLog::hashOf(const AuditEvent &event)
{
    // prev_hash is inside the canonical JSON: the chain link is part of what is hashed.
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex());
}

QByteArray AuditLog::headStatement(const QDate &day, qint64 seq, const QString &hash)
{
    return QStringLiteral("regpoint-audit-head/1|%1|%2|%3").arg(day.toString(Qt::ISODate)).arg(seq).arg(hash).toUtf8();
}

Status AuditLog::append(const AuditEntry &entry)
{
    return m_database.withTransaction([&] { return appendInTransaction(entry); });
}

Status AuditLog::appendInTransaction(const AuditEntry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName(), false));
    AuditEvent event;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return sqlFailure(q, "audit.append");
    event.seq = q.next() ? q.value(0).toLongLong() + 1 : 1;
    event.prevHash = event.seq == 1 ? genesisHash() : q.value(1).toString();
    if (entry.operatorId) {
        q.prepare(QStringLiteral("SELECT role FROM operators WHERE id = ?"));
        q.addBindValue(*entry.operatorId);
        if (!q.exec())
            return sqlFailure(q, "audit.append");
        event.role = q.next() ? q.value(0).toString() : QStringLiteral("unknown");
    }
    // Millisecond precision, as stored: the hash must survive the round trip through the table.
    event.at = QDateTime::fromString(timestamp(m_clock.now()), Qt::ISODateWithMs);
    event.operatorId = entry.operatorId;
    event.pointCode = m_pointCode;
    event.recordId = entry.recordId;
    event.action = entry.action;
    event.outcome = entry.outcome;
    event.detail = entry.detail;
    event.hash = hashOf(event);
    q.prepare(QStringLiteral("INSERT INTO audit_events (seq, at, operator_id, role, point_code, record_id, action, "
                             "outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(event.seq), QVariant(timestamp(event.at)), nullable(event.operatorId),
             nullable(event.role), QVariant(event.pointCode), nullable(event.recordId), QVariant(event.action),
             QVariant(event.outcome), QVariant(event.detail.isNull() ? QStringLiteral("") : event.detail),
             QVariant(event.prevHash), QVariant(event.hash) })
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q, "audit.append");
    return Done {};
}

Result<QList<AuditEvent>> AuditLog::events() const
{
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT seq, at, operator_id, role, point_code, record_id, action, outcome, detail, "
                               "prev_hash, hash FROM audit_events ORDER BY seq")))
        return sqlFailure(q, "audit.read");
    QList<AuditEvent> events;
    while (q.next()) {
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (!q.value(2).isNull())
            e.operatorId = q.value(2).toLongLong();
        e.role = q.value(3).toString();
        e.pointCode = q.value(4).toString();
        e.recordId = q.value(5).toString();
        e.action = q.value(6).toString();
        e.outcome = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        events.append(e);
    }
    return events;
}

Result<QString> AuditLog::lastDetail(const QString &action) const
{
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName(), false));
    q.prepare(QStringLiteral("SELECT detail FROM audit_events WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec())
        return sqlFailure(q, "audit.read");
    return q.next() ? q.value(0).toString() : QString();
}

Result<AuditVerification> AuditLog::verify() const
{
    const Result<QList<AuditEvent>> events = this->events();
    if (!events)
        return events.failure();
    AuditVerification result;
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    for (const AuditEvent &e : events.value()) {
        ++result.events;
        const auto broken = [&](const QString &problem) {
            result.firstBroken = e.seq;
            result.problem = problem;
        };
        if (e.seq != expectedSeq)
            broken(QStringLiteral("event %1 is missing (the next is %2)").arg(expectedSeq).arg(e.seq));
        else if (e.prevHash != previous)
            broken(QStringLiteral("its link to the previous event does not match"));
        else if (hashOf(e) != e.hash)
            broken(QStringLiteral("its content does not match its hash"));
        if (result.firstBroken) {
            result.firstBroken = std::min(*result.firstBroken, expectedSeq);
            return result;
        }
        previous = e.hash;
        ++expectedSeq;
    }

    // Signed heads: each names an event whose hash it signed, with the certificate that signed.
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT day, seq, hash, signature, certificate FROM audit_heads ORDER BY seq")))
        return sqlFailure(q, "audit.read");
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const qint64 seq = q.value(1).toLongLong();
        const QString hash = q.value(2).toString();
        const Ossl::Cert cert = Ossl::readCertificate(q.value(4).toByteArray());
        Ossl::Pkey key(cert ? X509_get_pubkey(cert.get()) : nullptr);
        const bool known = seq >= 1 && seq <= events->size() && events->at(seq - 1).hash == hash;
        if (!known || !key
            || !Ossl::verify(
                key.get(), headStatement(day, seq, hash), QByteArray::fromBase64(q.value(3).toByteArray()))) {
            result.firstBroken = std::clamp<qint64>(seq, 1, std::max<qint64>(1, events->size()));
            result.problem = QStringLiteral("the signed head of %1 does not match event %2")
                                 .arg(day.toString(Qt::ISODate))
                                 .arg(seq);
            return result;
        }
        ++result.signedHeads;
    }
    return result;
}

Status AuditLog::signHead(const QDate &day, const RecordSealer &sealer)
{
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_database.connectionName(), false));
        if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
            return sqlFailure(q, "audit.sign");
        if (!q.next())
            return Done {};
        const qint64 seq = q.value(0).toLongLong();
        const QString hash = q.value(1).toString();
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_heads (day, seq, hash, signature, certificate, "
                                 "signed_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : { QVariant(day.toString(Qt::ISODate)), QVariant(seq), QVariant(hash),
                 QVariant(sealer.signStatement(headStatement(day, seq, hash))),
                 QVariant(sealer.machineCertificatePem()), QVariant(timestamp(m_clock.now())) })
            q.addBindValue(value);
        if (!q.exec())
            return sqlFailure(q, "audit.sign");
        return Done {};
    });
}

} // namespace RegPoint::Kiosk
