#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace RegPoint::Devices {

// A job's state as IPP numbers it (RFC 8011 5.3.7: 3 pending ... 9 completed).
enum class JobState
{
    Pending = 3,
    Held = 4,
    Processing = 5,
    Stopped = 6,
    Cancelled = 7,
    Aborted = 8,
    Completed = 9,
};

bool isFinal(JobState state);

struct JobStatus
{
    JobState state = JobState::Pending;
    QStringList reasons; // IPP job-state-reasons, e.g. "job-completed-successfully"
    QString message; // the printer's own text (job-printer-state-message), untranslated
};

// What the queue says of its printer (IPP printer-state and printer-state-reasons).
struct QueueStatus
{
    enum class State
    {
        Idle = 3,
        Processing = 4,
        Stopped = 5,
    };
    State state = State::Idle;
    bool acceptingJobs = true;
    QStringList reasons; // "none", "media-empty-error", "paused", "offline-report", ...
    QString message;
};

// Where a request to the queue failed: the print service itself, not the printer.
struct QueueError
{
    QString message; // untranslated, from the print service; for the technician's log
};

// One printer queue. Every call may block on the print service (a few seconds at most): call it
// off the UI thread, from one thread only (PrintService does).
class PrintQueue
{
public:
    virtual ~PrintQueue() = default;

    virtual QString name() const = 0;
    virtual bool simulated() const = 0;
    // Sends one PDF document as one job; the job id. `title` is the job's name in the queue's
    // records: it must hold nothing personal (the spool keeps it after the document is gone).
    virtual std::optional<int> submit(const QByteArray &pdf, const QString &title, QueueError &error) = 0;
    virtual std::optional<JobStatus> job(int id, QueueError &error) = 0;
    virtual std::optional<QueueStatus> status(QueueError &error) = 0;
    virtual bool cancel(int id, QueueError &error) = 0;
    // Deletes what the queue still keeps of a finished job's document: a scheduler keeps the
    // files of finished jobs for a day by default (CUPS's PreserveJobFiles), and a registration
    // sheet holds a minor's personal data. The job leaves the queue's history with them; the
    // point's audit log keeps the print.
    virtual bool purge(int id, QueueError &error) = 0;
};

} // namespace RegPoint::Devices

namespace RegPoint::Devices {

// What stops or slows the printer, for the clerk, in their language: the first reason of `reasons`
// this knows ("media-empty-error": paper out, "media-jam", "door-open", "offline-report", ...) with
// what to do; empty when nothing there needs the clerk.
QString printerProblemText(const QStringList &reasons);

} // namespace RegPoint::Devices
