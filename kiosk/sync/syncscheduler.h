#pragma once

#include "sync/syncrun.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace RegPoint::Kiosk {

// When the next sync run starts: soon after start, then every `interval` while runs go through;
// after a transport failure 2 s, doubling to a cap of 5 minutes; after a batch-stopping failure
// only at the cap (a person has to act first), until "立即同步" asks for one now.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kFirstRetry { 2000 };
    static constexpr std::chrono::milliseconds kMaxDelay { 5 * 60 * 1000 };

    SyncScheduler(SyncRun &run, std::chrono::milliseconds interval, QObject *parent = nullptr);

    void start(std::chrono::milliseconds firstDelay = std::chrono::milliseconds(1000));
    // The clerk's "sync now": a run at once (or right after the one under way), back-off forgotten.
    void syncNow();
    // A record was just sealed: while sending works, the next run comes within a few seconds
    // rather than at the interval (a failing server keeps its back-off).
    void soon();
    static constexpr std::chrono::milliseconds kSoon { 3000 };

    bool isRunning() const { return m_run.isRunning(); }
    SyncRun &run() { return m_run; }
    // The delay before the next run (what the status line shows as "next attempt").
    std::chrono::milliseconds nextDelay() const { return m_nextDelay; }
    // The failure that ended the last run; nullopt when it went through.
    const std::optional<Failure> &lastStop() const { return m_lastStop; }
    int consecutiveFailures() const { return m_failures; }

    // The delay after `failures` transport failures in a row.
    static std::chrono::milliseconds backOff(int failures);

Q_SIGNALS:
    void changed(); // a run started or ended; the delay changed

private:
    void runNow();
    void finished(const SyncOutcome &outcome);

    SyncRun &m_run;
    std::chrono::milliseconds m_interval;
    std::chrono::milliseconds m_nextDelay { 0 };
    QTimer m_timer;
    int m_failures = 0;
    bool m_again = false; // "sync now" during a run
    std::optional<Failure> m_lastStop;
};

} // namespace RegPoint::Kiosk
