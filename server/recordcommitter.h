#pragma once

#include "intakestore.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace RegPoint::Intake {

// Group commit for uploads: the io threads hand each checked record here and go back to their
// connections; one thread stores everything that arrived while its last commit ran, in one
// transaction (IntakeStore::storeRecords), and answers each upload once its record is on disk.
// Under load a commit carries many records for the price of one (one BEGIN, one hold of the
// receipt numbers' lock, one flush); alone, a record waits for nothing. One thread, because
// commits in parallel only queue on that lock (docs/scaling.md has the figures); more intakes
// are how a province scales.
class RecordCommitter
{
public:
    // Called on the committer's thread after the commit; nullopt: the storage failed (nothing of
    // that record was kept, the point sends it again).
    using Done = std::function<void(std::optional<IntakeStore::StoreOutcome>)>;

    // Past kMaxQueued uploads waiting (a store that stopped answering), a new one is refused at
    // once (nullopt) instead of held in memory: each holds an envelope of up to 256 KiB.
    static constexpr qsizetype kMaxQueued = 1024;

    explicit RecordCommitter(IntakeStore &store, qsizetype maxGroup = 32);
    ~RecordCommitter(); // commits what is queued, then stops
    RecordCommitter(const RecordCommitter &) = delete;
    RecordCommitter &operator=(const RecordCommitter &) = delete;

    void submit(IntakeStore::Upload upload, Done done);
    // Returns once every record submitted so far is committed and answered.
    void waitUntilIdle();

private:
    struct Job
    {
        IntakeStore::Upload upload;
        Done done;
    };
    void run();
    QList<Job> nextGroup(); // with m_mutex held
    void commit(QList<Job> group);
    // The store's outcomes for `uploads`, or nullopt (logged) when it failed.
    std::optional<QList<IntakeStore::StoreOutcome>> store(const QList<IntakeStore::Upload> &uploads);
    static void answer(const Job &job, std::optional<IntakeStore::StoreOutcome> outcome);

    IntakeStore &m_store;
    const qsizetype m_maxGroup;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_idle;
    std::deque<Job> m_queue;
    bool m_committing = false;
    bool m_stopping = false;
    std::thread m_thread; // last: it starts once the rest is set up
};

} // namespace RegPoint::Intake
