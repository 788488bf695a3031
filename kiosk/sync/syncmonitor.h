#pragma once

#include "result.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <optional>

namespace RegPoint::Kiosk {

class Clock;
class SyncLedger;
class SyncScheduler;

// What the desk shows about sending (no words: the screen words it in the clerk's language).
struct SyncView
{
    enum class Phase
    {
        NotConfigured, // no server set or not provisioned: records stay here (USB export works)
        UpToDate, // every record answered for
        Waiting, // records to send; the next run is scheduled
        Sending, // a run is under way
        Retrying, // the last run could not reach the province; it retries by itself
        Stopped, // the last run was refused for a reason a person must fix
    };
    Phase phase = Phase::NotConfigured;
    SyncProgress progress; // while sending
    qsizetype unsent = 0;
    QDateTime lastSuccess; // the end of the last run that went through; invalid if none yet
    std::chrono::milliseconds nextIn { 0 }; // until the next run
    std::optional<Failure> problem; // why not configured, or what stopped/delayed the last run
    // A step of the last run that failed while the records went through: the settings and
    // numbers, or the registration forms and sheet confirmations. The next run tries it again.
    std::optional<Failure> sideProblem;
};

// Watches the outbox and the scheduler and says where sending stands; "sync now" goes through it.
// Without a scheduler (no server, or not provisioned) it still counts what waits.
class SyncMonitor : public QObject
{
    Q_OBJECT

public:
    // `scheduler` null: sending is not configured, for the reason `notConfigured` gives.
    SyncMonitor(SyncLedger &ledger, SyncScheduler *scheduler, std::optional<Failure> notConfigured, const Clock &clock,
        QObject *parent = nullptr);

    // Sending is configured now (the point was provisioned at the desk): watch this scheduler.
    void attach(SyncScheduler &scheduler);

    SyncView view() const;
    bool canSyncNow() const { return m_scheduler != nullptr; }
    void syncNow();

Q_SIGNALS:
    void changed();

private:
    SyncLedger &m_ledger;
    SyncScheduler *m_scheduler = nullptr;
    std::optional<Failure> m_notConfigured;
    const Clock &m_clock;
    SyncProgress m_progress;
    QDateTime m_lastSuccess;
    std::optional<Failure> m_sideProblem;
};

} // namespace RegPoint::Kiosk
