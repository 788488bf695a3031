#include "syncscheduler.h"

#include "sync/intakeclient.h"

#include <algorithm>

namespace RegPoint::Kiosk {

SyncScheduler::SyncScheduler(SyncRun &run, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_interval(interval)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::runNow);
    connect(&m_run, &SyncRun::finished, this, &SyncScheduler::finished);
}

std::chrono::milliseconds SyncScheduler::backOff(int failures)
{
    if (failures <= 0)
        return std::chrono::milliseconds(0);
    // 2 s, 4 s, 8 s, ... capped; the shift is bounded so it cannot overflow.
    const qint64 delay = kFirstRetry.count() << std::min(failures - 1, 20);
    return std::chrono::milliseconds(std::min<qint64>(delay, kMaxDelay.count()));
}

void SyncScheduler::start(std::chrono::milliseconds firstDelay)
{
    m_nextDelay = firstDelay;
    m_timer.start(firstDelay);
    Q_EMIT changed();
}

void SyncScheduler::syncNow()
{
    m_failures = 0;
    if (m_run.isRunning()) {
        m_again = true;
        return;
    }
    m_timer.stop();
    runNow();
}

void SyncScheduler::soon()
{
    if (m_lastStop)
        return;
    if (m_run.isRunning()) {
        m_again = true;
        return;
    }
    if (!m_timer.isActive() || m_timer.remainingTimeAsDuration() > kSoon) {
        m_nextDelay = kSoon;
        m_timer.start(kSoon);
        Q_EMIT changed();
    }
}

void SyncScheduler::runNow()
{
    if (m_run.isRunning())
        return;
    m_run.start();
    Q_EMIT changed();
}

void SyncScheduler::finished(const SyncOutcome &outcome)
{
    m_lastStop = outcome.stoppedBy;
    if (!outcome.stoppedBy) {
        m_failures = 0;
        m_nextDelay = m_interval;
    } else if (outcome.retryLater()) {
        ++m_failures;
        m_nextDelay = backOff(m_failures);
    } else {
        m_nextDelay = kMaxDelay;
    }
    if (m_again) {
        m_again = false;
        m_nextDelay = std::chrono::milliseconds(0);
    }
    m_timer.start(m_nextDelay);
    Q_EMIT changed();
}

} // namespace RegPoint::Kiosk
