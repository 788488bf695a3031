#pragma once

#include "printqueue.h"

#include <QList>
#include <QMutex>

#include <chrono>

namespace RegPoint::Devices {

// The printer of `--simulate`: a queue in memory that prints each job in about a second and keeps
// the last documents it "printed" for the clerk to open (in memory only: they may hold personal
// data). A fault set from the simulator controls or a test holds the jobs as a real printer would:
// paper out keeps a job processing, a stopped queue keeps it pending, offline makes it unreachable.
class SimulatedQueue : public PrintQueue
{
public:
    enum class Fault
    {
        None,
        PaperOut,
        Stopped,
        Unreachable,
    };

    explicit SimulatedQueue(std::chrono::milliseconds printTime = std::chrono::milliseconds(900),
        QString name = QStringLiteral("simulated-printer"));

    QString name() const override;
    bool simulated() const override { return true; }
    std::optional<int> submit(const QByteArray &pdf, const QString &title, QueueError &error) override;
    std::optional<JobStatus> job(int id, QueueError &error) override;
    std::optional<QueueStatus> status(QueueError &error) override;
    bool cancel(int id, QueueError &error) override;
    bool purge(int id, QueueError &error) override;

    // Thread-safe: the controls and the viewer run on the UI thread, the queue on the printer's.
    void setFault(Fault fault);
    Fault fault() const;
    struct Printed
    {
        int id = 0;
        QString title;
        QByteArray pdf;
    };
    QList<Printed> printed() const; // oldest first; the last kKeep
    static constexpr int kKeep = 20;

private:
    struct Job
    {
        int id = 0;
        QString title;
        QByteArray pdf;
        JobState state = JobState::Pending;
        std::chrono::milliseconds printedFor { 0 }; // time spent printing, without faults
        std::chrono::steady_clock::time_point lastAdvance;
    };
    void advance(Job &job);

    mutable QMutex m_mutex;
    const std::chrono::milliseconds m_printTime;
    const QString m_name;
    Fault m_fault = Fault::None;
    int m_nextId = 1;
    QList<Job> m_jobs;
    QList<Printed> m_printed;
};

} // namespace RegPoint::Devices
