#pragma once

#include "records/candidaterecord.h"
#include "records/eligibilityreview.h"
#include "result.h"

#include <QList>

#include <functional>

namespace RegPoint::Kiosk {

// A record sealed for the province (exchange/envelope.h): the envelope and the keys it names.
struct StoredSeal
{
    QByteArray envelope;
    QString machineKeyId;
    QString provinceKeyId;
    QDateTime sealedAt;
};

struct AuditEntry;
class AuditLog;
class Clock;
class Database;
class LocalVault;

// Candidate records on disk. Identity is encrypted with the LocalVault before it reaches SQLite;
// the ID number is findable only through its blind index. Every state change is an event row,
// written in the same transaction as the change.
// A stored row that could not be read back, named so a technician can find it.
struct DamagedRecord
{
    QUuid id;
    QDateTime createdAt;
    QString state;
    Failure failure;
};

class RecordStore
{
public:
    // Every record change is also an event of `audit`, in the same transaction.
    RecordStore(Database &database, const LocalVault &vault, const Clock &clock, AuditLog &audit);

    // Stores a new record (id, timestamps set here) with its first event.
    Result<CandidateRecord> insert(CandidateRecord record);
    // A new version of a record still open at the desk (typed details corrected before sealing),
    // naming `earlier` as the one it supersedes; its version number follows the earlier one's. In
    // one transaction with the check that `earlier` is open, has no later version and was entered
    // the same way (record.not-correctable otherwise), and with its record.corrected event.
    Result<CandidateRecord> supersede(const QUuid &earlier, CandidateRecord next);
    Result<std::optional<CandidateRecord>> find(const QUuid &id) const;
    // The newest record for this ID number that no later version supersedes.
    Result<std::optional<CandidateRecord>> findCurrentByIdNumber(const QString &idNumber) const;
    // Which versions of a corrected record a listing holds: the desk sees the newest only.
    enum class Versions
    {
        Current,
        All
    };
    // Newest first. A row that cannot be read (damaged, or under another key) does not hide the
    // others: it is left out and, when `damaged` is given, reported there.
    Result<QList<CandidateRecord>> list(
        int limit = 1000, QList<DamagedRecord> *damaged = nullptr, Versions versions = Versions::Current) const;
    // The version that supersedes `id`; nullopt while it is the newest.
    Result<std::optional<QUuid>> successorOf(const QUuid &id) const;
    // Records this point saved and has not finished, newest first: waiting for their review or
    // photo, or refused (the candidate may come back). Whatever their age, the desk lists them.
    Result<QList<CandidateRecord>> listUnfinished(int limit = 500) const;
    // Candidates registered on `day` (local): captured then, photo accepted, not since replaced. A
    // record still waiting for its review or photo is not a registration yet.
    Result<qsizetype> countRegisteredOn(const QDate &day) const;
    Result<qsizetype> countAwaitingUpload() const;
    Status changeState(const QUuid &id, RecordState to, qint64 operatorId);
    // The same inside the caller's Database::withTransaction, so a change and what caused it
    // (a receipt from the province) commit together. No operator: the system moved it.
    Status changeStateInTransaction(const QUuid &id, RecordState to, std::optional<qint64> operatorId);
    // Records the eligibility review of a record waiting for it (or refused before) and moves the
    // record to reviewed or refused, in one transaction with the audit event; the state it moved to.
    // The review is stored encrypted; reviewedBy and reviewedAt are set here. A typed document is
    // found eligible only with a supervisor's approval on record (record.not-approved).
    Result<RecordState> recordReview(const QUuid &id, EligibilityReview review, qint64 reviewerId);
    // The record's newest review; nullopt when it has none (or it was purged).
    Result<std::optional<EligibilityReview>> review(const QUuid &id) const;
    // Stores the accepted photo (encrypted) and moves the record to photo_ok, in one transaction.
    // `approval`: set when a supervisor accepted a photo that failed a check.
    Status attachPhoto(const QUuid &id, const QByteArray &jpeg, qint64 operatorId,
        const std::optional<PhotoOverride> &approval = std::nullopt);
    // The record's photo, decrypted; nullopt when it has none.
    Result<std::optional<QByteArray>> photo(const QUuid &id) const;
    // The override under which the record's photo was accepted; nullopt for a compliant photo.
    Result<std::optional<PhotoOverride>> photoOverride(const QUuid &id) const;
    // Stores the envelope and moves the record to sealed, in one transaction; an envelope is
    // never replaced.
    Status storeSeal(const QUuid &id, const StoredSeal &sealed, qint64 operatorId);
    Result<std::optional<StoredSeal>> sealOf(const QUuid &id) const;
    // The working copy of a record the province answered for finally, after the retention
    // period, inside the caller's transaction: its photo and sealed envelope are deleted and its
    // identity is replaced by what the desk shows of it (masked name and ID number). The record
    // still lists, and its ID number's blind index stays, so the candidate is not registered twice.
    Status purgeWorkingCopyInTransaction(const QUuid &id);
    // Oldest first.
    Result<QList<QUuid>> idsInState(RecordState state) const;
    // The blind index an ID number is found by (HMAC under the local key; never the number).
    QByteArray idIndexOf(const QString &idNumber) const;

private:
    // Stores `record` with its first event; `first`, when given, runs first in the same
    // transaction and may refuse, or complete the record from what it reads.
    Result<CandidateRecord> insertVersion(
        CandidateRecord record, const std::function<Status(CandidateRecord &)> *first);
    Status audit(const AuditEntry &entry);

    Database &m_database;
    const LocalVault &m_vault;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace RegPoint::Kiosk
