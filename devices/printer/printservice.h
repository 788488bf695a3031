#pragma once

#include "devicestatus.h"
#include "printerdirectory.h"
#include "printqueue.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

namespace RegPoint::Devices {

struct PrintTimings
{
    std::chrono::milliseconds poll { 500 }; // a job's state while it runs
    std::chrono::milliseconds statusEvery { 5000 }; // the printer's state while idle
    std::chrono::milliseconds jobTimeout { 60000 }; // a job not done by then is cancelled
};

// How a print request ended. Completed is what the queue says; it does not prove that paper came
// out (a printer out of paper may still report done), so the clerk confirms what matters.
struct PrintOutcome
{
    enum class Kind
    {
        Completed,
        Failed, // the queue refused it, aborted it, or cannot be reached
        TimedOut, // not done within the timeout: cancelled in the queue
        Cancelled, // by the clerk
    };
    Kind kind = Kind::Failed;
    int jobId = 0; // 0 when the job never reached the queue
    QString reason; // translated; what went wrong and how to fix it (empty when completed); the
                    // caller adds what its clerk can do instead (print again, write it down, ...)
    QString technical; // the print service's own words, for the log
};

// "ok", "failed", "timed_out", "cancelled": how an outcome is named in the audit log and in JSON.
QString outcomeKey(PrintOutcome::Kind kind);

// A queue's answer as the device strip and the start-of-day check show it: ready, busy (a job of
// ours `printing`, or the queue processing), or an error worded for the clerk; `queue` is nullopt
// when the queue could not be reached.
DeviceStatus printerStatusOf(
    const std::optional<QueueStatus> &queue, const QString &queueName, bool simulated, bool printing);

// The desk's printer, on a thread of its own (libcups blocks). Requests run one at a time in
// order; each is polled until it ends, is cancelled, or times out. Between jobs the printer's
// state is read every few seconds and published as a DeviceStatus for the status strip. When
// the printer fails, the clerk may switch the desk to another printer of its directory.
class PrintService : public QObject
{
    Q_OBJECT

public:
    explicit PrintService(std::shared_ptr<PrintQueue> queue, PrintTimings timings = {}, QObject *parent = nullptr);
    // `others`: the printers the clerk may switch to (null: none).
    PrintService(std::shared_ptr<PrintQueue> queue, std::unique_ptr<PrinterDirectory> others, PrintTimings timings = {},
        QObject *parent = nullptr);
    ~PrintService() override;
    PrintService(const PrintService &) = delete;
    PrintService &operator=(const PrintService &) = delete;

    QString queueName() const { return m_name; } // the printer in use; it changes with switchTo()
    bool simulated() const { return m_simulated; }
    bool canSwitchPrinter() const { return m_canSwitch; }
    // The ticket that identifies this request in progressed() and finished().
    quint64 print(const QByteArray &pdf, const QString &title);
    void cancel(quint64 ticket);
    // Read the printer's state now (a "check again" button, after a fault is fixed).
    void refresh();
    // Asks for the printers the desk may switch to; printersListed() answers.
    void listPrinters();
    // Prints on the printer named `name` (one printersListed() gave) from now on: a job in
    // progress ends where it is, those waiting and all that follow go to `name`; queueChanged()
    // says when. For this session only: the kiosk starts on its configured printer.
    void switchTo(const QString &name);

Q_SIGNALS:
    // While a job waits or prints: the clerk's note on what holds it, if anything (out of paper).
    void progressed(quint64 ticket, RegPoint::Devices::JobState state, const QString &note);
    void finished(quint64 ticket, const RegPoint::Devices::PrintOutcome &outcome);
    void statusChanged(const RegPoint::Devices::DeviceStatus &status);
    // `failure` (translated) says why there is no list, when there is none.
    void printersListed(const QList<RegPoint::Devices::PrinterChoice> &printers, const QString &failure);
    void queueChanged(const QString &name);

private:
    class Worker;
    QString m_name;
    const bool m_simulated;
    const bool m_canSwitch;
    std::atomic<quint64> m_nextTicket { 1 };
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread; deleted when it finishes
};

} // namespace RegPoint::Devices

Q_DECLARE_METATYPE(RegPoint::Devices::PrintOutcome)
Q_DECLARE_METATYPE(RegPoint::Devices::PrinterChoice)
