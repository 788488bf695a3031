#include "audit/auditlog.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "records/recordregistrar.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "tempworkspace.h"
#include "testreviews.h"
#include "workspace/storeinspection.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

class tst_RecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void insertAndFind();
    void duplicateIsRefused();
    void countsAndOrder();
    void lifecycleIsEnforced_data();
    void lifecycleIsEnforced();
    void noPersonalDataInClearOnDisk();
    void missingKeyIsRefusedNotReplaced();
    void photoIsStoredEncryptedWithTheStateChange();
    void aPhotoIsTakenOnceBeforeSealing();
    void thePhotoFollowsAnEligibleReview();
    void aStateSetByHandIsNoReview();
    void aReviewNoteIsNeverOnDiskInClear();
    void aTypedRecordIsCorrectedOnceAndBeforeItsPhoto();

private:
    std::unique_ptr<TempWorkspace> m_ws;
    qint64 m_operatorId = 0;
};

void tst_RecordStore::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    auto op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY2(op, qPrintable(op.failure().message));
    m_operatorId = op->id;
}

void tst_RecordStore::insertAndFind()
{
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId);
    QVERIFY2(saved, qPrintable(saved.failure().message));
    QVERIFY(!saved->id.isNull());
    QCOMPARE(saved->state, RecordState::Draft);
    QCOMPARE(saved->createdAt, m_ws->clock().now());

    QVERIFY(m_ws->reopen());
    auto found = (*m_ws)->records().find(saved->id);
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->identity, testIdentity());
    QCOMPARE(found.value()->createdBy, m_operatorId);
    QCOMPARE(found.value()->entryMethod, EntryMethod::Manual);

    auto byNumber = (*m_ws)->records().findCurrentByIdNumber(testIdentity().idNumber);
    QVERIFY(byNumber && byNumber.value());
    QCOMPARE(byNumber.value()->id, saved->id);
    auto none = (*m_ws)->records().findCurrentByIdNumber(QStringLiteral("433124200706150023"));
    QVERIFY(none && !none.value());
}

void tst_RecordStore::duplicateIsRefused()
{
    QVERIFY((*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId));
    auto again = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId);
    QVERIFY(!again);
    QCOMPARE(again.failure().code, QStringLiteral("record.duplicate"));
    QCOMPARE((*m_ws)->records().list().value().size(), 1);
}

void tst_RecordStore::countsAndOrder()
{
    FakeClock &clock = m_ws->clock();
    clock.set(QDateTime(QDate(2026, 11, 24), QTime(16, 0), QTimeZone(8 * 3600)));
    QVERIFY((*m_ws)->registrar().registerIdentity(
        testIdentity(QStringLiteral("433124200706150023")), EntryMethod::Manual, m_operatorId));
    clock.set(QDateTime(QDate(2026, 11, 25), QTime(8, 30), QTimeZone(8 * 3600)));
    QVERIFY((*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId));
    clock.advance(std::chrono::minutes(3));
    auto third = (*m_ws)->registrar().registerIdentity(
        testIdentity(QStringLiteral("11010519491231002X")), EntryMethod::Card, m_operatorId);
    QVERIFY(third);

    // Registered means captured with its photo: none is yet.
    QCOMPARE((*m_ws)->records().countRegisteredOn(QDate(2026, 11, 25)).value(), 0);
    // Nor is one reviewed and waiting for its photo.
    QVERIFY((*m_ws)->records().changeState(third->id, RecordState::Reviewed, m_operatorId));
    QCOMPARE((*m_ws)->records().countRegisteredOn(QDate(2026, 11, 25)).value(), 0);
    QVERIFY((*m_ws)->records().changeState(third->id, RecordState::PhotoOk, m_operatorId));
    QCOMPARE((*m_ws)->records().countRegisteredOn(QDate(2026, 11, 25)).value(), 1);
    QCOMPARE((*m_ws)->records().countRegisteredOn(QDate(2026, 11, 24)).value(), 0);
    QCOMPARE((*m_ws)->records().countAwaitingUpload().value(), 3);
    const QList<CandidateRecord> list = (*m_ws)->records().list().value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().id, third->id);
    QCOMPARE(list.first().entryMethod, EntryMethod::Card);
}

void tst_RecordStore::lifecycleIsEnforced_data()
{
    QTest::addColumn<QList<RecordState>>("path");
    QTest::addColumn<bool>("allowed");
    using S = RecordState;
    QTest::newRow("draft to card_read") << QList<S> { S::CardRead } << false;
    QTest::newRow("full happy path") << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Accepted }
                                     << true;
    QTest::newRow("refused, then back with the documents") << QList<S> { S::Refused, S::Reviewed, S::PhotoOk } << true;
    QTest::newRow("refused takes no photo") << QList<S> { S::Refused, S::PhotoOk } << false;
    QTest::newRow("refused is never sealed") << QList<S> { S::Refused, S::Sealed } << false;
    QTest::newRow("no photo without a review") << QList<S> { S::PhotoOk } << false;
    QTest::newRow("resend after sent") << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Queued }
                                       << true;
    QTest::newRow("answered after a USB export")
        << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::Accepted } << true;
    QTest::newRow("identity check after acceptance")
        << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Accepted, S::Conflict } << true;
    QTest::newRow("a duplicate is final")
        << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::Queued, S::Duplicate, S::Queued } << false;
    QTest::newRow("accepted is never sent again")
        << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Accepted, S::Queued } << false;
    QTest::newRow("skip the photo") << QList<S> { S::Reviewed, S::Sealed } << false;
    QTest::newRow("draft straight to accepted") << QList<S> { S::Accepted } << false;
    QTest::newRow("back from sealed") << QList<S> { S::Reviewed, S::PhotoOk, S::Sealed, S::PhotoOk } << false;
}

void tst_RecordStore::lifecycleIsEnforced()
{
    QFETCH(QList<RecordState>, path);
    QFETCH(bool, allowed);
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId);
    QVERIFY(saved);
    bool allOk = true;
    RecordState reached = RecordState::Draft;
    for (RecordState to : path) {
        const Status status = (*m_ws)->records().changeState(saved->id, to, m_operatorId);
        if (!status) {
            QCOMPARE(status.failure().code, QStringLiteral("record.bad-transition"));
            allOk = false;
            break;
        }
        reached = to;
    }
    QCOMPARE(allOk, allowed);
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, reached);
}

void tst_RecordStore::noPersonalDataInClearOnDisk()
{
    const CandidateIdentity identity = testIdentity();
    QVERIFY((*m_ws)->registrar().registerIdentity(identity, EntryMethod::Manual, m_operatorId));
    // The same strings in the encodings SQLite or Qt could have used.
    const QList<QByteArray> needles { identity.idNumber.toLatin1(), identity.name.toUtf8(), identity.address.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(identity.name.utf16()), identity.name.size() * 2),
        QByteArray("20080101"), QByteArray("2008-01-01") };
    QDirIterator it(m_ws->dataDir(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle),
                qPrintable(file.fileName() + QStringLiteral(" holds ") + QString::fromUtf8(needle)));
    }
    QVERIFY(files >= 2); // the database (+ WAL) and the key
    QCOMPARE(QFile::permissions(Workspace::localKeyPath(m_ws->dataDir())) & 0x0077, QFile::Permissions());
}

void tst_RecordStore::missingKeyIsRefusedNotReplaced()
{
    QVERIFY((*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId));
    const QString key = Workspace::localKeyPath(m_ws->dataDir());
    QVERIFY(QFile::rename(key, key + QStringLiteral(".moved")));
    QVERIFY(!m_ws->reopen());
    QVERIFY(!QFile::exists(key)); // no fresh key was made over the old records
    auto ws = Workspace::open(m_ws->dataDir(), m_ws->clock(), TempWorkspace::fastOptions());
    QVERIFY(!ws);
    QCOMPARE(ws.failure().code, QStringLiteral("vault.key-missing"));
    QVERIFY(QFile::rename(key + QStringLiteral(".moved"), key));
    QVERIFY(m_ws->reopen());
    QCOMPARE((*m_ws)->records().list().value().size(), 1);
}

void tst_RecordStore::photoIsStoredEncryptedWithTheStateChange()
{
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Card, m_operatorId);
    QVERIFY(saved);
    QCOMPARE(saved->state, RecordState::CardRead);
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00");
    jpeg += QByteArray("a distinctive photo payload that must never appear in clear on disk").repeated(40);
    QVERIFY(reviewEligible((*m_ws)->records(), saved->id, m_operatorId));
    QVERIFY((*m_ws)->records().attachPhoto(saved->id, jpeg, m_operatorId));
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::PhotoOk);
    QVERIFY(m_ws->reopen());
    QCOMPARE((*m_ws)->records().photo(saved->id).value().value_or(QByteArray()), jpeg);
    // A retake replaces the photo only while the lifecycle allows it: photo_ok -> photo_ok is no move.
    QCOMPARE((*m_ws)->records().attachPhoto(saved->id, jpeg, m_operatorId).failure().code,
        QStringLiteral("record.bad-transition"));

    QDirIterator it(m_ws->dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("a distinctive photo payload"), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("JFIF"), qPrintable(file.fileName()));
    }
}

void tst_RecordStore::aPhotoIsTakenOnceBeforeSealing()
{
    // A typed record without a supervisor's approval on record is never completed.
    auto unapproved = (*m_ws)->registrar().registerIdentity(
        testIdentity(QStringLiteral("433124200706150023")), EntryMethod::Manual, m_operatorId);
    QVERIFY(unapproved);
    const Result<RecordState> notApproved
        = (*m_ws)->records().recordReview(unapproved->id, eligibleReview(), m_operatorId);
    QCOMPARE(notApproved.failure().code, QStringLiteral("record.not-approved"));
    QCOMPARE((*m_ws)->records().attachPhoto(unapproved->id, QByteArray("jpeg"), m_operatorId).failure().code,
        QStringLiteral("record.not-reviewed"));
    QCOMPARE((*m_ws)->records().find(unapproved->id).value()->state, RecordState::Draft);
    QVERIFY(!(*m_ws)->records().photo(unapproved->id).value());
    // Approved as it was saved, it is reviewed and takes its photo as a card-read one does.
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId, m_operatorId);
    QVERIFY(saved);
    QVERIFY(reviewEligible((*m_ws)->records(), saved->id, m_operatorId));
    QVERIFY((*m_ws)->records().attachPhoto(saved->id, QByteArray("first jpeg"), m_operatorId));
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::PhotoOk);
    // Once it has one, another is refused and the first stays as it was.
    const Status refused = (*m_ws)->records().attachPhoto(saved->id, QByteArray("second jpeg"), m_operatorId);
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("record.bad-transition"));
    QCOMPARE((*m_ws)->records().photo(saved->id).value().value(), QByteArray("first jpeg"));
}

// The review before the photo: a refusal keeps the record from its photo and its seal until a
// later review finds the candidate eligible; every review stays, the newest counts.
void tst_RecordStore::thePhotoFollowsAnEligibleReview()
{
    RecordStore &records = (*m_ws)->records();
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Card, m_operatorId);
    QVERIFY(saved);
    QCOMPARE(records.attachPhoto(saved->id, QByteArray("jpeg"), m_operatorId).failure().code,
        QStringLiteral("record.not-reviewed"));
    QVERIFY(!records.review(saved->id).value());

    EligibilityReview refusal;
    refusal.examYear = 2027;
    refusal.outcome = EligibilityReview::Outcome::Refused;
    refusal.refusal = QStringLiteral("missing-document");
    QCOMPARE(records.recordReview(saved->id, refusal, m_operatorId).value(), RecordState::Refused);
    QCOMPARE(records.find(saved->id).value()->state, RecordState::Refused);
    QCOMPARE(records.attachPhoto(saved->id, QByteArray("jpeg"), m_operatorId).failure().code,
        QStringLiteral("record.not-reviewed"));
    QCOMPARE(records.countAwaitingUpload().value(), 0); // a refused candidate is not for the province

    // Back with the household register: eligible, and the photo follows.
    QCOMPARE(records.recordReview(saved->id, eligibleReview(), m_operatorId).value(), RecordState::Reviewed);
    const std::optional<EligibilityReview> newest = records.review(saved->id).value();
    QVERIFY(newest && newest->eligible());
    QCOMPARE(newest->category, QStringLiteral("final-year"));
    QCOMPARE(newest->reviewedBy, m_operatorId);
    QCOMPARE(newest->reviewedAt, m_ws->clock().now());
    QVERIFY(records.attachPhoto(saved->id, QByteArray("jpeg"), m_operatorId));
    // After the photo the review is what was sealed: no later review changes it.
    QCOMPARE(
        records.recordReview(saved->id, refusal, m_operatorId).failure().code, QStringLiteral("record.bad-transition"));
    QVERIFY(records.review(saved->id).value()->eligible());
}

// Someone with the database file moves a record on to "reviewed" with SQL, no review written:
// the store still takes no photo for it.
void tst_RecordStore::aStateSetByHandIsNoReview()
{
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Card, m_operatorId);
    QVERIFY(saved);
    QSqlQuery q = newQuery((*m_ws)->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE records SET state = 'reviewed' WHERE id = '%1'")
                       .arg(saved->id.toString(QUuid::WithoutBraces))));
    QCOMPARE((*m_ws)->records().attachPhoto(saved->id, QByteArray("jpeg"), m_operatorId).failure().code,
        QStringLiteral("record.not-reviewed"));
    QVERIFY(!(*m_ws)->records().photo(saved->id).value());
}

// A refusal's note may name people: it is on disk only encrypted, and the audit log keeps the
// reason's code, not the words.
void tst_RecordStore::aReviewNoteIsNeverOnDiskInClear()
{
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Card, m_operatorId);
    QVERIFY(saved);
    EligibilityReview refusal;
    refusal.examYear = 2027;
    refusal.outcome = EligibilityReview::Outcome::Refused;
    refusal.refusal = QStringLiteral("other");
    refusal.note = QStringLiteral("distinctive-note: guardian Zhao Xiaoming did not come");
    QVERIFY((*m_ws)->records().recordReview(saved->id, refusal, m_operatorId));
    QCOMPARE((*m_ws)->records().review(saved->id).value()->note, refusal.note);
    const QList<AuditEvent> events = (*m_ws)->audit().events().value();
    const auto reviewEvent = std::find_if(
        events.cbegin(), events.cend(), [](const AuditEvent &e) { return e.action == u"eligibility.review"; });
    QVERIFY(reviewEvent != events.cend());
    QCOMPARE(reviewEvent->outcome, QStringLiteral("refused"));
    QCOMPARE(reviewEvent->detail, QStringLiteral("refusal=other"));
    QVERIFY(m_ws->reopen());
    QDirIterator it(m_ws->dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("distinctive-note"), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_RecordStore)
#include "tst_recordstore.moc"

// A correction is a new version of a record still open at the desk. The attacks: correcting one
// record twice (in the application, and by a row written by hand), correcting one that has its
// photo, taking another candidate's number, and typing over what a chip said.
void tst_RecordStore::aTypedRecordIsCorrectedOnceAndBeforeItsPhoto()
{
    RecordStore &records = (*m_ws)->records();
    RecordRegistrar &registrar = (*m_ws)->registrar();
    auto first = registrar.registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId, m_operatorId);
    QVERIFY(first);
    QVERIFY(reviewEligible(records, first->id, m_operatorId));
    CandidateIdentity renamed = testIdentity();
    renamed.name = QStringLiteral("李梓轩");
    auto second = registrar.correctIdentity(first.value(), renamed, m_operatorId, m_operatorId);
    QVERIFY2(second, qPrintable(second.failure().message));
    QCOMPARE(second->version, 2);
    QCOMPARE(second->state, RecordState::Draft);
    QCOMPARE(records.successorOf(first->id).value(), std::optional(second->id));
    QCOMPARE(records.list().value().size(), 1);
    QCOMPARE(records.list(10, nullptr, RecordStore::Versions::All).value().size(), 2);

    QCOMPARE(registrar.correctIdentity(first.value(), testIdentity(), m_operatorId, m_operatorId).failure().code,
        QStringLiteral("record.not-correctable"));
    {
        QSqlQuery raw(QSqlDatabase::database((*m_ws)->database().connectionName()));
        raw.prepare(QStringLiteral("INSERT INTO records (id, version, supersedes, state, entry_method, id_index, "
                                   "identity, created_at, updated_at, created_by) SELECT ?, 2, id, state, "
                                   "entry_method, id_index, identity, created_at, updated_at, created_by FROM records "
                                   "WHERE id = ?"));
        raw.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        raw.addBindValue(first->id.toString(QUuid::WithoutBraces));
        QVERIFY(!raw.exec());
        QVERIFY(raw.lastError().databaseText().contains(QLatin1String("records.supersedes")));
    }

    // The number itself was typed wrong: the version takes the right one, if nobody has it.
    auto other = registrar.registerIdentity(
        testIdentity(QStringLiteral("433124200706150023")), EntryMethod::Manual, m_operatorId, m_operatorId);
    QVERIFY(other);
    CandidateIdentity taken = renamed;
    taken.idNumber = other->identity.idNumber;
    QCOMPARE(registrar.correctIdentity(second.value(), taken, m_operatorId, m_operatorId).failure().code,
        QStringLiteral("record.duplicate"));
    CandidateIdentity renumbered = renamed;
    renumbered.idNumber = QStringLiteral("43012420060101003X");
    auto third = registrar.correctIdentity(second.value(), renumbered, m_operatorId, m_operatorId);
    QVERIFY2(third, qPrintable(third.failure().message));
    QVERIFY(!records.findCurrentByIdNumber(testIdentity().idNumber).value()); // the wrong number is free
    QCOMPARE(records.findCurrentByIdNumber(renumbered.idNumber).value()->id, third->id);
    const QList<StoreProblem> problems = inspectStoreDeeply(**m_ws, {}).value();
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().code));

    // With its photo, a record is completed: the province corrects it, not this desk.
    QVERIFY(reviewEligible(records, third->id, m_operatorId));
    QVERIFY(records.attachPhoto(third->id, QByteArray("jpeg"), m_operatorId));
    QCOMPARE(registrar.correctIdentity(third.value(), testIdentity(), m_operatorId, m_operatorId).failure().code,
        QStringLiteral("record.not-correctable"));
    auto card = registrar.registerIdentity(
        testIdentity(QStringLiteral("430124200601010011")), EntryMethod::Card, m_operatorId);
    QVERIFY(card);
    CandidateIdentity typedOver = card->identity;
    typedOver.name = QStringLiteral("张三");
    QCOMPARE(registrar.correctIdentity(card.value(), typedOver, m_operatorId, m_operatorId).failure().code,
        QStringLiteral("record.not-correctable"));
}
