#include "recordcommitter.h"

#include "intakelog.h"

#include <algorithm>

namespace RegPoint::Intake {

RecordCommitter::RecordCommitter(IntakeStore &store, qsizetype maxGroup)
    : m_store(store)
    , m_maxGroup(std::max<qsizetype>(1, maxGroup))
    , m_thread([this] { run(); })
{ }

RecordCommitter::~RecordCommitter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RecordCommitter::submit(IntakeStore::Upload upload, Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        if (qsizetype(m_queue.size()) < kMaxQueued) {
            m_queue.push_back({ std::move(upload), std::move(done) });
            m_wake.notify_one();
            return;
        }
    }
    logEvent("store-queue-full", { { "record", upload.record.id.toString(QUuid::WithoutBraces) } });
    answer({ std::move(upload), std::move(done) }, std::nullopt);
}

void RecordCommitter::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_committing; });
}

QList<RecordCommitter::Job> RecordCommitter::nextGroup()
{
    // An id twice in one group is fine: storeRecords answers the second as an upload of a held
    // record, exactly as the next commit would.
    QList<Job> group;
    while (!m_queue.empty() && group.size() < m_maxGroup) {
        group.append(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return group;
}

void RecordCommitter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and nothing left to commit
        QList<Job> group = nextGroup();
        m_committing = true;
        lock.unlock();
        commit(std::move(group));
        lock.lock();
        m_committing = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

std::optional<QList<IntakeStore::StoreOutcome>> RecordCommitter::store(const QList<IntakeStore::Upload> &uploads)
{
    try {
        return m_store.storeRecords(uploads);
    } catch (const std::exception &e) { // StorageError, and whatever else must not end the thread
        // The first line only: PostgreSQL's detail lines can quote a failing row.
        const QString reason = QString::fromUtf8(e.what()).section(u'\n', 0, 0).left(300);
        logEvent("store-failed", { { "records", QString::number(uploads.size()) }, { "reason", reason } });
        return std::nullopt;
    }
}

void RecordCommitter::answer(const Job &job, std::optional<IntakeStore::StoreOutcome> outcome)
{
    try {
        job.done(std::move(outcome));
    } catch (const std::exception &e) { // the point has no answer and sends the record again
        logEvent("answer-failed",
            { { "record", job.upload.record.id.toString(QUuid::WithoutBraces) },
                { "reason", QString::fromUtf8(e.what()).left(300) } });
    }
}

void RecordCommitter::commit(QList<Job> group)
{
    QList<IntakeStore::Upload> uploads;
    uploads.reserve(group.size());
    for (const Job &job : group)
        uploads.append(job.upload);
    if (const auto stored = store(uploads)) {
        for (qsizetype i = 0; i < group.size(); ++i)
            answer(group[i], stored->at(i));
        return;
    }
    if (group.size() == 1) {
        answer(group.first(), std::nullopt);
        return;
    }
    // The whole group was rolled back. One record the database refuses must not cost the
    // others theirs: each alone, once. Two failing alone in a row say the store itself is
    // down: the rest are answered at once (the points send them again) rather than each
    // waiting out the store's timeout while every other upload queues behind them.
    int failedInARow = 0;
    for (const Job &job : group) {
        std::optional<QList<IntakeStore::StoreOutcome>> alone;
        if (failedInARow < 2)
            alone = store({ job.upload });
        failedInARow = alone ? 0 : failedInARow + 1;
        answer(job, alone ? std::optional(alone->first()) : std::nullopt);
    }
}

} // namespace RegPoint::Intake
