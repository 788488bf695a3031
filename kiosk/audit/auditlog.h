#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

class Clock;
class Database;
class RecordSealer;

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
// hash, and the head of each day is signed with the machine key. Append-only in SQLite
// (triggers); verify() recomputes everything.
class AuditLog
{
public:
    AuditLog(Database &database, const Clock &clock, QString pointCode);

    static QString genesisHash(); // 64 zeros: the "previous hash" of event 1
    // Own transaction / inside the caller's (so a state change and its event commit together).
    Status append(const AuditEntry &entry);
    Status appendInTransaction(const AuditEntry &entry);

    Result<QList<AuditEvent>> events() const; // by seq
    // The detail of the newest event with this action; empty when there is none.
    Result<QString> lastDetail(const QString &action) const;
    Result<AuditVerification> verify() const;
    // Signs the chain head as it stands now, for `day` (local date), with the machine key.
    Status signHead(const QDate &day, const RecordSealer &sealer);
    // The statement a head signature covers.
    static QByteArray headStatement(const QDate &day, qint64 seq, const QString &hash);
    // The hash an event should have.
    static QString hashOf(const AuditEvent &event);

    static QJsonObject toJson(const AuditEvent &event);

private:
    Database &m_database;
    const Clock &m_clock;
    QString m_pointCode;
};

} // namespace RegPoint::Kiosk
