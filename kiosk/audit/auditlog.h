#pragma once

#include "result.h"
#include "syncmessages.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace RegPoint::Exchange {
class EnvelopeSealer;
}

namespace RegPoint::Kiosk {

class Clock;
class Database;
class PointKeys;

// What happened, by whom, to which record: ids and codes, never personal data.
struct AuditEntry
{
    QString action; // "login", "login.failed", "record.state", "photo.override", "export", ...
    QString outcome = QStringLiteral("ok"); // "ok", "refused", "failed", or the new state
    std::optional<qint64> operatorId; // none for the system (start-up, day end)
    QString recordId;
    QString detail; // codes and numbers only
};

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime at;
    std::optional<qint64> operatorId;
    QString role;
    QString pointCode;
    QString recordId;
    QString action;
    QString outcome;
    QString detail;
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    qint64 events = 0;
    qint64 signedHeads = 0;
    std::optional<qint64> firstBroken; // the first event (seq) whose chain link fails
    QString problem; // what is wrong there (English; for the technician)
    bool ok() const { return !firstBroken && problem.isEmpty(); }
};

// The point's tamper-evident log: each event's hash covers its fields and the previous event's
// hash; the running head (the newest event) is re-signed with the machine key in the same
// transaction as every event, and the head of each day is signed at day end. Append-only in
// SQLite (triggers); verify() recomputes everything and checks every signature against the
// trusted CA, so events cut from the end, a deleted log or a head signed with another key are
// found. What someone holding the machine key can still do: docs/security.md.
class AuditLog
{
public:
    // Once `keys` are loaded (the point is provisioned) the running head is signed with every
    // event and heads are checked against its trust anchor; before, events are chained only and
    // any signed head is suspect.
    AuditLog(Database &database, const Clock &clock, QString pointCode, const PointKeys &keys);

    static QString genesisHash(); // 64 zeros: the "previous hash" of event 1
    // Own transaction / inside the caller's (so a state change and its event commit together).
    Status append(const AuditEntry &entry);
    Status appendInTransaction(const AuditEntry &entry);

    Result<QList<AuditEvent>> events() const; // by seq
    Result<QList<AuditEvent>> eventsOf(const QString &recordId) const; // one record's, by seq
    // The running head as the machine key signed it: every batch for the province carries it, so
    // a store rolled back to an older copy shows at its next sync. Nullopt until provisioned.
    Result<std::optional<Exchange::AuditHead>> runningHead() const;
    // The detail of the newest event with this action; empty when there is none.
    Result<QString> lastDetail(const QString &action) const;
    Result<AuditVerification> verify() const;
    // Signs the chain head as it stands now, for `day` (local date), with the machine key; refuses
    // a chain that does not verify (it would bless a cut).
    Status signHead(const QDate &day, const Exchange::EnvelopeSealer &sealer);
    // The statements a day head's and the running head's signatures cover.
    static QByteArray headStatement(const QDate &day, qint64 seq, const QString &hash);
    static QByteArray tipStatement(qint64 seq, const QString &hash);
    // The hash an event should have.
    static QString hashOf(const AuditEvent &event);

    static QJsonObject toJson(const AuditEvent &event);

private:
    // Empty when `certificatePem` is trusted to sign for this point at `at`; else why not.
    QString untrustedBecause(const QByteArray &certificatePem, const QDateTime &at) const;
    Result<QString> emptyLogProblem() const;
    // Runs `q` (prepared, bound) over the event columns, in its order.
    static Result<QList<AuditEvent>> readEvents(QSqlQuery &q);
    Status tipStillHolds(qint64 lastSeq, const QString &lastHash, const QString &action) const;
    Status signRunningHead(); // the newest event of the transaction about to commit
    static Failure chainCut();
    Result<QString> tipProblem(const QList<AuditEvent> &events, std::optional<qint64> *firstBroken) const;

    Database &m_database;
    const Clock &m_clock;
    QString m_pointCode;
    const PointKeys &m_keys;
    // The running head this process wrote last: when the stored head and the newest event are
    // still exactly it, no signature needs checking before the next append.
    std::optional<std::pair<qint64, QString>> m_lastSigned;
    // The newest event of the open transaction, whose head is signed when it commits.
    struct UnsignedHead
    {
        quint64 transaction = 0;
        qint64 seq = 0;
        QString hash;
        bool isNewest(qint64 newestSeq, const QString &newestHash) const
        {
            return seq == newestSeq && hash == newestHash;
        }
    };
    std::optional<UnsignedHead> m_unsignedHead;
};

} // namespace RegPoint::Kiosk
