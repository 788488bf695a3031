#include "simulatedqueue.h"

#include <QMutexLocker>

#include <algorithm>

namespace RegPoint::Devices {

using namespace std::chrono;

SimulatedQueue::SimulatedQueue(milliseconds printTime, QString name)
    : m_printTime(printTime)
    , m_name(std::move(name))
{ }

QString SimulatedQueue::name() const
{
    return m_name;
}

void SimulatedQueue::advance(Job &job)
{
    const auto now = steady_clock::now();
    const auto elapsed = duration_cast<milliseconds>(now - job.lastAdvance);
    job.lastAdvance = now;
    if (isFinal(job.state))
        return;
    if (m_fault == Fault::Stopped) {
        job.state = JobState::Pending;
        return;
    }
    job.state = JobState::Processing;
    if (m_fault == Fault::PaperOut)
        return;
    job.printedFor += elapsed;
    if (job.printedFor < m_printTime)
        return;
    job.state = JobState::Completed;
    m_printed.append({ job.id, job.title, job.pdf });
    if (m_printed.size() > kKeep)
        m_printed.removeFirst();
    job.pdf.clear();
}

std::optional<int> SimulatedQueue::submit(const QByteArray &pdf, const QString &title, QueueError &error)
{
    const QMutexLocker lock(&m_mutex);
    if (m_fault == Fault::Unreachable) {
        error.message = u"the simulated printer is switched off"_qs;
        return std::nullopt;
    }
    m_jobs.removeIf([](const Job &j) { return isFinal(j.state); }); // their answer was read long ago
    const int id = m_nextId++;
    m_jobs.append({ id, title, pdf, JobState::Pending, milliseconds(0), steady_clock::now() });
    return id;
}

std::optional<JobStatus> SimulatedQueue::job(int id, QueueError &error)
{
    const QMutexLocker lock(&m_mutex);
    if (m_fault == Fault::Unreachable) {
        error.message = u"the simulated printer is switched off"_qs;
        return std::nullopt;
    }
    for (Job &job : m_jobs) {
        if (job.id != id)
            continue;
        advance(job);
        QStringList reasons;
        if (job.state == JobState::Completed)
            reasons << u"job-completed-successfully"_qs;
        else if (m_fault == Fault::Stopped)
            reasons << u"printer-stopped"_qs;
        else if (m_fault == Fault::PaperOut)
            reasons << u"media-empty-error"_qs;
        return JobStatus { job.state, reasons, {} };
    }
    error.message = u"no job %1"_qs.arg(id);
    return std::nullopt;
}

std::optional<QueueStatus> SimulatedQueue::status(QueueError &error)
{
    const QMutexLocker lock(&m_mutex);
    switch (m_fault) {
    case Fault::Unreachable:
        error.message = u"the simulated printer is switched off"_qs;
        return std::nullopt;
    case Fault::Stopped:
        return QueueStatus { QueueStatus::State::Stopped, true, { u"paused"_qs }, {} };
    case Fault::PaperOut:
        return QueueStatus { QueueStatus::State::Processing, true, { u"media-empty-error"_qs }, {} };
    case Fault::None:
        break;
    }
    const bool busy = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return !isFinal(j.state); });
    return QueueStatus { busy ? QueueStatus::State::Processing : QueueStatus::State::Idle, true, { u"none"_qs }, {} };
}

bool SimulatedQueue::cancel(int id, QueueError &error)
{
    const QMutexLocker lock(&m_mutex);
    for (Job &job : m_jobs) {
        if (job.id == id && !isFinal(job.state)) {
            job.state = JobState::Cancelled;
            job.pdf.clear();
            return true;
        }
    }
    error.message = u"no job %1 to cancel"_qs.arg(id);
    return false;
}

bool SimulatedQueue::purge(int id, QueueError &error)
{
    const QMutexLocker lock(&m_mutex);
    for (Job &job : m_jobs) {
        if (job.id == id) {
            job.pdf.clear(); // what was printed stays in printed(), the simulator's paper tray
            return true;
        }
    }
    error.message = u"no job %1 to purge"_qs.arg(id);
    return false;
}

void SimulatedQueue::setFault(Fault fault)
{
    const QMutexLocker lock(&m_mutex);
    m_fault = fault;
}

SimulatedQueue::Fault SimulatedQueue::fault() const
{
    const QMutexLocker lock(&m_mutex);
    return m_fault;
}

QList<SimulatedQueue::Printed> SimulatedQueue::printed() const
{
    const QMutexLocker lock(&m_mutex);
    return m_printed;
}

} // namespace RegPoint::Devices
