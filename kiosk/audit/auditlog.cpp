#include "auditlog.h"

#include "crypto/pointkeys.h"

#include "certificates.h"
#include "clock.h"
#include "envelope.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
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

AuditLog::AuditLog(Database &database, const Clock &clock, QString pointCode, const PointKeys &keys)
    : m_database(database)
    , m_clock(clock)
    , m_pointCode(pointCode.isEmpty() ? QStringLiteral("unprovisioned") : std::move(pointCode))
    , m_keys(keys)
{ }

QString AuditLog::genesisHash()
{
    return { 64, u'0' };
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

QByteArray AuditLog::tipStatement(qint64 seq, const QString &hash)
{
    return Exchange::auditTipStatement(seq, hash); // the province checks the same statement
}

Status AuditLog::append(const AuditEntry &entry)
{
    return m_database.withTransaction([&] { return appendInTransaction(entry); });
}

Status AuditLog::appendInTransaction(const AuditEntry &entry)
{
    QSqlQuery q = newQuery(m_database);
    AuditEvent event;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return sqlFailure(q, "audit.append");
    event.seq = q.next() ? q.value(0).toLongLong() + 1 : 1;
    event.prevHash = event.seq == 1 ? genesisHash() : q.value(1).toString();
    // Events this transaction already appended: the newest must still be the last one it wrote
    // (a trigger planted in the file could swallow an insert and let the next event take its place).
    const bool continuing = m_unsignedHead && m_unsignedHead->transaction == m_database.openTransaction();
    if (m_keys.sealer() && continuing && !m_unsignedHead->isNewest(event.seq - 1, event.prevHash))
        return chainCut();
    if (m_keys.sealer() && !continuing) {
        // Re-signing the running head over a chain cut short would bless the cut: the head must
        // still name the newest event, under a signature this point made.
        if (Status intact = tipStillHolds(event.seq - 1, event.prevHash, entry.action); !intact)
            return intact;
    }
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
    if (!m_keys.sealer())
        return Done {};
    // The running head is signed once per transaction, just before it commits, naming its last
    // event: a day end's thousand state changes are one signature, not a thousand. Event and head
    // are on disk together, or neither.
    m_unsignedHead = UnsignedHead { m_database.openTransaction(), event.seq, event.hash };
    if (continuing)
        return Done {};
    return m_database.beforeCommit([this] { return signRunningHead(); });
}

Status AuditLog::signRunningHead()
{
    if (!m_unsignedHead)
        return Done {};
    const UnsignedHead head = *m_unsignedHead;
    m_unsignedHead.reset();
    QSqlQuery q = newQuery(m_database);
    // The head names the event this transaction wrote last, and that must be the newest on disk.
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return sqlFailure(q, "audit.append");
    if (!q.next() || !head.isNewest(q.value(0).toLongLong(), q.value(1).toString()))
        return chainCut();
    q.prepare(QStringLiteral("INSERT INTO audit_tip (id, seq, hash, signature, certificate) VALUES (1, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
                             "signature = excluded.signature, certificate = excluded.certificate"));
    for (const QVariant &value : { QVariant(head.seq), QVariant(head.hash),
             QVariant(m_keys.sealer()->signStatement(tipStatement(head.seq, head.hash))),
             QVariant(m_keys.sealer()->machineCertificatePem()) })
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q, "audit.append");
    m_lastSigned = { head.seq, head.hash };
    return Done {};
}

Result<std::optional<Exchange::AuditHead>> AuditLog::runningHead() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT seq, hash, signature FROM audit_tip WHERE id = 1")))
        return sqlFailure(q, "audit.read");
    if (!q.next())
        return std::optional<Exchange::AuditHead>();
    return std::optional<Exchange::AuditHead>(Exchange::AuditHead {
        q.value(0).toLongLong(), q.value(1).toString(), QByteArray::fromBase64(q.value(2).toByteArray()) });
}

Status AuditLog::tipStillHolds(qint64 lastSeq, const QString &lastHash, const QString &action) const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT seq, hash, signature, certificate FROM audit_tip WHERE id = 1")))
        return sqlFailure(q, "audit.append");
    bool holds = false;
    if (q.next() && m_lastSigned == std::pair(q.value(0).toLongLong(), q.value(1).toString())
        && m_lastSigned == std::pair(lastSeq, lastHash)) {
        holds = true; // the head this process signed last, still naming the newest event
    } else if (q.isValid()) {
        const QByteArray statement = tipStatement(q.value(0).toLongLong(), q.value(1).toString());
        const QByteArray signature = q.value(2).toByteArray(), certificate = q.value(3).toByteArray();
        holds = q.value(0).toLongLong() == lastSeq && q.value(1).toString() == lastHash
            && (Exchange::verifySignedStatement(statement, signature, m_keys.sealer()->machineCertificatePem())
                || (untrustedBecause(certificate, m_clock.now()).isEmpty()
                    && Exchange::verifySignedStatement(statement, signature, certificate)));
    } else {
        // No running head yet: a new log, or the very first provisioning of this store — never a
        // store that shows it had one (day heads, sealed records, an earlier provisioning).
        holds = lastSeq == 0;
        if (!holds && action == QLatin1String("point.provisioned")) {
            QSqlQuery evidence = newQuery(m_database);
            if (!evidence.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM audit_heads) + (SELECT count(*) FROM sealed_records) + "
                    "(SELECT count(*) FROM audit_events WHERE action = 'point.provisioned')"))
                || !evidence.next())
                return sqlFailure(evidence, "audit.append");
            holds = evidence.value(0).toLongLong() == 0;
        }
    }
    if (holds)
        return Done {};
    return chainCut();
}

Failure AuditLog::chainCut()
{
    return Failure { QStringLiteral("audit.broken"),
        QCoreApplication::translate("RegPoint::Kiosk::AuditLog",
            "The audit log has been tampered with (its signed head no longer names its newest event), so nothing "
            "more is recorded or done. Keep this disk as it is and call the provincial office.") };
}

namespace {
const QString kEventColumns = QStringLiteral(
    "SELECT seq, at, operator_id, role, point_code, record_id, action, outcome, detail, prev_hash, hash "
    "FROM audit_events ");
}

Result<QList<AuditEvent>> AuditLog::events() const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(kEventColumns + u"ORDER BY seq");
    return readEvents(q);
}

Result<QList<AuditEvent>> AuditLog::eventsOf(const QString &recordId) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(kEventColumns + u"WHERE record_id = ? ORDER BY seq");
    q.addBindValue(recordId);
    return readEvents(q);
}

Result<QList<AuditEvent>> AuditLog::readEvents(QSqlQuery &q)
{
    if (!q.exec())
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
    QSqlQuery q = newQuery(m_database);
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

    if (events->isEmpty()) {
        const Result<QString> empty = emptyLogProblem();
        if (!empty)
            return empty.failure();
        if (!empty->isEmpty()) {
            result.firstBroken = 1;
            result.problem = empty.value();
            return result;
        }
    }

    // Signed day heads: each names an event whose hash it signed, by a certificate the trusted
    // CA issued to this point.
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(
            QStringLiteral("SELECT day, seq, hash, signature, certificate, signed_at FROM audit_heads ORDER BY seq")))
        return sqlFailure(q, "audit.read");
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const qint64 seq = q.value(1).toLongLong();
        const QString hash = q.value(2).toString();
        const QByteArray certificate = q.value(4).toByteArray();
        const bool known = seq >= 1 && seq <= events->size() && events->at(seq - 1).hash == hash;
        QString why = untrustedBecause(certificate, QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs));
        if (why.isEmpty()
            && (!known
                || !Exchange::verifySignedStatement(
                    headStatement(day, seq, hash), q.value(3).toByteArray(), certificate)))
            why = QStringLiteral("does not match event %1").arg(seq);
        if (!why.isEmpty()) {
            result.firstBroken = std::clamp<qint64>(seq, 1, std::max<qint64>(1, events->size()));
            result.problem = QStringLiteral("the signed head of %1 %2").arg(day.toString(Qt::ISODate), why);
            return result;
        }
        ++result.signedHeads;
    }

    const Result<QString> tip = tipProblem(events.value(), &result.firstBroken);
    if (!tip)
        return tip.failure();
    result.problem = tip.value();
    return result;
}

QString AuditLog::untrustedBecause(const QByteArray &certificatePem, const QDateTime &at) const
{
    if (!m_keys.trust())
        return QStringLiteral("is signed, but this point is not provisioned: nothing here can sign");
    if (!Exchange::isReadableCertificate(m_keys.trust()->caPem))
        return QStringLiteral("cannot be checked: the province's CA certificate is missing");
    if (!Exchange::isReadableCertificate(certificatePem))
        return QStringLiteral("has no readable certificate");
    switch (Exchange::checkIssuedBy(certificatePem, m_keys.trust()->caPem, at.isValid() ? at : m_clock.now())) {
    case Exchange::IssuedBy::Yes:
        break;
    case Exchange::IssuedBy::NotValidThen:
        return QStringLiteral("was signed by a certificate that was not valid at the time");
    case Exchange::IssuedBy::No:
        return QStringLiteral("was signed by a certificate the province's CA did not issue");
    }
    if (const QString named = Exchange::certificateCommonName(certificatePem); named != m_keys.trust()->pointCode)
        return QStringLiteral("was signed by the certificate of point %1, not of this point %2")
            .arg(named, m_keys.trust()->pointCode);
    return {};
}

Result<QString> AuditLog::emptyLogProblem() const
{
    // Every operator and every record is created with its event: a store that holds some and no
    // events has lost its log.
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM operators)")) || !q.next())
        return sqlFailure(q, "audit.read");
    const qint64 records = q.value(0).toLongLong(), operators = q.value(1).toLongLong();
    if (records == 0 && operators == 0)
        return QString();
    return QStringLiteral("the log is empty, but the store holds %1 record(s) and %2 operator(s): it was deleted")
        .arg(records)
        .arg(operators);
}

Result<QString> AuditLog::tipProblem(const QList<AuditEvent> &events, std::optional<qint64> *firstBroken) const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT seq, hash, signature, certificate FROM audit_tip WHERE id = 1")))
        return sqlFailure(q, "audit.read");
    const qint64 count = events.size();
    if (!q.next()) {
        // Before provisioning there is no key to sign with. A provisioned store writes its first
        // running head when provisioning completes, and one with day heads had one: without it,
        // events may have been cut or rewritten.
        QSqlQuery heads = newQuery(m_database);
        if (!heads.exec(QStringLiteral("SELECT count(*) FROM audit_heads")) || !heads.next())
            return sqlFailure(heads, "audit.read");
        if (count == 0 || (!m_keys.trust() && heads.value(0).toLongLong() == 0))
            return QString();
        *firstBroken = count;
        return QStringLiteral("the signed running head is missing: events may have been cut or rewritten");
    }
    const qint64 seq = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const QByteArray certificate = q.value(3).toByteArray();
    const QDateTime signedAt = seq >= 1 && seq <= count ? events.at(seq - 1).at : QDateTime();
    if (const QString why = untrustedBecause(certificate, signedAt); !why.isEmpty()) {
        *firstBroken = std::clamp<qint64>(seq, 1, std::max<qint64>(1, count));
        return QStringLiteral("the running head %1").arg(why);
    }
    if (!Exchange::verifySignedStatement(tipStatement(seq, hash), q.value(2).toByteArray(), certificate)) {
        *firstBroken = std::clamp<qint64>(seq, 1, std::max<qint64>(1, count));
        return QStringLiteral("the running head's signature does not match what it names");
    }
    if (seq > count) {
        *firstBroken = count + 1;
        return QStringLiteral("events %1 to %2 are missing: the signed running head names event %2")
            .arg(count + 1)
            .arg(seq);
    }
    if (events.at(seq - 1).hash != hash) {
        *firstBroken = seq;
        return QStringLiteral("the signed running head does not match event %1").arg(seq);
    }
    if (seq < count) {
        *firstBroken = seq + 1;
        return QStringLiteral("events from %1 on were added without the machine key's signature").arg(seq + 1);
    }
    return QString();
}

Status AuditLog::signHead(const QDate &day, const Exchange::EnvelopeSealer &sealer)
{
    const Result<AuditVerification> now = verify();
    if (!now)
        return now.failure();
    if (!now->ok())
        return Failure { QStringLiteral("audit.broken"),
            QCoreApplication::translate("RegPoint::Kiosk::AuditLog",
                "The audit log is broken at event %1 (%2), so its head is not signed. Keep this disk as it is and "
                "call the provincial office.")
                .arg(*now->firstBroken)
                .arg(now->problem) };
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
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
