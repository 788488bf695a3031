#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "envelope.h"
#include "operators/operatorservice.h"
#include "recorddocument.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "tempworkspace.h"
#include "testfiles.h"
#include "testreviews.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// A complete record is sealed for the province through the workspace's services, and a record
// completed before the point was provisioned waits and is sealed afterwards.
class tst_RecordSealing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void completeRecordIsSealedAndOpensAtTheProvince();
    void recordsWaitUntilProvisioned();
    void everyChangeIsAudited();
    void aRecordRefusedAtItsReviewIsNeverSealed();
    void completingARecordSealsIt();
    void completingBeforeProvisioningKeepsThePhoto();

private:
    // A card-read record with a photo attached (photo_ok).
    QUuid completeRecord(const QString &idNumber);
    std::unique_ptr<TempWorkspace> m_ws;
    qint64 m_operator = 0;
    QByteArray m_photo;
};

void tst_RecordSealing::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    const Result<Operator> op = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(op);
    m_operator = op->id;
    m_photo = QByteArray(qsizetype(30) * 1024, 'j');
}

QUuid tst_RecordSealing::completeRecord(const QString &idNumber)
{
    CandidateRecord record;
    record.id = QUuid::createUuid();
    record.state = RecordState::CardRead;
    record.entryMethod = EntryMethod::Card;
    record.identity = testIdentity(idNumber);
    record.createdBy = m_operator;
    if (!(*m_ws)->records().insert(record) || !reviewEligible((*m_ws)->records(), record.id, m_operator)
        || !(*m_ws)->records().attachPhoto(record.id, m_photo, m_operator))
        return {};
    return record.id;
}

void tst_RecordSealing::completeRecordIsSealedAndOpensAtTheProvince()
{
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY((*m_ws)->loadSealer());
    const QUuid id = completeRecord(QStringLiteral("430102200801010028"));
    QVERIFY(!id.isNull());
    QVERIFY((*m_ws)->sealing().seal(id, m_operator));
    QCOMPARE((*m_ws)->records().find(id).value()->state, RecordState::Sealed);
    // Sealed once: a second seal is refused, the envelope stays.
    QCOMPARE((*m_ws)->sealing().seal(id, m_operator).failure().code, QStringLiteral("seal.not-ready"));

    const std::optional<StoredSeal> sealed = (*m_ws)->records().sealOf(id).value();
    QVERIFY(sealed);
    QVERIFY(!sealed->envelope.contains("430102200801010028"));
    const QString province = DemoProvince(m_ws->dataDir()).folder();
    Result<EnvelopeOpener> opener = EnvelopeOpener::create(
        readFile(province + QStringLiteral("/province.key")), readFile(province + QStringLiteral("/ca.pem")));
    QVERIFY(opener);
    const Result<OpenedEnvelope> opened = opener->open(sealed->envelope);
    QVERIFY2(opened, qPrintable(opened.failure().code));
    QCOMPARE(opened->pointCode, QStringLiteral("430102-07"));
    QCOMPARE(opened->content.photoJpeg, m_photo);
    const QJsonObject json = QJsonDocument::fromJson(opened->content.recordJson).object();
    QCOMPARE(json[QStringLiteral("record_id")].toString(), id.toString(QUuid::WithoutBraces));
    QCOMPARE(json[QStringLiteral("identity")].toObject()[QStringLiteral("id_number")].toString(),
        QStringLiteral("430102200801010028"));
    QCOMPARE(json[QStringLiteral("entry_method")].toString(), QStringLiteral("card"));
    // The review that let the candidate register travels inside the seal: what and who.
    const Result<RecordDocument> document = RecordDocument::fromJson(opened->content.recordJson);
    QVERIFY(document && document->eligibility);
    QCOMPARE(document->eligibility->category, QStringLiteral("final-year"));
    QCOMPARE(document->eligibility->documentsSeen, eligibleReview().documentsSeen);
    QCOMPARE(document->eligibility->reviewedBy, m_operator);
    QCOMPARE(document->eligibility->examYear, 2027);
}

void tst_RecordSealing::recordsWaitUntilProvisioned()
{
    const QUuid first = completeRecord(QStringLiteral("430102200801010028"));
    const QUuid second = completeRecord(QStringLiteral("430102200803120028"));
    QVERIFY(!(*m_ws)->sealing().canSeal());
    QCOMPARE((*m_ws)->sealing().seal(first, m_operator).failure().code, QStringLiteral("provision.missing"));
    QCOMPARE((*m_ws)->sealing().sealPending().value(), 0);
    QCOMPARE((*m_ws)->records().find(first).value()->state, RecordState::PhotoOk);

    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY(m_ws->reopen()); // a restart after provisioning
    QCOMPARE((*m_ws)->sealing().sealPending().value(), 2);
    for (const QUuid &id : { first, second }) {
        QCOMPARE((*m_ws)->records().find(id).value()->state, RecordState::Sealed);
        QVERIFY((*m_ws)->records().sealOf(id).value());
    }
}

void tst_RecordSealing::everyChangeIsAudited()
{
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY(m_ws->reopen());
    const QUuid id = completeRecord(QStringLiteral("430102200801010028"));
    QVERIFY((*m_ws)->sealing().seal(id, m_operator));
    const QList<AuditEvent> events = (*m_ws)->audit().events().value();
    QStringList trail;
    for (const AuditEvent &e : events) {
        if (e.recordId != id.toString(QUuid::WithoutBraces))
            continue;
        trail << e.action + u':' + e.outcome;
        QCOMPARE(e.pointCode, QStringLiteral("430102-07"));
        QCOMPARE(e.role, QStringLiteral("supervisor"));
    }
    QCOMPARE(trail,
        QStringList({ QStringLiteral("record.created:card_read"), QStringLiteral("record.state:reviewed"),
            QStringLiteral("eligibility.review:eligible"), QStringLiteral("record.state:photo_ok"),
            QStringLiteral("record.state:sealed") }));
    const AuditVerification verified = (*m_ws)->audit().verify().value();
    QVERIFY2(verified.ok(), qPrintable(verified.problem));
    QCOMPARE(verified.events, events.size());
    // No personal data in the log.
    for (const AuditEvent &e : events)
        QVERIFY(!QJsonDocument(AuditLog::toJson(e)).toJson().contains("430102200801010028"));
}

// The kiosk's path: the photo completes the record and seals it in the same call.
void tst_RecordSealing::completingARecordSealsIt()
{
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY(m_ws->reopen());
    const Result<CandidateRecord> saved = (*m_ws)->registrar().registerIdentity(
        testIdentity(QStringLiteral("430102200801010028")), EntryMethod::Card, m_operator);
    QVERIFY(saved);
    QVERIFY(reviewEligible((*m_ws)->records(), saved->id, m_operator));
    const Result<Completion> completed = (*m_ws)->registrar().completeWithPhoto(saved->id, m_photo, m_operator);
    QVERIFY(completed);
    QVERIFY(completed->sealed);
    QVERIFY(!completed->notSealedBecause);
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::Sealed);
    QVERIFY((*m_ws)->records().sealOf(saved->id).value());
}

// Not provisioned: the photo is kept (photo_ok), the result says why there is no seal yet, and
// the first sealPending() after provisioning seals it.
void tst_RecordSealing::completingBeforeProvisioningKeepsThePhoto()
{
    const Result<CandidateRecord> saved = (*m_ws)->registrar().registerIdentity(
        testIdentity(QStringLiteral("430102200801010028")), EntryMethod::Card, m_operator);
    QVERIFY(saved);
    QVERIFY(reviewEligible((*m_ws)->records(), saved->id, m_operator));
    const Result<Completion> completed = (*m_ws)->registrar().completeWithPhoto(saved->id, m_photo, m_operator);
    QVERIFY(completed);
    QVERIFY(!completed->sealed);
    QCOMPARE(completed->notSealedBecause->code, QStringLiteral("provision.missing"));
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::PhotoOk);
    QCOMPARE((*m_ws)->records().photo(saved->id).value().value(), m_photo);

    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY(m_ws->reopen());
    QCOMPARE((*m_ws)->sealing().sealPending().value(), 1);
    QCOMPARE((*m_ws)->records().find(saved->id).value()->state, RecordState::Sealed);
}

// Someone with the database moves a refused record on to photo_ok, with a photo row: the next
// start's sealPending() leaves it unsealed and says why.
void tst_RecordSealing::aRecordRefusedAtItsReviewIsNeverSealed()
{
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY(m_ws->reopen());
    const QUuid id = completeRecord(QStringLiteral("430102200801010028"));
    QVERIFY(!id.isNull());
    EligibilityReview refusal;
    refusal.examYear = 2027;
    refusal.outcome = EligibilityReview::Outcome::Refused;
    refusal.refusal = QStringLiteral("excluded");
    refusal.category = QStringLiteral("final-year");
    QSqlQuery q = newQuery((*m_ws)->database());
    // The refusal written as the desk would have, then the state put back by hand.
    QVERIFY(q.exec(QStringLiteral("UPDATE records SET state = 'reviewed' WHERE id = '%1'")
                       .arg(id.toString(QUuid::WithoutBraces))));
    QVERIFY((*m_ws)->records().recordReview(id, refusal, m_operator));
    QVERIFY(q.exec(QStringLiteral("UPDATE records SET state = 'photo_ok' WHERE id = '%1'")
                       .arg(id.toString(QUuid::WithoutBraces))));
    QCOMPARE((*m_ws)->sealing().seal(id, m_operator).failure().code, QStringLiteral("seal.not-reviewed"));
    QCOMPARE((*m_ws)->sealing().sealPending().value(), 0);
    QVERIFY(!(*m_ws)->records().sealOf(id).value());
}

QTEST_GUILESS_MAIN(tst_RecordSealing)
#include "tst_recordsealing.moc"
