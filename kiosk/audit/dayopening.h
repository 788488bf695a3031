#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;
class LocalVault;

// How a day was opened: on a readiness check that passed, or despite failed checks with a
// supervisor's reason.
struct DayOpeningRequest
{
    qint64 openedBy = 0;
    QStringList failed; // codes of the checks that failed
    QStringList warnings;
    std::optional<qint64> approvedBy; // the supervisor who accepts the failed checks
    QString reason; // why the day opens anyway; free text
};

struct DayOpened
{
    QDate day;
    QDateTime at;
    qint64 openedBy = 0;
    std::optional<qint64> approvedBy;
    QStringList failed;
    QStringList warnings;
    QString reason;
};

// The one owner of "today is open": the start of day writes a day_openings row and a day.open
// audit event in one transaction. Whether a day is open is read from the audit chain, which is
// signed, not from the table an attacker could add a row to; the event names its row and carries
// the SHA-256 of all its fields, so the row cannot be changed later either. Today is the clock's
// local date. Before the point is provisioned the chain is not signed: an event appended by hand
// then opens the day (docs/security.md).
class DayOpening
{
public:
    DayOpening(Database &database, const LocalVault &vault, AuditLog &audit, const Clock &clock);

    static constexpr int minReasonLength = 4;

    Result<bool> isOpenToday() const;
    // Refuses a second opening of the same day, and failed checks without an approver and a reason.
    Status open(const DayOpeningRequest &asked);
    // The newest opening, its reason decrypted and checked against the audit event; nullopt when
    // no day was opened yet.
    Result<std::optional<DayOpened>> latest() const;
    // Every day opened, newest first, each checked as latest() checks it: what the county office
    // reads back (regpointctl day list).
    Result<QList<DayOpened>> history() const;

private:
    QDate today() const;
    // The row a day.open event names, checked against the event's digest.
    Result<DayOpened> openingOf(const QString &eventDetail) const;

    Database &m_database;
    const LocalVault &m_vault;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace RegPoint::Kiosk
