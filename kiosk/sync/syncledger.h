#pragma once

#include "records/candidaterecord.h"
#include "result.h"
#include "syncmessages.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;
class RecordStore;

// The supervisor's day-end word on a record (pending, approved, rejected); it travels with the
// record to the province.
using Exchange::Decision;

// One sealed record as a manifest announces it (docs/sync-protocol.md). The envelope itself is
// read when it is sent, so a batch of a thousand does not sit in memory.
struct OutboxEntry
{
    QUuid recordId;
    QString sha256; // of the envelope, lower-case hex
    qint64 size = 0;
    Decision decision = Decision::Pending;
    QString reason;
    QString serial; // its 报名流水号; empty while it waits for one

    Exchange::ManifestRecord manifestLine() const { return { recordId, sha256, size, decision, reason, serial }; }
};

// What a receipt from the province says about one record, its signature already checked.
struct ProvinceAnswer
{
    QUuid recordId;
    QString sha256; // the bytes the province holds
    RecordState state = RecordState::Accepted; // accepted, duplicate, conflict, rejected
    QString code; // "ok", "record.same-bytes", "identity.registered-elsewhere", ...
    bool final = false; // the province will not change it: the working copy may be purged
    Decision decision = Decision::Pending; // the supervisor's decision as the province recorded it
    QString serial; // the 报名流水号 the province holds for the record; empty when none
    qint64 seq = 0; // the receipt's number at the province
    QByteArray receipt; // the signed receipt as it came
};

// Where the point stands with the province, for the status line and `regpointctl sync status`.
struct SyncSummary
{
    QMap<RecordState, qsizetype> byState; // sealed records and later only
    qsizetype unsent = 0; // sealed, queued or sent: not yet answered for
    qsizetype pendingDecisions = 0; // sealed records the supervisor has not decided on
    qsizetype notFinal = 0; // answered, but the province may still change its answer
    QDateTime oldestUnsent; // when the oldest unsent record was sealed; invalid when none
    // Of the unsent, those that went on a USB batch: the province answers when it imports it.
    qsizetype exported = 0;
    QDateTime oldestNotExported; // as oldestUnsent, leaving out the exported ones
    QDateTime lastAttempt; // the newest send attempt; invalid when none
    QString lastError; // its code, when that attempt failed
};

// The outbox in the local store: which sealed records still have to reach the province, what
// the province answered for each (its signed receipt, kept), and the supervisor's decisions. Each
// answer moves the record's state in the same transaction that keeps its receipt; every move is an
// audit event made by the system, not by whoever is logged in.
class SyncLedger
{
public:
    SyncLedger(Database &database, RecordStore &records, const Clock &clock, AuditLog &audit);

    // Every sealed record the province has not answered for finally, or whose decision or
    // 报名流水号 the province has not recorded yet (a number given after the record was sent),
    // oldest first, at most `limit`. Records still `sealed` become
    // `queued` in this batch, in one transaction.
    Result<QList<OutboxEntry>> queueBatch(const QUuid &batch, int limit);
    // The manifest was taken: these records are on their way (queued → sent), one transaction.
    Status markSent(const QList<QUuid> &ids);
    // A send that did not get an answer: the attempt and its error code, kept for the screen.
    Status noteFailure(const QList<QUuid> &ids, const QString &code);
    // Keeps each receipt and moves each record to the state it names, in one transaction. An
    // answer about other bytes than this point sealed is refused (sync.receipt-mismatch) and
    // changes nothing.
    Status applyAnswers(const QList<ProvinceAnswer> &answers);
    // Records that went to the province (by network or USB) without a final answer yet: the ids
    // a status pull asks about, oldest first.
    Result<QList<QUuid>> awaitingFinalAnswer(int limit) const;

    // The supervisor's decision; a rejection needs a reason. Allowed until the province has
    // answered finally; it is announced again with the next batch.
    Status decide(const QUuid &id, Decision decision, const QString &reason, qint64 supervisorId);
    Result<Decision> decisionOf(const QUuid &id) const;
    // Sealed records with no decision yet, oldest first.
    Result<QList<QUuid>> undecided() const;

    // Working copies the province no longer needs: records it accepted finally (it holds their
    // bytes) `retentionDays` or more ago lose their photo, envelope and identity
    // (RecordStore::purgeWorkingCopyInTransaction), one transaction each; how many. A record the
    // province refused or answered with a conflict is kept for a person to look at.
    Result<qsizetype> purgeExpired(int retentionDays);

    // Written to a USB batch file: remembered so status pulls ask about them.
    Status markExported(const QList<QUuid> &ids, const QDateTime &at);

    Result<SyncSummary> summary() const;
    // The newest receipt kept for a record; nullopt when the province has not answered yet.
    Result<std::optional<ProvinceAnswer>> answerFor(const QUuid &id) const;

private:
    Status ensureTracked(const QUuid &id);

    Database &m_database;
    RecordStore &m_records;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace RegPoint::Kiosk
