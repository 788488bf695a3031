#include "operators/operatorservice.h"
#include "records/recordregistrar.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "tempworkspace.h"
#include "testreviews.h"
#include "workspace/recordfiles.h"

#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The clerk looks a record up by what the candidate or their slip says, and opens it with its
// history: found by each of those, never by too little, and shown masked.
class tst_RecordFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void search_data();
    void search();
    void theNumberedRecordComesFirst();
    void anOpenedRecordHasItsNumberAndHistory();
    void aRecordThatIsGoneSaysSo();
    void listedRecordsAreReadAgainWithTheirNewState();

private:
    QUuid save(const QString &name, const QString &idNumber);

    std::unique_ptr<TempWorkspace> m_ws;
    Operator m_supervisor;
    QUuid m_li; // 李明轩, complete, with its 报名流水号
    QUuid m_wang; // 王芳, waiting for its review
};

void tst_RecordFiles::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    const Result<Operator> op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(op);
    m_supervisor = op.value();
    QVERIFY((*m_ws)
                ->serials()
                .keepListedBlocks({ { QUuid::createUuid(), QStringLiteral("430102"), QStringLiteral("27000000000101"),
                                      QStringLiteral("27000000000200") } },
                    QStringLiteral("430102"), "test")
                .ok());
    m_li = save(QStringLiteral("李明轩"), QStringLiteral("43010220080101001X"));
    QVERIFY(reviewEligible((*m_ws)->records(), m_li, m_supervisor.id));
    QVERIFY((*m_ws)->registrar().completeWithPhoto(m_li, QByteArray(qsizetype(30) * 1024, 'j'), m_supervisor.id));
    m_ws->clock().advance(std::chrono::minutes(5));
    m_wang = save(QStringLiteral("王芳"), QStringLiteral("430102200803070024"));
}

QUuid tst_RecordFiles::save(const QString &name, const QString &idNumber)
{
    CandidateIdentity identity = testIdentity(idNumber);
    identity.name = name;
    const Result<CandidateRecord> saved
        = (*m_ws)->registrar().registerIdentity(identity, EntryMethod::Card, m_supervisor.id);
    if (!saved)
        qWarning() << saved.failure().code << saved.failure().message;
    return saved ? saved->id : QUuid();
}

void tst_RecordFiles::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("found"); // masked names, newest first

    const QStringList li { QStringLiteral("李*轩") };
    const QStringList wang { QStringLiteral("王*") };
    QTest::newRow("whole name") << QStringLiteral("李明轩") << li;
    QTest::newRow("part of a name") << QStringLiteral("明") << li;
    QTest::newRow("name with spaces typed in it") << QStringLiteral(" 王 芳 ") << wang;
    QTest::newRow("masked name off a list") << QStringLiteral("李*轩") << li;
    QTest::newRow("whole ID number, lower-case x") << QStringLiteral("43010220080101001x") << li;
    QTest::newRow("last four of the ID number") << QStringLiteral("001x") << li;
    QTest::newRow("a region code is no tail and no name") << QStringLiteral("430102") << QStringList {};
    QTest::newRow("three digits are too few") << QStringLiteral("024") << QStringList {};
    QTest::newRow("registration number") << QStringLiteral("27000000000101") << li;
    QTest::newRow("someone else") << QStringLiteral("张伟") << QStringList {};
    QTest::newRow("nothing typed") << QStringLiteral("   ") << QStringList {};
}

void tst_RecordFiles::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, found);
    const Result<QList<RecordView>> result = RecordFiles(**m_ws).search(query);
    QVERIFY(result);
    QStringList names;
    for (const RecordView &view : result.value())
        names.append(view.maskedName);
    QCOMPARE(names, found);
}

void tst_RecordFiles::theNumberedRecordComesFirst()
{
    // The short id of 王芳's record and the number on 李明轩's slip: the slip's record leads.
    const QString shortId = m_wang.toString(QUuid::WithoutBraces).left(8);
    const Result<QList<RecordView>> byShortId = RecordFiles(**m_ws).search(shortId.toUpper());
    QVERIFY(byShortId);
    QCOMPARE(byShortId->size(), 1);
    QCOMPARE(byShortId->first().id, m_wang);

    const QUuid third = save(QStringLiteral("李明"), QStringLiteral("430102200805050019"));
    QVERIFY(!third.isNull());
    const Result<QList<RecordView>> byName = RecordFiles(**m_ws).search(QStringLiteral("李明"));
    QVERIFY(byName);
    QCOMPARE(byName->size(), 2);
    QCOMPARE(byName->first().id, third); // newest first
    const Result<QList<RecordView>> bySerial = RecordFiles(**m_ws).search(QStringLiteral("27000000000101"));
    QVERIFY(bySerial);
    QCOMPARE(bySerial->size(), 1);
    QCOMPARE(bySerial->first().id, m_li);
}

void tst_RecordFiles::anOpenedRecordHasItsNumberAndHistory()
{
    const Result<RecordFile> li = RecordFiles(**m_ws).open(m_li);
    QVERIFY(li);
    QCOMPARE(li->view.maskedName, QStringLiteral("李*轩"));
    QCOMPARE(li->view.maskedIdNumber, QStringLiteral("4301**********001X"));
    QCOMPARE(li->serial, std::optional(QStringLiteral("27000000000101")));
    QStringList steps;
    for (const RecordHistoryEntry &entry : li->history) {
        steps.append(entry.action + u':' + entry.outcome);
        QCOMPARE(entry.operatorName, m_supervisor.displayName);
        QVERIFY(entry.at.isValid());
    }
    QCOMPARE(steps.first(), QStringLiteral("record.created:card_read"));
    QVERIFY2(steps.contains(QStringLiteral("eligibility.review:eligible")), qPrintable(steps.join(u' ')));
    QVERIFY2(steps.contains(QStringLiteral("record.state:photo_ok")), qPrintable(steps.join(u' ')));

    const Result<RecordFile> wang = RecordFiles(**m_ws).open(m_wang);
    QVERIFY(wang);
    QVERIFY(!wang->serial);
    QCOMPARE(wang->history.size(), 1); // only its creation: nothing of 李明轩's
}

void tst_RecordFiles::aRecordThatIsGoneSaysSo()
{
    const Result<RecordFile> nothing = RecordFiles(**m_ws).open(QUuid::createUuid());
    QVERIFY(!nothing);
    QCOMPARE(nothing.failure().code, QStringLiteral("record.not-found"));
    QVERIFY(!nothing.failure().message.isEmpty());
}

void tst_RecordFiles::listedRecordsAreReadAgainWithTheirNewState()
{
    QVERIFY(reviewEligible((*m_ws)->records(), m_wang, m_supervisor.id));
    const Result<QList<RecordView>> views = RecordFiles(**m_ws).views({ m_wang, QUuid::createUuid(), m_li });
    QVERIFY(views);
    QCOMPARE(views->size(), 2); // the one never here is left out
    QCOMPARE(views->at(0).id, m_wang);
    QCOMPARE(views->at(0).state, RecordState::Reviewed);
    QCOMPARE(views->at(0).maskedName, QStringLiteral("王*"));
    QCOMPARE(views->at(1).id, m_li);
}

QTEST_GUILESS_MAIN(tst_RecordFiles)
#include "tst_recordfiles.moc"
