#include "attackertools.h"
#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "operators/operatorservice.h"
#include "receipt.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "records/recordview.h"
#include "records/serialpool.h"
#include "sync/pointconfig.h"
#include "sync/syncledger.h"
#include "tempworkspace.h"
#include "testreviews.h"
#include "workspace/recordfiles.h"
#include "workspace/storeinspection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The outbox as the local store keeps it: what goes into a batch, how the province's answers
// move records, what the supervisor decided, and what survives a restart.
class tst_SyncLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sealedRecordsAreQueuedOnceWithTheirEnvelopeHash();
    void answersMoveRecordsAndKeepTheReceipt();
    void answerForOtherBytesChangesNothing();
    void staleAnswerDoesNotUndoALaterOne();
    void resendOfAHeldRecordStaysAccepted();
    void laterDecisionIsAnnouncedAgain();
    void numberGivenAfterAcceptanceIsAnnouncedUntilAReceiptStatesIt();
    void numberTheProvinceRefusedIsNotAnnouncedAgain();
    void bundleSaysWhetherTheCodeTableIsCurrent();
    void rejectionNeedsAReasonAndStaysOutOfTheAuditLog();
    void finalAnswerEndsDecisions();
    void exportedRecordsAreAskedAbout();
    void summaryCountsWhatIsUnsent();
    void ledgerSurvivesARestart();
    void acceptedRecordsArePurgedAfterRetentionOnly();

private:
    QUuid sealedRecord(const QString &idNumber);
    QString envelopeHash(const QUuid &id);
    ProvinceAnswer answer(const QUuid &id, RecordState state, qint64 seq, bool final = true);
    SyncLedger &ledger() { return (*m_ws)->sync(); }
    RecordState stateOf(const QUuid &id) { return (*m_ws)->records().find(id).value()->state; }

    std::unique_ptr<TempWorkspace> m_ws;
    qint64 m_supervisor = 0;
};

void tst_SyncLedger::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    const Result<Operator> op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(op);
    m_supervisor = op->id;
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY((*m_ws)->loadSealer());
}

QUuid tst_SyncLedger::sealedRecord(const QString &idNumber)
{
    CandidateRecord record;
    record.id = QUuid::createUuid();
    record.state = RecordState::CardRead;
    record.entryMethod = EntryMethod::Card;
    record.identity = testIdentity(idNumber);
    record.createdBy = m_supervisor;
    m_ws->clock().advance(std::chrono::seconds(1)); // created_at orders the outbox
    if (!(*m_ws)->records().insert(record) || !reviewEligible((*m_ws)->records(), record.id, m_supervisor)
        || !(*m_ws)->records().attachPhoto(record.id, QByteArray(qsizetype(30) * 1024, 'j'), m_supervisor)
        || !(*m_ws)->sealing().seal(record.id, m_supervisor))
        return {};
    return record.id;
}

QString tst_SyncLedger::envelopeHash(const QUuid &id)
{
    const QByteArray envelope = (*m_ws)->records().sealOf(id).value()->envelope;
    return QString::fromLatin1(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256).toHex());
}

ProvinceAnswer tst_SyncLedger::answer(const QUuid &id, RecordState state, qint64 seq, bool final)
{
    ProvinceAnswer a;
    a.recordId = id;
    a.sha256 = envelopeHash(id);
    a.state = state;
    a.code = state == RecordState::Accepted ? QStringLiteral("ok") : QStringLiteral("record.same-bytes");
    a.final = final;
    a.seq = seq;
    a.receipt = QByteArrayLiteral("{\"body\":{},\"signature\":\"x\"}");
    return a;
}

void tst_SyncLedger::sealedRecordsAreQueuedOnceWithTheirEnvelopeHash()
{
    const QUuid first = sealedRecord(QStringLiteral("430102200801010028"));
    const QUuid second = sealedRecord(QStringLiteral("430102200801020024"));
    QVERIFY(!first.isNull() && !second.isNull());

    const Result<QList<OutboxEntry>> batch = ledger().queueBatch(QUuid::createUuid(), 100);
    QVERIFY2(batch, qPrintable(batch.failure().message));
    QCOMPARE(batch->size(), 2);
    QCOMPARE(batch->at(0).recordId, first); // oldest first
    QCOMPARE(batch->at(0).sha256, envelopeHash(first));
    QCOMPARE(batch->at(0).size, (*m_ws)->records().sealOf(first).value()->envelope.size());
    QCOMPARE(batch->at(0).decision, Decision::Pending);
    QCOMPARE(stateOf(first), RecordState::Queued);

    // Not answered: the next batch carries them again, still queued, with the same hash.
    const Result<QList<OutboxEntry>> again = ledger().queueBatch(QUuid::createUuid(), 100);
    QVERIFY(again);
    QCOMPARE(again->size(), 2);
    QCOMPARE(again->at(1).sha256, envelopeHash(second));
    QVERIFY(ledger().markSent({ first, second }));
    QCOMPARE(stateOf(first), RecordState::Sent);

    // The limit holds.
    QCOMPARE(ledger().queueBatch(QUuid::createUuid(), 1)->size(), 1);
}

void tst_SyncLedger::answersMoveRecordsAndKeepTheReceipt()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    QVERIFY(ledger().markSent({ id }));
    const Status applied = ledger().applyAnswers({ answer(id, RecordState::Accepted, 7, false) });
    QVERIFY2(applied, qPrintable(applied.failure().message));
    QCOMPARE(stateOf(id), RecordState::Accepted);
    const auto kept = ledger().answerFor(id);
    QVERIFY(kept && kept.value());
    QCOMPARE(kept.value()->seq, 7);
    QCOMPARE(kept.value()->final, false);
    QVERIFY(kept.value()->receipt.contains("signature"));
    // Accepted but not final: a status pull asks again; nothing is sent again.
    QCOMPARE(ledger().awaitingFinalAnswer(10).value(), QList<QUuid> { id });
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());

    // The identity check finds the number registered elsewhere: the later receipt turns it.
    ProvinceAnswer conflict = answer(id, RecordState::Conflict, 9);
    conflict.code = QStringLiteral("identity.registered-elsewhere");
    QVERIFY(ledger().applyAnswers({ conflict }));
    QCOMPARE(stateOf(id), RecordState::Conflict);
    QVERIFY(ledger().awaitingFinalAnswer(10)->isEmpty());

    // Every move and every receipt is in the audit log, made by the system.
    const auto events = (*m_ws)->audit().events().value();
    int receipts = 0;
    for (const AuditEvent &event : events)
        if (event.recordId == id.toString(QUuid::WithoutBraces) && event.action == u"sync.receipt") {
            ++receipts;
            QVERIFY(!event.operatorId);
        }
    QCOMPARE(receipts, 2);
    QVERIFY((*m_ws)->audit().verify()->ok());
}

void tst_SyncLedger::answerForOtherBytesChangesNothing()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    ProvinceAnswer forged = answer(id, RecordState::Accepted, 1);
    forged.sha256 = QString(64, u'0');
    const Status applied = ledger().applyAnswers({ forged });
    QVERIFY(!applied);
    QCOMPARE(applied.failure().code, QStringLiteral("sync.receipt-mismatch"));
    QCOMPARE(stateOf(id), RecordState::Queued);
    QVERIFY(!ledger().answerFor(id).value());
}

void tst_SyncLedger::staleAnswerDoesNotUndoALaterOne()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    ProvinceAnswer conflict = answer(id, RecordState::Conflict, 20);
    conflict.code = QStringLiteral("identity.registered-elsewhere");
    QVERIFY(ledger().applyAnswers({ conflict }));
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Accepted, 19, false) }));
    QCOMPARE(stateOf(id), RecordState::Conflict);
    QCOMPARE(ledger().answerFor(id).value()->seq, 20);
}

void tst_SyncLedger::resendOfAHeldRecordStaysAccepted()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Accepted, 3) }));
    // The duplicate receipt repeats the original's number.
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Duplicate, 3) }));
    QCOMPARE(stateOf(id), RecordState::Accepted);
}

void tst_SyncLedger::laterDecisionIsAnnouncedAgain()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Accepted, 3, false) }));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());

    QVERIFY(ledger().decide(id, Decision::Approved, {}, m_supervisor));
    const auto batch = ledger().queueBatch(QUuid::createUuid(), 10);
    QCOMPARE(batch->size(), 1);
    QCOMPARE(batch->first().decision, Decision::Approved);
    QCOMPARE(stateOf(id), RecordState::Accepted); // announced again, not moved back

    ProvinceAnswer recorded = answer(id, RecordState::Duplicate, 3, false);
    recorded.decision = Decision::Approved;
    QVERIFY(ledger().applyAnswers({ recorded }));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());
}

void tst_SyncLedger::numberGivenAfterAcceptanceIsAnnouncedUntilAReceiptStatesIt()
{
    // Completed while the point had no number left, sent, and accepted finally by the province.
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    const auto first = ledger().queueBatch(QUuid::createUuid(), 10);
    QCOMPARE(first->size(), 1);
    QVERIFY(first->first().serial.isEmpty());
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Accepted, 3, true) }));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());

    // The next block arrives: the accepted record gets its number too...
    const Exchange::SerialBlock block { QUuid::createUuid(), QStringLiteral("430102-07"),
        QStringLiteral("26000000000001"), QStringLiteral("26000000000010") };
    QVERIFY((*m_ws)->serials().keepListedBlocks({ block }, QStringLiteral("430102-07"), "bundle"));
    QCOMPARE((*m_ws)->serials().assignWaiting().value(), 1);
    QCOMPARE((*m_ws)->serials().serialOf(id).value(), std::optional(QStringLiteral("26000000000001")));

    // ...and is announced with it, staying accepted, until a receipt states the number.
    for (int round = 0; round < 2; ++round) {
        const auto again = ledger().queueBatch(QUuid::createUuid(), 10);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().serial, QStringLiteral("26000000000001"));
        QCOMPARE(stateOf(id), RecordState::Accepted);
    }
    ProvinceAnswer stated = answer(id, RecordState::Duplicate, 4, true);
    stated.serial = QStringLiteral("26000000000001");
    QVERIFY(ledger().applyAnswers({ stated }));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());
    QCOMPARE(stateOf(id), RecordState::Accepted);
}

void tst_SyncLedger::numberTheProvinceRefusedIsNotAnnouncedAgain()
{
    // A number another record holds at the province (this point gave it twice): the province
    // keeps the record without it and says so. Announcing it again would change nothing, so it
    // stops; the record's file tells the clerk the slip's number does not find this candidate.
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    const Exchange::SerialBlock block { QUuid::createUuid(), QStringLiteral("430102-07"),
        QStringLiteral("26000000000001"), QStringLiteral("26000000000010") };
    QVERIFY((*m_ws)->serials().keepListedBlocks({ block }, QStringLiteral("430102-07"), "bundle"));
    QCOMPARE((*m_ws)->serials().assignWaiting().value(), 1);
    QCOMPARE(ledger().queueBatch(QUuid::createUuid(), 10)->first().serial, QStringLiteral("26000000000001"));
    const Kiosk::RecordFiles files(**m_ws);
    QVERIFY(!files.open(id)->serialRefused);

    ProvinceAnswer refused = answer(id, RecordState::Accepted, 3, false);
    refused.code = Exchange::ReceiptBody::kSerialTaken;
    QVERIFY(ledger().applyAnswers({ refused }));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());
    QCOMPARE(stateOf(id), RecordState::Accepted);
    QVERIFY(files.open(id)->serialRefused);

    // A later receipt that states the number (the province put it right) clears the warning.
    ProvinceAnswer mended = answer(id, RecordState::Accepted, 4, true);
    mended.serial = QStringLiteral("26000000000001");
    QVERIFY(ledger().applyAnswers({ mended }));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10)->isEmpty());
    QVERIFY(!files.open(id)->serialRefused);
}

void tst_SyncLedger::bundleSaysWhetherTheCodeTableIsCurrent()
{
    // The hash computed here from the shipped file, not by the code under test.
    QFile table(QStringLiteral(REGPOINT_SOURCE_DIR "/resources/regions/hunan-2023.csv"));
    QVERIFY(table.open(QIODevice::ReadOnly));
    Exchange::ConfigBundle bundle;
    bundle.regionsTableSha256
        = QString::fromLatin1(QCryptographicHash::hash(table.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(regionsTableAgainst(bundle), RegionsTable::Current);
    bundle.regionsTableSha256 = QString(64, u'a');
    QCOMPARE(regionsTableAgainst(bundle), RegionsTable::Differs);
    bundle.regionsTableSha256
        = QString::fromLatin1(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(regionsTableAgainst(bundle), RegionsTable::NotNamed);
}

void tst_SyncLedger::rejectionNeedsAReasonAndStaysOutOfTheAuditLog()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    const Status bare = ledger().decide(id, Decision::Rejected, QStringLiteral("   "), m_supervisor);
    QVERIFY(!bare);
    QCOMPARE(bare.failure().code, QStringLiteral("sync.reason-required"));
    QCOMPARE(ledger().decisionOf(id).value(), Decision::Pending);

    const QString reason = QStringLiteral("户籍证明与身份证不符 ZHANG-WEI");
    QVERIFY(ledger().decide(id, Decision::Rejected, reason, m_supervisor));
    QCOMPARE(ledger().decisionOf(id).value(), Decision::Rejected);
    const auto batch = ledger().queueBatch(QUuid::createUuid(), 10);
    QCOMPARE(batch->first().decision, Decision::Rejected);
    QCOMPARE(batch->first().reason, reason);
    for (const AuditEvent &event : (*m_ws)->audit().events().value())
        QVERIFY(!event.detail.contains(QStringLiteral("ZHANG-WEI")));
    QVERIFY(ledger().undecided()->isEmpty());
}

void tst_SyncLedger::finalAnswerEndsDecisions()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Accepted, 1, true) }));
    const Status late = ledger().decide(id, Decision::Rejected, QStringLiteral("too late"), m_supervisor);
    QVERIFY(!late);
    QCOMPARE(late.failure().code, QStringLiteral("sync.decision-too-late"));

    // A record not yet sealed cannot be decided on.
    CandidateRecord draft;
    draft.identity = testIdentity(QStringLiteral("430102200801020024"));
    draft.createdBy = m_supervisor;
    const auto inserted = (*m_ws)->records().insert(draft);
    QVERIFY(inserted);
    QCOMPARE(ledger().decide(inserted->id, Decision::Approved, {}, m_supervisor).failure().code,
        QStringLiteral("sync.not-sealed"));
}

void tst_SyncLedger::exportedRecordsAreAskedAbout()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().awaitingFinalAnswer(10)->isEmpty());
    QVERIFY(ledger().markExported({ id }, m_ws->clock().now()));
    QCOMPARE(ledger().awaitingFinalAnswer(10).value(), QList<QUuid> { id });
    // The province answers for a record that went by USB: sealed → accepted directly.
    QVERIFY(ledger().applyAnswers({ answer(id, RecordState::Accepted, 5, true) }));
    QCOMPARE(stateOf(id), RecordState::Accepted);
    QVERIFY(ledger().awaitingFinalAnswer(10)->isEmpty());
}

void tst_SyncLedger::summaryCountsWhatIsUnsent()
{
    const QUuid first = sealedRecord(QStringLiteral("430102200801010028"));
    const QDateTime firstSealed = m_ws->clock().now();
    const QUuid second = sealedRecord(QStringLiteral("430102200801020024"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    QVERIFY(ledger().noteFailure({ first, second }, QStringLiteral("sync.unreachable")));
    QVERIFY(ledger().applyAnswers({ answer(second, RecordState::Accepted, 2, false) }));

    const Result<SyncSummary> summary = ledger().summary();
    QVERIFY(summary);
    QCOMPARE(summary->unsent, 1);
    QCOMPARE(summary->byState.value(RecordState::Queued), 1);
    QCOMPARE(summary->byState.value(RecordState::Accepted), 1);
    QCOMPARE(summary->notFinal, 1);
    QCOMPARE(summary->pendingDecisions, 2);
    QCOMPARE(summary->oldestUnsent, firstSealed);
    QCOMPARE(summary->lastError, QStringLiteral("sync.unreachable"));
    QVERIFY(summary->lastAttempt.isValid());
    QCOMPARE(summary->exported, 0);
    QCOMPARE(summary->oldestNotExported, firstSealed);

    // The oldest goes on a USB batch: still unsent (no answer yet), but no longer the oldest
    // waiting at the point.
    m_ws->clock().advance(std::chrono::minutes(5));
    QVERIFY(!sealedRecord(QStringLiteral("430102200801030020")).isNull());
    const QDateTime thirdSealed = m_ws->clock().now();
    QVERIFY(ledger().markExported({ first }, m_ws->clock().now()));
    const Result<SyncSummary> afterExport = ledger().summary();
    QCOMPARE(afterExport->unsent, 2);
    QCOMPARE(afterExport->exported, 1);
    QCOMPARE(afterExport->oldestUnsent, firstSealed);
    QCOMPARE(afterExport->oldestNotExported, thirdSealed);
}

void tst_SyncLedger::ledgerSurvivesARestart()
{
    const QUuid id = sealedRecord(QStringLiteral("430102200801010028"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 10));
    QVERIFY(ledger().markSent({ id }));
    QVERIFY(m_ws->reopen());
    QCOMPARE(stateOf(id), RecordState::Sent);
    QCOMPARE(ledger().queueBatch(QUuid::createUuid(), 10)->first().sha256, envelopeHash(id));
}

void tst_SyncLedger::acceptedRecordsArePurgedAfterRetentionOnly()
{
    const QString number = QStringLiteral("430102200801010028");
    const QUuid accepted = sealedRecord(number);
    const QUuid refused = sealedRecord(QStringLiteral("430102200801020024"));
    const QUuid notFinal = sealedRecord(QStringLiteral("430102200801030029"));
    QVERIFY(ledger().queueBatch(QUuid::createUuid(), 100));
    QVERIFY(ledger().applyAnswers({ answer(accepted, RecordState::Accepted, 1),
        answer(refused, RecordState::Rejected, 2), answer(notFinal, RecordState::Accepted, 3, false) }));
    RecordStore &records = (*m_ws)->records();

    QCOMPARE(ledger().purgeExpired(30).value(), 0); // the province answered today
    m_ws->clock().advance(std::chrono::hours(24 * 30) + std::chrono::minutes(1));
    QCOMPARE(ledger().purgeExpired(30).value(), 1);

    // Only the record the province holds finally lost its photo, envelope and identity...
    QVERIFY(!records.photo(accepted).value());
    QVERIFY(!records.sealOf(accepted).value());
    const CandidateRecord kept = records.find(accepted).value().value();
    QCOMPARE(kept.identity.name, maskedName(testIdentity(number).name));
    QCOMPARE(kept.identity.idNumber, QStringLiteral("4301**********0028"));
    QVERIFY(!kept.identity.birthDate.isValid());
    QVERIFY(kept.identity.address.isEmpty());
    QCOMPARE(kept.state, RecordState::Accepted);
    // ...and still stops the same candidate being registered twice.
    QCOMPARE(records.findCurrentByIdNumber(number).value().value().id, accepted);
    for (const QUuid &whole : { refused, notFinal }) {
        QVERIFY(records.photo(whole).value());
        QVERIFY(records.sealOf(whole).value());
    }
    QCOMPARE(ledger().purgeExpired(30).value(), 0); // once
    bool audited = false;
    for (const AuditEvent &event : (*m_ws)->audit().events().value())
        audited |= event.action == u"record.purge" && event.recordId == accepted.toString(QUuid::WithoutBraces);
    QVERIFY(audited);
    QVERIFY((*m_ws)->audit().verify()->ok());

    // The deep check accepts the purged record; a record marked purged by hand (its envelope
    // deleted, no purge in the audit log) is named.
    const QByteArray ca = MachineProvisioning(m_ws->dataDir()).credentials()->caPem;
    QVERIFY(inspectStoreDeeply(**m_ws, ca).value().isEmpty());
    StoreFile attacker(m_ws->dataDir());
    QVERIFY(attacker.exec(QStringLiteral("UPDATE sync_status SET purged_at = '2026-01-01T00:00:00.000+00:00' WHERE "
                                         "record_id = '%1'")
                              .arg(refused.toString(QUuid::WithoutBraces))));
    QVERIFY(attacker.exec(QStringLiteral("DELETE FROM sealed_records WHERE record_id = '%1'")
                              .arg(refused.toString(QUuid::WithoutBraces))));
    const QList<StoreProblem> problems = inspectStoreDeeply(**m_ws, ca).value();
    QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
        [&](const StoreProblem &p) { return p.code == u"record.purge-unaudited"; }));
}

QTEST_GUILESS_MAIN(tst_SyncLedger)
#include "tst_syncledger.moc"
