#include "syncmonitor.h"

#include "clock.h"
#include "sync/intakeclient.h"
#include "sync/syncledger.h"
#include "sync/syncscheduler.h"

namespace RegPoint::Kiosk {

SyncMonitor::SyncMonitor(SyncLedger &ledger, SyncScheduler *scheduler, std::optional<Failure> notConfigured,
    const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_notConfigured(std::move(notConfigured))
    , m_clock(clock)
{
    if (scheduler)
        attach(*scheduler);
}

void SyncMonitor::attach(SyncScheduler &scheduler)
{
    m_scheduler = &scheduler;
    m_notConfigured.reset();
    // Only a run that went through counts as checked; a rescheduled timer is not one.
    connect(&m_scheduler->run(), &SyncRun::finished, this, [this](const SyncOutcome &outcome) {
        if (outcome.stoppedBy)
            return;
        m_lastSuccess = m_clock.now();
        m_sideProblem = outcome.configFailure ? outcome.configFailure : outcome.formsFailure;
    });
    connect(m_scheduler, &SyncScheduler::changed, this, [this] {
        if (!m_scheduler->isRunning())
            m_progress = {};
        Q_EMIT changed();
    });
    connect(&m_scheduler->run(), &SyncRun::progress, this, [this](const SyncProgress &progress) {
        m_progress = progress;
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

SyncView SyncMonitor::view() const
{
    SyncView view;
    if (const Result<SyncSummary> summary = m_ledger.summary(); summary)
        view.unsent = summary->unsent;
    view.lastSuccess = m_lastSuccess;
    view.sideProblem = m_sideProblem;
    if (!m_scheduler) {
        view.phase = SyncView::Phase::NotConfigured;
        view.problem = m_notConfigured;
        return view;
    }
    view.nextIn = m_scheduler->nextDelay();
    view.problem = m_scheduler->lastStop();
    if (m_scheduler->isRunning()) {
        view.phase = SyncView::Phase::Sending;
        view.progress = m_progress;
        view.problem.reset();
    } else if (view.problem) {
        view.phase = failureKind(view.problem->code) == FailureKind::Transient ? SyncView::Phase::Retrying
                                                                               : SyncView::Phase::Stopped;
    } else {
        view.phase = view.unsent == 0 ? SyncView::Phase::UpToDate : SyncView::Phase::Waiting;
    }
    return view;
}

void SyncMonitor::syncNow()
{
    if (m_scheduler)
        m_scheduler->syncNow();
}

} // namespace RegPoint::Kiosk
