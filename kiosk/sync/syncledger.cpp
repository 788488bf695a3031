#include "syncledger.h"

#include "audit/auditlog.h"

#include "clock.h"
#include "digest.h"
#include "jsonfields.h"
#include "receipt.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace RegPoint::Kiosk {

using Exchange::uuidText; // the protocol's form of an id: lower case, no braces

namespace {

struct SyncLedgerTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SyncLedger)
};

// What the store keeps: no row, or a decision the protocol does not know, is still pending.
Decision decisionFromKey(const QString &key)
{
    const std::optional<Decision> decision = Exchange::decisionFromName(key);
    return decision && *decision != Decision::None ? *decision : Decision::Pending;
}

// Unanswered: still has to reach the province.
const QString kUnsentStates = QStringLiteral("'sealed', 'queued', 'sent'");

} // namespace

SyncLedger::SyncLedger(Database &database, RecordStore &records, const Clock &clock, AuditLog &audit)
    : m_database(database)
    , m_records(records)
    , m_clock(clock)
    , m_audit(audit)
{ }

Status SyncLedger::ensureTracked(const QUuid &id)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_status WHERE record_id = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "sync.ledger");
    if (q.next())
        return Done {};
    const Result<std::optional<StoredSeal>> seal = m_records.sealOf(id);
    if (!seal)
        return seal.failure();
    if (!seal.value())
        return Failure { QStringLiteral("sync.not-sealed"),
            [id = uuidText(id)] {
                return SyncLedgerTr::tr(
                    "Record %1 has no sealed envelope, so it cannot be sent. Run the store check (regpointctl db "
                    "check --deep) and call the technician.")
                    .arg(id);
            } };
    const QByteArray &envelope = seal.value()->envelope;
    q.prepare(QStringLiteral("INSERT INTO sync_status (record_id, sha256, size) VALUES (?, ?, ?)"));
    q.addBindValue(uuidText(id));
    q.addBindValue(Exchange::sha256Hex(envelope));
    q.addBindValue(envelope.size());
    if (!q.exec())
        return sqlFailure(q, "sync.ledger");
    return Done {};
}

Result<QList<OutboxEntry>> SyncLedger::queueBatch(const QUuid &batch, int limit)
{
    QList<OutboxEntry> entries;
    const Status queued = m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        // Unanswered records, and answered ones whose decision or number the province has not
        // recorded yet; never a purged one (a USB batch carries every record's envelope).
        q.prepare(QStringLiteral("SELECT r.id, r.state FROM records r "
                                 "LEFT JOIN sync_status s ON s.record_id = r.id "
                                 "LEFT JOIN record_decisions d ON d.record_id = r.id "
                                 "LEFT JOIN record_serials n ON n.record_id = r.id "
                                 "WHERE s.purged_at IS NULL AND (r.state IN (%1) OR (s.record_id IS NOT NULL "
                                 "AND r.state IN ('accepted', 'duplicate', 'conflict', 'rejected') "
                                 "AND COALESCE(d.decision, 'pending') <> COALESCE(s.decision_sent, 'pending')) "
                                 "OR (s.record_id IS NOT NULL AND r.state IN ('accepted', 'duplicate') "
                                 "AND n.serial IS NOT NULL AND n.serial <> COALESCE(s.serial_sent, ''))) "
                                 "ORDER BY r.created_at, r.id LIMIT ?")
                      .arg(kUnsentStates));
        q.addBindValue(limit);
        if (!q.exec())
            return sqlFailure(q, "sync.ledger");
        QList<std::pair<QUuid, QString>> picked;
        while (q.next())
            picked.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toString() });
        // Prepared once for the whole batch: a thousand records are a day's end.
        QSqlQuery assign = newQuery(m_database);
        assign.prepare(QStringLiteral("UPDATE sync_status SET batch = ? WHERE record_id = ?"));
        QSqlQuery line = newQuery(m_database);
        line.prepare(QStringLiteral("SELECT s.sha256, s.size, d.decision, d.reason, n.serial FROM sync_status s "
                                    "LEFT JOIN record_decisions d ON d.record_id = s.record_id "
                                    "LEFT JOIN record_serials n ON n.record_id = s.record_id "
                                    "WHERE s.record_id = ?"));
        for (const auto &[id, state] : picked) {
            if (Status tracked = ensureTracked(id); !tracked)
                return tracked;
            if (state == u"sealed")
                if (Status moved = m_records.changeStateInTransaction(id, RecordState::Queued, std::nullopt); !moved)
                    return moved;
            assign.addBindValue(uuidText(batch));
            assign.addBindValue(uuidText(id));
            if (!assign.exec())
                return sqlFailure(assign, "sync.ledger");
            line.addBindValue(uuidText(id));
            if (!line.exec() || !line.next())
                return sqlFailure(line, "sync.ledger");
            entries.append({ id, line.value(0).toString(), line.value(1).toLongLong(),
                decisionFromKey(line.value(2).toString()), line.value(3).toString(), line.value(4).toString() });
            line.finish();
        }
        return Done {};
    });
    if (!queued)
        return queued.failure();
    return entries;
}

Status SyncLedger::markSent(const QList<QUuid> &ids)
{
    const QString now = sqlTimestamp(m_clock.now());
    return m_database.withTransaction([&]() -> Status {
        // The state alone: reading the whole record would decrypt its identity for nothing.
        QSqlQuery state = newQuery(m_database);
        state.prepare(QStringLiteral("SELECT state FROM records WHERE id = ?"));
        QSqlQuery attempt = newQuery(m_database);
        attempt.prepare(QStringLiteral("UPDATE sync_status SET attempts = attempts + 1, last_attempt_at = ?, "
                                       "last_error = NULL WHERE record_id = ?"));
        for (const QUuid &id : ids) {
            state.addBindValue(uuidText(id));
            if (!state.exec())
                return sqlFailure(state, "sync.ledger");
            const bool queued = state.next() && state.value(0).toString() == stateKey(RecordState::Queued);
            state.finish();
            if (queued)
                if (Status moved = m_records.changeStateInTransaction(id, RecordState::Sent, std::nullopt); !moved)
                    return moved;
            attempt.addBindValue(now);
            attempt.addBindValue(uuidText(id));
            if (!attempt.exec())
                return sqlFailure(attempt, "sync.ledger");
        }
        return Done {};
    });
}

Status SyncLedger::noteFailure(const QList<QUuid> &ids, const QString &code)
{
    const QString now = sqlTimestamp(m_clock.now());
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        for (const QUuid &id : ids) {
            q.prepare(QStringLiteral("UPDATE sync_status SET last_attempt_at = ?, last_error = ? WHERE record_id = ?"));
            q.addBindValue(now);
            q.addBindValue(code);
            q.addBindValue(uuidText(id));
            if (!q.exec())
                return sqlFailure(q, "sync.ledger");
        }
        return m_audit.appendInTransaction({ QStringLiteral("sync.failed"), QStringLiteral("failed"), std::nullopt, {},
            QStringLiteral("code=%1;records=%2").arg(code).arg(ids.size()) });
    });
}

Status SyncLedger::applyAnswers(const QList<ProvinceAnswer> &answers)
{
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        for (const ProvinceAnswer &answer : answers) {
            if (!isProvinceAnswer(answer.state))
                return Failure { QStringLiteral("sync.receipt-mismatch"),
                    [recordId = uuidText(answer.recordId)] {
                        return SyncLedgerTr::tr(
                            "The province's answer for record %1 names no final state. Nothing was changed; call "
                            "the technician.")
                            .arg(recordId);
                    } };
            if (Status tracked = ensureTracked(answer.recordId); !tracked)
                return tracked;
            q.prepare(QStringLiteral("SELECT s.sha256, s.receipt_seq, r.state FROM sync_status s "
                                     "JOIN records r ON r.id = s.record_id WHERE s.record_id = ?"));
            q.addBindValue(uuidText(answer.recordId));
            if (!q.exec() || !q.next())
                return sqlFailure(q, "sync.ledger");
            if (q.value(0).toString() != answer.sha256)
                return Failure { QStringLiteral("sync.receipt-mismatch"),
                    [recordId = uuidText(answer.recordId)] {
                        return SyncLedgerTr::tr(
                            "The province answered for other bytes than record %1 holds. Nothing was changed; "
                            "call the technician.")
                            .arg(recordId);
                    } };
            const bool answeredBefore = !q.value(1).isNull();
            if (answeredBefore && answer.seq < q.value(1).toLongLong())
                continue; // an older receipt than the one kept (answers may arrive out of order)
            const std::optional<RecordState> current = stateFromKey(q.value(2).toString());
            // A resend of a record the province already holds changes nothing here.
            const bool resendOfHeld = current == RecordState::Accepted && answer.state == RecordState::Duplicate;
            if (current && *current != answer.state && !resendOfHeld) {
                if (!canTransition(*current, answer.state))
                    continue; // e.g. a stale "accepted" after a conflict: the later word stands
                if (Status moved = m_records.changeStateInTransaction(answer.recordId, answer.state, std::nullopt);
                    !moved)
                    return moved;
            }
            // final_at: when the answer first became final, where the retention period starts.
            // serial_sent: the number the province has heard, so it is not announced again; one
            // it refused as another record's counts as heard.
            q.prepare(QStringLiteral("UPDATE sync_status SET code = ?, final = ?, final_at = CASE WHEN ? = 1 THEN "
                                     "COALESCE(final_at, ?) END, receipt = ?, receipt_seq = ?, decision_sent = ?, "
                                     "serial_sent = CASE WHEN ? = 1 THEN (SELECT n.serial FROM record_serials n "
                                     "WHERE n.record_id = sync_status.record_id) ELSE ? END, last_error = NULL "
                                     "WHERE record_id = ?"));
            q.addBindValue(answer.code);
            q.addBindValue(answer.final ? 1 : 0);
            q.addBindValue(answer.final ? 1 : 0);
            q.addBindValue(sqlTimestamp(m_clock.now()));
            q.addBindValue(QString::fromUtf8(answer.receipt));
            q.addBindValue(answer.seq);
            // "None" (the province holds no decision) is what this store calls pending.
            q.addBindValue(
                Exchange::decisionName(answer.decision == Decision::None ? Decision::Pending : answer.decision));
            q.addBindValue(answer.code == Exchange::ReceiptBody::kSerialTaken ? 1 : 0);
            q.addBindValue(answer.serial.isEmpty() ? QVariant() : QVariant(answer.serial));
            q.addBindValue(uuidText(answer.recordId));
            if (!q.exec())
                return sqlFailure(q, "sync.ledger");
            if (Status logged = m_audit.appendInTransaction(
                    { QStringLiteral("sync.receipt"), stateKey(answer.state), std::nullopt, uuidText(answer.recordId),
                        QStringLiteral("code=%1;seq=%2;final=%3").arg(answer.code).arg(answer.seq).arg(answer.final) });
                !logged)
                return logged;
        }
        return Done {};
    });
}

Result<QList<QUuid>> SyncLedger::awaitingFinalAnswer(int limit) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT s.record_id FROM sync_status s JOIN records r ON r.id = s.record_id "
                             "WHERE s.final = 0 AND s.purged_at IS NULL AND (r.state IN ('sent', 'accepted') "
                             "OR s.exported_at IS NOT NULL) ORDER BY r.created_at, r.id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q, "sync.ledger");
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

Status SyncLedger::decide(const QUuid &id, Decision decision, const QString &reason, qint64 supervisorId)
{
    if (decision != Decision::Approved && decision != Decision::Rejected)
        return Failure { QStringLiteral("sync.decision-invalid"),
            [] { return SyncLedgerTr::tr("Choose approve or reject."); } };
    if (decision == Decision::Rejected && reason.trimmed().isEmpty())
        return Failure { QStringLiteral("sync.reason-required"), [] {
                            return SyncLedgerTr::tr(
                                "A rejection needs a reason. Write why the record is rejected, then reject it again.");
                        } };
    return m_database.withTransaction([&]() -> Status {
        const Result<std::optional<CandidateRecord>> record = m_records.find(id);
        if (!record)
            return record.failure();
        if (!record.value() || record.value()->state < RecordState::Sealed)
            return Failure { QStringLiteral("sync.not-sealed"),
                [] { return SyncLedgerTr::tr("Only a saved and sealed record can be approved or rejected."); } };
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("SELECT final FROM sync_status WHERE record_id = ?"));
        q.addBindValue(uuidText(id));
        if (!q.exec())
            return sqlFailure(q, "sync.ledger");
        if (q.next() && q.value(0).toInt() == 1)
            return Failure { QStringLiteral("sync.decision-too-late"),
                [] {
                    return SyncLedgerTr::tr(
                        "The province has already given its final answer for this record; a decision can no "
                        "longer be changed here. Tell the exam office.");
                } };
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO record_decisions (record_id, decision, reason, decided_by, "
                                 "decided_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(uuidText(id));
        q.addBindValue(Exchange::decisionName(decision));
        q.addBindValue(decision == Decision::Rejected ? reason.trimmed() : QString());
        q.addBindValue(supervisorId);
        q.addBindValue(sqlTimestamp(m_clock.now()));
        if (!q.exec())
            return sqlFailure(q, "sync.ledger");
        // The reason is free text and may name the candidate: it stays out of the audit log.
        return m_audit.appendInTransaction(
            { QStringLiteral("record.decision"), Exchange::decisionName(decision), supervisorId, uuidText(id), {} });
    });
}

Result<Decision> SyncLedger::decisionOf(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT decision FROM record_decisions WHERE record_id = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "sync.ledger");
    return q.next() ? decisionFromKey(q.value(0).toString()) : Decision::Pending;
}

Result<QList<QUuid>> SyncLedger::undecided() const
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT r.id FROM records r LEFT JOIN record_decisions d ON d.record_id = r.id "
                               "LEFT JOIN sync_status s ON s.record_id = r.id "
                               "WHERE d.record_id IS NULL AND s.purged_at IS NULL "
                               "AND r.state IN ('sealed', 'queued', 'sent', 'accepted') "
                               "ORDER BY r.created_at, r.id")))
        return sqlFailure(q, "sync.ledger");
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

Result<qsizetype> SyncLedger::purgeExpired(int retentionDays)
{
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT s.record_id, s.final_at FROM sync_status s JOIN records r ON r.id = s.record_id "
                               "WHERE s.final = 1 AND s.purged_at IS NULL AND s.final_at IS NOT NULL "
                               "AND r.state = 'accepted'")))
        return sqlFailure(q, "sync.ledger");
    const QDateTime now = m_clock.now();
    QList<QUuid> expired;
    while (q.next()) {
        const QDateTime finalAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (finalAt.isValid() && finalAt.addDays(retentionDays) <= now)
            expired.append(QUuid::fromString(q.value(0).toString()));
    }
    q.finish();
    for (const QUuid &id : std::as_const(expired)) {
        const Status purged = m_database.withTransaction([&]() -> Status {
            if (Status done = m_records.purgeWorkingCopyInTransaction(id); !done)
                return done;
            QSqlQuery mark = newQuery(m_database);
            mark.prepare(QStringLiteral("UPDATE sync_status SET purged_at = ? WHERE record_id = ?"));
            mark.addBindValue(sqlTimestamp(now));
            mark.addBindValue(uuidText(id));
            return mark.exec() ? Status(Done {}) : Status(sqlFailure(mark, "sync.ledger"));
        });
        if (!purged)
            return purged.failure();
    }
    return expired.size();
}

Status SyncLedger::markExported(const QList<QUuid> &ids, const QDateTime &at)
{
    return m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        for (const QUuid &id : ids) {
            if (Status tracked = ensureTracked(id); !tracked)
                return tracked;
            q.prepare(QStringLiteral("UPDATE sync_status SET exported_at = ? WHERE record_id = ?"));
            q.addBindValue(sqlTimestamp(at));
            q.addBindValue(uuidText(id));
            if (!q.exec())
                return sqlFailure(q, "sync.ledger");
        }
        return Done {};
    });
}

Result<SyncSummary> SyncLedger::summary() const
{
    SyncSummary summary;
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM records WHERE state IN ('sealed', 'queued', 'sent', "
                               "'accepted', 'duplicate', 'conflict', 'rejected') GROUP BY state")))
        return sqlFailure(q, "sync.ledger");
    while (q.next())
        if (const std::optional<RecordState> state = stateFromKey(q.value(0).toString()))
            summary.byState[*state] = q.value(1).toLongLong();
    for (RecordState state : { RecordState::Sealed, RecordState::Queued, RecordState::Sent })
        summary.unsent += summary.byState.value(state);
    if (const Result<QList<QUuid>> open = undecided(); open)
        summary.pendingDecisions = open->size();
    else
        return open.failure();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_status s JOIN records r ON r.id = s.record_id "
                               "WHERE s.final = 0 AND r.state IN ('accepted', 'duplicate', 'conflict', 'rejected')"))
        || !q.next())
        return sqlFailure(q, "sync.ledger");
    summary.notFinal = q.value(0).toLongLong();
    // One pass over the unsent records (each has at most one seal and one status row): the
    // oldest of them, how many went on a USB batch, and the oldest of those that did not.
    if (!q.exec(QStringLiteral("SELECT MIN(s.sealed_at), COUNT(t.exported_at), MIN(CASE WHEN t.exported_at IS NULL "
                               "THEN s.sealed_at END) FROM records r LEFT JOIN sealed_records s ON s.record_id = r.id "
                               "LEFT JOIN sync_status t ON t.record_id = r.id WHERE r.state IN (%1)")
                    .arg(kUnsentStates))
        || !q.next())
        return sqlFailure(q, "sync.ledger");
    summary.oldestUnsent = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    summary.exported = q.value(1).toLongLong();
    summary.oldestNotExported = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    if (!q.exec(QStringLiteral("SELECT last_attempt_at, last_error FROM sync_status WHERE last_attempt_at IS NOT "
                               "NULL ORDER BY last_attempt_at DESC LIMIT 1")))
        return sqlFailure(q, "sync.ledger");
    if (q.next()) {
        summary.lastAttempt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        summary.lastError = q.value(1).toString();
    }
    return summary;
}

Result<std::optional<ProvinceAnswer>> SyncLedger::answerFor(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT s.sha256, r.state, s.code, s.final, s.receipt_seq, s.receipt, s.decision_sent "
                             "FROM sync_status s JOIN records r ON r.id = s.record_id "
                             "WHERE s.record_id = ? AND s.receipt IS NOT NULL"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "sync.ledger");
    if (!q.next())
        return std::optional<ProvinceAnswer>();
    ProvinceAnswer answer;
    answer.recordId = id;
    answer.sha256 = q.value(0).toString();
    answer.state = stateFromKey(q.value(1).toString()).value_or(RecordState::Accepted);
    answer.code = q.value(2).toString();
    answer.final = q.value(3).toInt() == 1;
    answer.seq = q.value(4).toLongLong();
    answer.receipt = q.value(5).toString().toUtf8();
    answer.decision = decisionFromKey(q.value(6).toString());
    return std::optional<ProvinceAnswer>(answer);
}

} // namespace RegPoint::Kiosk
