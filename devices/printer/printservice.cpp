#include "printservice.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <deque>
#include <optional>
#include <utility>

namespace RegPoint::Devices {

using namespace std::chrono;

Q_LOGGING_CATEGORY(lcPrinter, "regpoint.printer")

namespace {
struct PrintJobTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::Printer)
};

// Two sentences of the clerk's message: English puts a space between them, Chinese none.
QString sentences(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return PrintJobTr::tr("%1 %2", "two sentences in a row").arg(first, second);
}

// A queue that no longer accepts jobs still prints those it holds; a stopped one prints none.
bool stopped(const QueueStatus &status)
{
    return status.state == QueueStatus::State::Stopped;
}

QString stoppedText(const QueueStatus &status)
{
    const QString problem = printerProblemText(status.reasons);
    return problem.isEmpty() ? PrintJobTr::tr("The printer queue is stopped. A supervisor can restart it.") : problem;
}
} // namespace

class PrintService::Worker : public QObject
{
public:
    Worker(PrintService &service, std::shared_ptr<PrintQueue> queue, std::unique_ptr<PrinterDirectory> others,
        PrintTimings timings)
        : m_service(service)
        , m_queue(std::move(queue))
        , m_directory(std::move(others))
        , m_timings(timings)
        , m_pollTimer(new QTimer(this))
        , m_statusTimer(new QTimer(this))
    {
        m_pollTimer->setInterval(m_timings.poll);
        m_statusTimer->setInterval(m_timings.statusEvery);
        connect(m_pollTimer, &QTimer::timeout, this, &Worker::poll);
        connect(m_statusTimer, &QTimer::timeout, this, &Worker::readStatus);
    }

    // Runs on the worker's thread as it finishes (the kiosk closing). A job still in the queue
    // would print whenever the printer comes back, maybe the next day, and its document waits in
    // the spool until then: cancel and purge it.
    ~Worker() override
    {
        if (!m_running)
            return;
        QueueError ignored;
        m_queue->cancel(m_running->jobId, ignored);
        m_queue->purge(m_running->jobId, ignored);
    }

    // On the worker's thread from here on.
    void start()
    {
        m_statusTimer->start();
        readStatus();
    }

    void enqueue(quint64 ticket, const QByteArray &pdf, const QString &title)
    {
        m_waiting.push_back({ ticket, pdf, title });
        next();
    }

    void cancel(quint64 ticket)
    {
        if (m_running && m_running->ticket == ticket) {
            QueueError error;
            m_queue->cancel(m_running->jobId, error);
            finish({ PrintOutcome::Kind::Cancelled, m_running->jobId, {}, error.message });
            return;
        }
        const auto waiting = std::find_if(
            m_waiting.begin(), m_waiting.end(), [ticket](const Request &r) { return r.ticket == ticket; });
        if (waiting != m_waiting.end()) {
            m_waiting.erase(waiting);
            Q_EMIT m_service.finished(ticket, PrintOutcome { PrintOutcome::Kind::Cancelled, 0, {}, {} });
        }
    }

    void readStatus()
    {
        QueueError error;
        const std::optional<QueueStatus> status = m_queue->status(error);
        publish(status, error);
    }

    void listPrinters()
    {
        if (!m_directory) {
            Q_EMIT m_service.printersListed({}, PrintJobTr::tr("This desk has no other printer to choose from."));
            return;
        }
        QueueError error;
        const std::optional<QList<PrinterChoice>> printers = m_directory->printers(error);
        if (!printers) {
            qCWarning(lcPrinter).noquote() << "printers not listed:" << error.message;
            Q_EMIT m_service.printersListed({},
                PrintJobTr::tr("The print service does not answer, so no other printer can be chosen. Save the sheet "
                               "to a USB drive instead; a technician can check the print service."));
            return;
        }
        Q_EMIT m_service.printersListed(*printers, {});
    }

    void switchTo(const QString &name)
    {
        std::shared_ptr<PrintQueue> queue = m_directory ? m_directory->open(name) : nullptr;
        if (!queue) {
            qCWarning(lcPrinter).noquote() << "no printer" << name << "to switch to";
            return;
        }
        m_switchTo = std::move(queue);
        if (!m_running)
            useNextQueue();
    }

private:
    struct Request
    {
        quint64 ticket = 0;
        QByteArray pdf;
        QString title;
    };
    struct Running
    {
        quint64 ticket = 0;
        int jobId = 0;
        steady_clock::time_point started;
        QString note;
    };

    void next()
    {
        if (m_running || m_waiting.empty())
            return;
        const Request request = std::move(m_waiting.front());
        m_waiting.pop_front();
        QueueError error;
        const std::optional<int> id = m_queue->submit(request.pdf, request.title, error);
        if (!id) {
            Q_EMIT m_service.finished(request.ticket,
                PrintOutcome { PrintOutcome::Kind::Failed, 0,
                    PrintJobTr::tr(
                        "The printer queue %1 cannot take the job: check that the printer is on and connected.")
                        .arg(m_queue->name()),
                    m_queue->name() + u": "_qs + error.message });
            readStatus();
            next();
            return;
        }
        m_running = Running { request.ticket, *id, steady_clock::now(), {} };
        m_pollTimer->start();
        publishBusy();
    }

    void poll()
    {
        if (!m_running)
            return;
        QueueError error;
        const std::optional<JobStatus> job = m_queue->job(m_running->jobId, error);
        QueueError queueError;
        const std::optional<QueueStatus> queue = m_queue->status(queueError);
        if (job && !queue)
            error = queueError; // the job was read; what failed was the printer's state
        if (job && job->state == JobState::Completed) {
            finish({ PrintOutcome::Kind::Completed, m_running->jobId, {}, {} });
            return;
        }
        if (job && (job->state == JobState::Aborted || job->state == JobState::Cancelled)) {
            const QString problem = printerProblemText(job->reasons + (queue ? queue->reasons : QStringList()));
            const QString said = job->state == JobState::Aborted
                ? PrintJobTr::tr("The printer could not print the job.")
                : PrintJobTr::tr("The job was cancelled at the printer.");
            finish({ PrintOutcome::Kind::Failed, m_running->jobId, sentences(said, problem),
                job->reasons.join(u',') + u' ' + job->message });
            return;
        }
        // A stopped queue will not print this job until someone restarts it, maybe long after the
        // candidate left: cancel it now, so it cannot come out later as a surprise duplicate.
        if (queue && stopped(*queue)) {
            QueueError ignored;
            m_queue->cancel(m_running->jobId, ignored);
            finish({ PrintOutcome::Kind::Failed, m_running->jobId, stoppedText(*queue),
                queue->reasons.join(u',') + u' ' + queue->message });
            return;
        }
        if (steady_clock::now() - m_running->started >= m_timings.jobTimeout) {
            QueueError ignored;
            m_queue->cancel(m_running->jobId, ignored);
            finish({ PrintOutcome::Kind::TimedOut, m_running->jobId,
                sentences(PrintJobTr::tr("The printer did not finish the job within %n second(s); it was cancelled.",
                              nullptr, int(duration_cast<seconds>(m_timings.jobTimeout).count())),
                    m_running->note),
                error.message });
            return;
        }
        QString note
            = printerProblemText((job ? job->reasons : QStringList()) + (queue ? queue->reasons : QStringList()));
        if (!job && !queue)
            note = PrintJobTr::tr("The print service does not answer. Waiting for it.");
        if (note != m_running->note || !job) {
            m_running->note = note;
            Q_EMIT m_service.progressed(m_running->ticket, job ? job->state : JobState::Pending, note);
        }
        publish(queue, error);
    }

    void finish(const PrintOutcome &outcome)
    {
        const quint64 ticket = m_running->ticket;
        QueueError purgeError;
        if (!m_queue->purge(m_running->jobId, purgeError))
            qCWarning(lcPrinter).noquote() << "job" << m_running->jobId << "not purged:" << purgeError.message;
        m_running.reset();
        m_pollTimer->stop();
        Q_EMIT m_service.finished(ticket, outcome);
        if (!useNextQueue())
            readStatus();
        next();
    }

    // Moves to the printer switchTo() chose, once no job runs on the old one; whether it did.
    bool useNextQueue()
    {
        if (!m_switchTo)
            return false;
        qCInfo(lcPrinter).noquote() << "printing on" << m_switchTo->name() << "instead of" << m_queue->name();
        m_queue = std::exchange(m_switchTo, nullptr);
        Q_EMIT m_service.queueChanged(m_queue->name());
        readStatus();
        return true;
    }

    void publishBusy() { publish(QueueStatus { QueueStatus::State::Processing, true, {}, {} }, {}); }

    void publish(const std::optional<QueueStatus> &queue, const QueueError &error)
    {
        Q_UNUSED(error) // the technician's words go to the log through finished(), not to the strip
        const DeviceStatus status
            = printerStatusOf(queue, m_queue->name(), m_queue->simulated(), m_running.has_value());
        if (status != m_published) {
            m_published = status;
            Q_EMIT m_service.statusChanged(status);
        }
    }

    PrintService &m_service;
    std::shared_ptr<PrintQueue> m_queue;
    std::unique_ptr<PrinterDirectory> m_directory;
    std::shared_ptr<PrintQueue> m_switchTo; // chosen while a job ran on m_queue
    const PrintTimings m_timings;
    QTimer *m_pollTimer;
    QTimer *m_statusTimer;
    std::deque<Request> m_waiting;
    std::optional<Running> m_running;
    DeviceStatus m_published { DeviceKind::Printer, DeviceState::Connecting, false, {} };
};

DeviceStatus printerStatusOf(
    const std::optional<QueueStatus> &queue, const QString &queueName, bool simulated, bool printing)
{
    DeviceStatus status { DeviceKind::Printer, DeviceState::Ready, simulated, {} };
    if (!queue) {
        status.state = DeviceState::Error;
        status.detail = PrintJobTr::tr("The printer queue %1 cannot be reached. Check that the printer is on; a "
                                       "technician can check the print service.")
                            .arg(queueName);
    } else if (stopped(*queue)) {
        status.state = DeviceState::Error;
        status.detail = stoppedText(*queue);
    } else if (!queue->acceptingJobs) {
        status.state = DeviceState::Error;
        status.detail = PrintJobTr::tr("The printer queue takes no new jobs. A supervisor can turn it on again.");
    } else if (const QString problem = printerProblemText(queue->reasons); !problem.isEmpty()) {
        status.state = DeviceState::Error;
        status.detail = problem;
    } else if (printing || queue->state == QueueStatus::State::Processing) {
        status.state = DeviceState::Busy;
    }
    return status;
}

QString outcomeKey(PrintOutcome::Kind kind)
{
    switch (kind) {
    case PrintOutcome::Kind::Completed:
        return u"ok"_qs;
    case PrintOutcome::Kind::Failed:
        return u"failed"_qs;
    case PrintOutcome::Kind::TimedOut:
        return u"timed_out"_qs;
    case PrintOutcome::Kind::Cancelled:
        return u"cancelled"_qs;
    }
    return {};
}

PrintService::PrintService(std::shared_ptr<PrintQueue> queue, PrintTimings timings, QObject *parent)
    : PrintService(std::move(queue), nullptr, timings, parent)
{ }

PrintService::PrintService(
    std::shared_ptr<PrintQueue> queue, std::unique_ptr<PrinterDirectory> others, PrintTimings timings, QObject *parent)
    : QObject(parent)
    , m_name(queue->name())
    , m_simulated(queue->simulated())
    , m_canSwitch(others != nullptr)
{
    qRegisterMetaType<PrintOutcome>();
    qRegisterMetaType<DeviceStatus>();
    qRegisterMetaType<JobState>();
    qRegisterMetaType<PrinterChoice>();
    qRegisterMetaType<QList<PrinterChoice>>();
    // Emitted on the printer's thread; read on this one, before anyone else's slot runs.
    connect(this, &PrintService::queueChanged, this, [this](const QString &name) { m_name = name; });
    m_thread.setObjectName(u"printer"_qs);
    m_worker = new Worker(*this, std::move(queue), std::move(others), timings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->start(); }, Qt::QueuedConnection);
}

PrintService::~PrintService()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 PrintService::print(const QByteArray &pdf, const QString &title)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ticket, pdf, title] { w->enqueue(ticket, pdf, title); }, Qt::QueuedConnection);
    return ticket;
}

void PrintService::cancel(quint64 ticket)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ticket] { w->cancel(ticket); }, Qt::QueuedConnection);
}

void PrintService::refresh()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->readStatus(); }, Qt::QueuedConnection);
}

void PrintService::listPrinters()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->listPrinters(); }, Qt::QueuedConnection);
}

void PrintService::switchTo(const QString &name)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, name] { w->switchTo(name); }, Qt::QueuedConnection);
}

} // namespace RegPoint::Devices
