#include "intakefixture.h"
#include "intakestore.h"
#include "jsonfields.h"
#include "recentlookups.h"
#include "recordcommitter.h"
#include "sqlbackend.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <thread>

using namespace RegPoint;
using namespace RegPoint::Intake;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {

// A receipt as the store sees it: a body naming its seq. Signatures are the service's business
// (tst_intake checks them end to end); here it is what the store does with them.
QJsonObject receiptFor(qint64 seq, const QString &state, const QUuid &id)
{
    return { { u"body"_s,
        QJsonObject { { u"seq"_s, seq }, { u"state"_s, state }, { u"code"_s, state == u"accepted"_s ? u"ok"_s : state },
            { u"final"_s, false }, { u"recordId"_s, Exchange::uuidText(id) } } } };
}

qint64 seqOf(const QJsonObject &receipt)
{
    return receipt.value(u"body"_s).toObject().value(u"seq"_s).toInteger();
}

QString stateOf(const QJsonObject &receipt)
{
    return receipt.value(u"body"_s).toObject().value(u"state"_s).toString();
}

IntakeStore::Upload upload(
    const QUuid &id, const QString &point, const QByteArray &envelope, const QString &serial = QString())
{
    IntakeStore::NewRecord record { id, point, QUuid::createUuid(), QString::fromLatin1(envelope.toHex().left(64)),
        envelope.size(), Exchange::Decision::Approved, {}, envelope, QDateTime::currentDateTimeUtc(), serial };
    return { record, [id](qint64 seq) { return receiptFor(seq, u"accepted"_s, id); },
        [id](qint64 seq, const IntakeStore::Held &) { return receiptFor(seq, u"conflict"_s, id); },
        [id](qint64 seq) { return receiptFor(seq, u"number-taken"_s, id); } };
}

// Holds the committer inside a commit until released, so that what is submitted meanwhile
// queues up and forms the next group: the tests below then know their groups.
class CommitterLatch
{
public:
    explicit CommitterLatch(RecordCommitter &committer)
        : m_released(m_release.get_future().share())
    {
        IntakeStore::Upload held = upload(QUuid::createUuid(), u"430102-01"_s, "latch");
        const std::shared_future<void> released = m_released;
        std::promise<void> *entered = &m_entered;
        held.accepted = [released, entered, id = held.record.id](qint64 seq) {
            entered->set_value();
            released.wait();
            return receiptFor(seq, u"accepted"_s, id);
        };
        committer.submit(held, [](const std::optional<IntakeStore::StoreOutcome> &) {});
        m_entered.get_future().wait();
    }
    ~CommitterLatch() { release(); }
    CommitterLatch(const CommitterLatch &) = delete;
    CommitterLatch &operator=(const CommitterLatch &) = delete;

    void release()
    {
        if (!m_done) {
            m_done = true;
            m_release.set_value();
        }
    }

private:
    std::promise<void> m_entered, m_release;
    std::shared_future<void> m_released;
    bool m_done = false;
};

} // namespace

// IntakeStore::storeRecords and the RecordCommitter in process, on the store named by
// REGPOINT_INTAKE_STORE (sqlite, the default, or a throwaway PostgreSQL 15): what a commit of
// many uploads answers each of them, and that it answers exactly what one upload alone would.
class tst_IntakeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newRecordsNumberedInListOrder();
    void heldAndRepeatedIdsInOneCommit();
    void unsignableReceiptRollsBackTheCommit();
    void oneNumberOneRecordWithinACommit();
    void oneNumberOneRecordAcrossRacingCommits();
    void upgradeKeepsANumberGivenTwiceOnTheFirstRecord();
    void committerAnswersEveryUploadOnce();
    void committerIsolatesARecordTheStoreRefuses();
    void identityCheckStatesWhatTheRecordHoldsAsItCommits();
    void committerStopsTryingAStoreThatFailsEveryRecord();
    void committerRefusesPastItsQueueLimit();
    void manifestCacheIsBoundedByWhatItHolds();

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<ThrowawayPostgres> m_postgres;
    std::unique_ptr<IntakeStore> m_store;
};

void tst_IntakeStore::init()
{
    QString skip, error;
    const QString location = testStoreLocation(m_dir, m_postgres, &skip, &error);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    m_location = location;
    m_store = std::make_unique<IntakeStore>(openSqlBackend(location, 4));
    QVERIFY(m_store->migrate() > 0);
}

void tst_IntakeStore::cleanup()
{
    m_store.reset();
    if (m_postgres) { // one database for every case: the next starts from an empty schema
        const std::unique_ptr<SqlBackend> admin = openSqlBackend(m_postgres->uri(), 1);
        admin->acquire()->connection().script(u"DROP SCHEMA public CASCADE; CREATE SCHEMA public;"_s);
    }
}

void tst_IntakeStore::newRecordsNumberedInListOrder()
{
    QList<IntakeStore::Upload> uploads;
    for (int i = 0; i < 5; ++i)
        uploads.append(upload(QUuid::createUuid(), u"430102-01"_s, QByteArray(100 + i, char('a' + i))));
    const QList<IntakeStore::StoreOutcome> stored = m_store->storeRecords(uploads);
    QCOMPARE(stored.size(), uploads.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored[i].kind, IntakeStore::Stored::Accepted);
        QCOMPARE(seqOf(stored[i].receipt), seqOf(stored[0].receipt) + i); // one block, in list order
        // What the store now serves for the record is that receipt.
        const std::optional<IntakeStore::RecordStatus> status = m_store->status(u"430102-01"_s, uploads[i].record.id);
        QVERIFY(status);
        QCOMPARE(status->receipt, stored[i].receipt);
    }
    qint64 next = 0;
    QCOMPARE(m_store->receipts(u"430102-01"_s, 0, 100, &next).size(), 5);
}

void tst_IntakeStore::heldAndRepeatedIdsInOneCommit()
{
    const QUuid held = QUuid::createUuid(), twice = QUuid::createUuid(), contested = QUuid::createUuid();
    const IntakeStore::Upload first = upload(held, u"430102-01"_s, "held bytes");
    const IntakeStore::StoreOutcome kept = m_store->storeRecords({ first }).value(0);
    QCOMPARE(kept.kind, IntakeStore::Stored::Accepted);

    const QList<IntakeStore::Upload> uploads {
        upload(QUuid::createUuid(), u"430102-01"_s, "new one"),
        first, // held, same bytes
        upload(held, u"430102-01"_s, "other bytes for a held id"),
        upload(twice, u"430102-01"_s, "sent twice"),
        upload(twice, u"430102-01"_s, "sent twice"), // the same upload again in the same commit
        upload(contested, u"430102-02"_s, "B's bytes"),
        upload(contested, u"430102-01"_s, "A's bytes for B's id"),
    };
    const QList<IntakeStore::StoreOutcome> stored = m_store->storeRecords(uploads);
    QCOMPARE(stored.size(), uploads.size());
    using S = IntakeStore::Stored;
    const QList<S> kinds { S::Accepted, S::SameBytes, S::OtherBytes, S::Accepted, S::SameBytes, S::Accepted,
        S::OtherBytes };
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QVERIFY2(stored[i].kind == kinds[i], qPrintable(u"upload %1"_s.arg(i)));
    QCOMPARE(stored[1].receipt, kept.receipt); // a duplicate gets the original receipt
    QCOMPARE(stored[4].receipt, stored[3].receipt);
    QCOMPARE(stateOf(stored[2].receipt), u"conflict"_s);
    QCOMPARE(stateOf(stored[6].receipt), u"conflict"_s);

    // Nothing was overwritten: each id holds its first bytes, from its first point.
    const QHash<QUuid, IntakeStore::Held> now = m_store->heldAmong({ held, twice, contested });
    QCOMPARE(now.value(held).sha256, first.record.sha256);
    QCOMPARE(now.value(held).receipt, kept.receipt);
    QCOMPARE(now.value(contested).pointCode, u"430102-02"_s);
    QCOMPARE(now.value(contested).receipt, stored[5].receipt);
    // Every receipt issued has its own number.
    QSet<qint64> seqs;
    for (const IntakeStore::StoreOutcome &o : stored)
        seqs.insert(seqOf(o.receipt));
    QCOMPARE(seqs.size(), 6); // the duplicates' are the ones they repeat
}

void tst_IntakeStore::oneNumberOneRecordWithinACommit()
{
    // A point put back from an older copy hands out numbers again. The province keeps each number
    // on one record: the first it holds, then the first in id order of one commit. The others are
    // stored all the same (a candidate is not turned away for the point's fault), without it.
    QList<QUuid> ids { QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid() };
    std::sort(ids.begin(), ids.end());
    const IntakeStore::Upload first = upload(ids[1], u"430102-01"_s, "first", u"4301020000042"_s);
    QCOMPARE(stateOf(m_store->storeRecords({ first }).value(0).receipt), u"accepted"_s);
    const QList<IntakeStore::StoreOutcome> stored = m_store->storeRecords({
        upload(ids[2], u"430102-01"_s, "again, later", u"4301020000042"_s),
        upload(ids[0], u"430102-01"_s, "new number", u"4301020000043"_s),
        upload(ids[3], u"430102-01"_s, "new number, later id", u"4301020000043"_s),
        first, // a resend keeps its own number
    });
    QCOMPARE(stored[0].kind, IntakeStore::Stored::Accepted);
    QCOMPARE(stateOf(stored[0].receipt), u"number-taken"_s);
    QCOMPARE(stateOf(stored[1].receipt), u"accepted"_s);
    QCOMPARE(stateOf(stored[2].receipt), u"number-taken"_s);
    QCOMPARE(stored[3].kind, IntakeStore::Stored::SameBytes);
    QCOMPARE(m_store->recordBySerial(u"4301020000042"_s)->recordId, ids[1]);
    QCOMPARE(m_store->recordBySerial(u"4301020000043"_s)->recordId, ids[0]);
    QCOMPARE(m_store->heldAmong({ ids[2] }).value(ids[2]).serial, QString());

    // Given later to a held record that has none, a number another record holds is not kept
    // either; the receipt says what the record holds: none.
    QString keptSerial = u"unset"_s;
    m_store->restate(u"430102-01"_s, ids[2], Exchange::Decision::Approved, std::nullopt, u"4301020000043"_s,
        [&](qint64 seq, const QString &kept) {
            keptSerial = kept;
            return receiptFor(seq, u"accepted"_s, ids[2]);
        });
    QCOMPARE(keptSerial, QString());
    QCOMPARE(m_store->recordBySerial(u"4301020000043"_s)->recordId, ids[0]);
}

void tst_IntakeStore::oneNumberOneRecordAcrossRacingCommits()
{
    // Two intakes (two connections) commit records with one number at the same moment: the
    // database's unique key makes the later commit try again, and then it sees the first's.
    constexpr int kRounds = 12;
    std::atomic<int> taken = 0, kept = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QString serial = u"43010200001%1"_s.arg(round, 2, 10, QChar(u'0'));
        std::promise<void> go;
        const std::shared_future<void> start = go.get_future().share();
        const auto send = [&, serial](const QByteArray &bytes) {
            start.wait();
            const IntakeStore::StoreOutcome outcome
                = m_store->storeRecords({ upload(QUuid::createUuid(), u"430102-01"_s, bytes, serial) }).value(0);
            (stateOf(outcome.receipt) == u"number-taken"_s ? taken : kept)++;
        };
        const QByteArray one = "a" + serial.toLatin1(), other = "b" + serial.toLatin1();
        std::thread a(send, one), b(send, other);
        go.set_value();
        a.join();
        b.join();
        QVERIFY(m_store->recordBySerial(serial));
    }
    QCOMPARE(kept.load(), kRounds);
    QCOMPARE(taken.load(), kRounds);
}

void tst_IntakeStore::upgradeKeepsANumberGivenTwiceOnTheFirstRecord()
{
    // A province store from before schema 7 may hold one number on several records; the upgrade
    // leaves it on the first received (then the lowest id) and takes it off the others.
    QList<QUuid> ids { QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid() };
    std::sort(ids.begin(), ids.end());
    const QDateTime morning = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<IntakeStore::Upload> uploads { upload(ids[2], u"430102-01"_s, "first received", u"4301020000050"_s),
        upload(ids[0], u"430102-01"_s, "received later", u"4301020000051"_s),
        upload(ids[1], u"430102-01"_s, "later still", u"4301020000052"_s) };
    for (qsizetype i = 0; i < uploads.size(); ++i)
        uploads[i].record.receivedAt = morning.addSecs(60 * i);
    m_store->storeRecords(uploads);
    {
        const std::unique_ptr<SqlBackend> raw = openSqlBackend(m_location, 1);
        const std::unique_ptr<SqlBackend::Lease> lease = raw->acquire();
        lease->connection().script(u"DROP INDEX records_by_serial; CREATE INDEX records_by_serial ON records (serial); "
                                   "UPDATE records SET serial = '4301020000050'; "
                                   "DELETE FROM schema_version WHERE version = 7;"_s);
    }
    QCOMPARE(m_store->migrate(), 7);
    QCOMPARE(m_store->recordBySerial(u"4301020000050"_s)->recordId, ids[2]);
    const QHash<QUuid, IntakeStore::Held> held = m_store->heldAmong(ids);
    QCOMPARE(held.value(ids[0]).serial, QString());
    QCOMPARE(held.value(ids[1]).serial, QString());
    // And the number is one record's from now on.
    const IntakeStore::StoreOutcome again
        = m_store->storeRecords({ upload(QUuid::createUuid(), u"430102-01"_s, "new", u"4301020000050"_s) }).value(0);
    QCOMPARE(stateOf(again.receipt), u"number-taken"_s);
}

void tst_IntakeStore::unsignableReceiptRollsBackTheCommit()
{
    // A receipt that cannot be signed (or names another seq) would be served as a promise: the
    // whole commit goes back, nothing of it is held.
    QList<IntakeStore::Upload> uploads { upload(QUuid::createUuid(), u"430102-01"_s, "one"),
        upload(QUuid::createUuid(), u"430102-01"_s, "two") };
    uploads[1].accepted = [](qint64 seq) { return receiptFor(seq + 1, u"accepted"_s, {}); };
    QVERIFY_THROWS_EXCEPTION(StorageError, m_store->storeRecords(uploads));
    QVERIFY(m_store->heldAmong({ uploads[0].record.id, uploads[1].record.id }).isEmpty());
    qint64 next = 0;
    QVERIFY(m_store->receipts(u"430102-01"_s, 0, 100, &next).isEmpty());
}

void tst_IntakeStore::committerAnswersEveryUploadOnce()
{
    // Eight io threads hand over forty uploads each at once, every id sent twice: each upload is
    // answered exactly once, each id held once, every new record's receipt numbered apart.
    constexpr int kThreads = 8, kEach = 40;
    RecordCommitter committer(*m_store);
    std::mutex mutex;
    QHash<QUuid, QList<IntakeStore::Stored>> answers;
    QSet<qint64> acceptedSeqs;
    std::atomic<int> answered { 0 };
    QList<QUuid> ids;
    for (int i = 0; i < kThreads * kEach / 2; ++i)
        ids.append(QUuid::createUuid());
    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                const QUuid id = ids[(t * kEach + i) % ids.size()];
                committer.submit(upload(id, u"430102-01"_s, Exchange::uuidText(id).toLatin1()),
                    [&, id](std::optional<IntakeStore::StoreOutcome> stored) {
                        const std::lock_guard lock(mutex);
                        answers[id].append(stored ? stored->kind : IntakeStore::Stored::OtherBytes);
                        if (stored && stored->kind == IntakeStore::Stored::Accepted)
                            acceptedSeqs.insert(seqOf(stored->receipt));
                        ++answered;
                    });
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    committer.waitUntilIdle();
    QCOMPARE(answered.load(), kThreads * kEach);
    QCOMPARE(answers.size(), ids.size());
    for (const QList<IntakeStore::Stored> &pair : std::as_const(answers)) {
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.count(IntakeStore::Stored::Accepted), 1);
        QCOMPARE(pair.count(IntakeStore::Stored::SameBytes), 1);
    }
    QCOMPARE(acceptedSeqs.size(), ids.size());
    QCOMPARE(m_store->heldAmong(ids).size(), ids.size());
}

void tst_IntakeStore::committerIsolatesARecordTheStoreRefuses()
{
    // One upload whose receipt cannot be made fails alone, however its commit was grouped.
    RecordCommitter committer(*m_store);
    QList<IntakeStore::Upload> uploads;
    for (int i = 0; i < 20; ++i)
        uploads.append(upload(QUuid::createUuid(), u"430102-01"_s, QByteArray::number(i)));
    uploads[7].accepted = [](qint64) { return QJsonObject(); };
    constexpr int kUnanswered = -2, kFailed = -1;
    std::mutex mutex;
    QList<int> answers(uploads.size(), kUnanswered);
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        committer.submit(uploads[i], [&, i](std::optional<IntakeStore::StoreOutcome> stored) {
            const std::lock_guard lock(mutex);
            QCOMPARE(answers[i], kUnanswered);
            answers[i] = stored ? int(stored->kind) : kFailed;
        });
    }
    committer.waitUntilIdle();
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        const int expected = i == 7 ? kFailed : int(IntakeStore::Stored::Accepted);
        QVERIFY2(answers[i] == expected, qPrintable(u"upload %1: %2"_s.arg(i).arg(answers[i])));
    }
    QCOMPARE(m_store->heldAmong({ uploads[7].record.id }).size(), 0);
}

void tst_IntakeStore::identityCheckStatesWhatTheRecordHoldsAsItCommits()
{
    // The identity checker reads its records, opens them (slow: the province key), then issues
    // each one's new current receipt. A number and a decision a manifest gave the record in
    // between must be what that receipt states, or the receipt would take them back.
    const QUuid id = QUuid::createUuid();
    IntakeStore::Upload pending = upload(id, u"430102-01"_s, "pending");
    pending.record.decision = Exchange::Decision::Pending;
    QCOMPARE(m_store->storeRecords({ pending }).first().kind, IntakeStore::Stored::Accepted);
    const QList<IntakeStore::Unchecked> read = m_store->uncheckedRecords(10);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().decision, Exchange::Decision::Pending);

    m_store->restate(u"430102-01"_s, id, Exchange::Decision::Approved, QString(), u"4301020000007"_s,
        [&](qint64 seq, const QString &) { return receiptFor(seq, u"accepted"_s, id); });
    std::optional<IntakeStore::Standing> stated;
    const QJsonObject receipt = m_store->checkIdentity(
        id, u"hmac-of-the-id-number"_s, QUuid(),
        [&](qint64 seq, const IntakeStore::Standing &now) {
            stated = now;
            return receiptFor(seq, u"accepted"_s, id);
        },
        [&](qint64 seq, const IntakeStore::Standing &, const QUuid &) { return receiptFor(seq, u"conflict"_s, id); });
    QVERIFY(!receipt.isEmpty());
    QVERIFY(stated);
    QCOMPARE(stated->serial, u"4301020000007"_s);
    QCOMPARE(stated->decision, Exchange::Decision::Approved);
    QCOMPARE(m_store->uncheckedRecords(10).size(), 0);
}

void tst_IntakeStore::committerStopsTryingAStoreThatFailsEveryRecord()
{
    // A store that fails every record (a database gone away fails each attempt only after its
    // timeout): after the group and two records alone, the rest are answered at once, not each
    // after another wait while every other upload queues behind them.
    RecordCommitter committer(*m_store);
    std::atomic<int> attempts = 0;
    std::atomic<int> failed = 0;
    {
        CommitterLatch latch(committer);
        for (int i = 0; i < 20; ++i) {
            IntakeStore::Upload doomed = upload(QUuid::createUuid(), u"430102-01"_s, QByteArray::number(i));
            doomed.accepted = [&attempts](qint64) {
                ++attempts;
                return QJsonObject(); // unsignable: the commit fails
            };
            committer.submit(doomed, [&failed](const std::optional<IntakeStore::StoreOutcome> &stored) {
                if (!stored)
                    ++failed;
            });
        }
    }
    committer.waitUntilIdle();
    QCOMPARE(failed.load(), 20);
    QCOMPARE(attempts.load(), 3); // the group of 20, then two alone
}

void tst_IntakeStore::committerRefusesPastItsQueueLimit()
{
    // While the store is slow, uploads queue up to the limit; the next is answered at once
    // (the point sends it again) instead of held in memory. Those queued are all stored.
    RecordCommitter committer(*m_store);
    std::atomic<int> accepted = 0;
    std::atomic<int> failed = 0;
    const auto count = [&](std::optional<IntakeStore::StoreOutcome> stored) {
        if (stored && stored->kind == IntakeStore::Stored::Accepted)
            ++accepted;
        else
            ++failed;
    };
    CommitterLatch latch(committer);
    for (qsizetype i = 0; i < RecordCommitter::kMaxQueued; ++i)
        committer.submit(upload(QUuid::createUuid(), u"430102-01"_s, QByteArray::number(i)), count);
    QCOMPARE(failed.load(), 0);
    const QUuid overflow = QUuid::createUuid();
    committer.submit(upload(overflow, u"430102-01"_s, "one too many"), count);
    QCOMPARE(failed.load(), 1); // answered in submit, before the store is free again
    latch.release();
    committer.waitUntilIdle();
    QCOMPARE(accepted.load(), int(RecordCommitter::kMaxQueued));
    QCOMPARE(m_store->heldAmong({ overflow }).size(), 0);
}

void tst_IntakeStore::manifestCacheIsBoundedByWhatItHolds()
{
    // An enrolled point sends one-line manifests whose reasons are 1 MiB each (the body limit
    // allows it): counted by lines, the cache would hold them all. Counted by what they hold, the
    // oldest go once the budget is spent, and the newest stays.
    RecentLookups recent;
    const QString point = u"430102-01"_s;
    const QString longReason(qsizetype(512) * 1024, u'x'); // 1 MiB in memory
    const int manifests = int(RecentLookups::kMaxBytes / (1 << 20)) + 8;
    QList<Exchange::Manifest> sent;
    for (int i = 0; i < manifests; ++i) {
        Exchange::Manifest manifest;
        manifest.batch = QUuid::createUuid();
        Exchange::ManifestRecord line;
        line.id = QUuid::createUuid();
        line.decision = Exchange::Decision::Rejected;
        line.reason = longReason;
        manifest.records.append(line);
        recent.keepManifest(point, manifest);
        sent.append(manifest);
    }
    QVERIFY(!recent.manifestLine(point, sent.first().batch, sent.first().records.first().id).batchKnown);
    const RecentLookups::Listing newest = recent.manifestLine(point, sent.last().batch, sent.last().records.first().id);
    QVERIFY(newest.batchKnown);
    QVERIFY(newest.line);
    qsizetype kept = 0;
    for (const Exchange::Manifest &m : sent)
        kept += recent.manifestLine(point, m.batch, m.records.first().id).batchKnown ? 1 : 0;
    QVERIFY2(kept <= RecentLookups::kMaxBytes / (1 << 20), qPrintable(QString::number(kept)));
}

QTEST_GUILESS_MAIN(tst_IntakeStore)
#include "tst_intakestore.moc"
