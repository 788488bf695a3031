#include "recordcommitter.h"

#include "intakelog.h"

#include <QSet>

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
        m_queue.push_back({ std::move(upload), std::move(done) });
    }
    m_wake.notify_one();
}

void RecordCommitter::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_committing; });
}

QList<RecordCommitter::Job> RecordCommitter::nextGroup()
{
    // One id at most once a commit: a second upload of it waits for the next, where the first
    // is held and it is answered as a duplicate or a conflict, exactly as it would be alone.
    QList<Job> group;
    QSet<QUuid> ids;
    for (auto job = m_queue.begin(); job != m_queue.end() && group.size() < m_maxGroup;) {
        if (ids.contains(job->upload.record.id)) {
            ++job;
            continue;
        }
        ids.insert(job->upload.record.id);
        group.append(std::move(*job));
        job = m_queue.erase(job);
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

void RecordCommitter::commit(QList<Job> group)
{
    // Rows in one order in every commit, so that two intakes' commits never wait on each other
    // in a cycle (a deadlock the database would break by failing one).
    std::sort(
        group.begin(), group.end(), [](const Job &a, const Job &b) { return a.upload.record.id < b.upload.record.id; });
    QList<IntakeStore::Upload> uploads;
    uploads.reserve(group.size());
    for (const Job &job : group)
        uploads.append(job.upload);
    try {
        const QList<IntakeStore::StoreOutcome> stored = m_store.storeRecords(uploads);
        for (qsizetype i = 0; i < group.size(); ++i)
            group[i].done(stored[i]);
        return;
    } catch (const StorageError &e) {
        // The first line only: PostgreSQL's detail lines can quote a failing row.
        const QString reason = QString::fromUtf8(e.what()).section(u'\n', 0, 0).left(300);
        logEvent("store-failed", { { "records", QString::number(group.size()) }, { "reason", reason } });
    }
    if (group.size() == 1) {
        group.first().done(std::nullopt);
        return;
    }
    // The whole group was rolled back. One record the database refuses must not cost the
    // others theirs: each alone, once.
    for (const Job &job : group)
        commit({ job });
}

} // namespace RegPoint::Intake
