#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "records/recordregistrar.h"
#include "records/recordstore.h"
#include "tempworkspace.h"

#include <QDirIterator>
#include <QFile>
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
    QTest::newRow("draft to card_read") << QList<S> { S::CardRead } << true;
    QTest::newRow("full happy path") << QList<S> { S::Reviewed, S::CardRead, S::PhotoOk, S::Sealed, S::Queued, S::Sent,
        S::Accepted } << true;
    QTest::newRow("resend after sent") << QList<S> { S::CardRead, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Queued }
                                       << true;
    QTest::newRow("answered after a USB export")
        << QList<S> { S::CardRead, S::PhotoOk, S::Sealed, S::Accepted } << true;
    QTest::newRow("identity check after acceptance")
        << QList<S> { S::CardRead, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Accepted, S::Conflict } << true;
    QTest::newRow("a duplicate is final")
        << QList<S> { S::CardRead, S::PhotoOk, S::Sealed, S::Queued, S::Duplicate, S::Queued } << false;
    QTest::newRow("accepted is never sent again")
        << QList<S> { S::CardRead, S::PhotoOk, S::Sealed, S::Queued, S::Sent, S::Accepted, S::Queued } << false;
    QTest::newRow("skip the photo") << QList<S> { S::CardRead, S::Sealed } << false;
    QTest::newRow("draft straight to accepted") << QList<S> { S::Accepted } << false;
    QTest::newRow("back from sealed") << QList<S> { S::CardRead, S::PhotoOk, S::Sealed, S::PhotoOk } << false;
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
    const Status notApproved = (*m_ws)->records().attachPhoto(unapproved->id, QByteArray("jpeg"), m_operatorId);
    QCOMPARE(notApproved.failure().code, QStringLiteral("record.not-approved"));
    QCOMPARE((*m_ws)->records().find(unapproved->id).value()->state, RecordState::Draft);
    QVERIFY(!(*m_ws)->records().photo(unapproved->id).value());
    // Approved as it was saved, it takes its photo as a card-read one does.
    auto saved = (*m_ws)->registrar().registerIdentity(testIdentity(), EntryMethod::Manual, m_operatorId, m_operatorId);
    QVERIFY(saved);
    QVERIFY((*m_ws)->records().attachPhoto(saved->id, QByteArray("first jpeg"), m_operatorId));
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::PhotoOk);
    // Once it has one, another is refused and the first stays as it was.
    const Status refused = (*m_ws)->records().attachPhoto(saved->id, QByteArray("second jpeg"), m_operatorId);
    QVERIFY(!refused);
    QCOMPARE(refused.failure().code, QStringLiteral("record.bad-transition"));
    QCOMPARE((*m_ws)->records().photo(saved->id).value().value(), QByteArray("first jpeg"));
}

QTEST_GUILESS_MAIN(tst_RecordStore)
#include "tst_recordstore.moc"
