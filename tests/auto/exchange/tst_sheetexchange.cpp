#include "certificates.h"
#include "intakesignature.h"
#include "jsonfields.h"
#include "sheetexchange.h"
#include "testforms.h"
#include "testprovince.h"

#include <QJsonDocument>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow = QDateTime::currentDateTimeUtc();
const QString kPoint = u"430102-01"_s;

ServedForm servedForm()
{
    return { kPoint, 41, Tests::testFrozenForm() };
}

SheetConfirmation correction()
{
    SheetConfirmation c;
    c.recordId = Tests::testFrozenForm().recordId;
    c.serial = Tests::testFrozenForm().serial;
    c.formSha256 = Tests::testFrozenForm().contentHash();
    c.outcome = SheetConfirmation::Outcome::Correction;
    c.reason = u"毕业学校应为长沙市第一中学（高新校区）"_s;
    c.confirmedAt = QDateTime(QDate(2026, 12, 21), QTime(9, 30, 5), Qt::UTC);
    c.clerk = u"clerk01"_s;
    return c;
}
} // namespace

// The frozen forms the province serves a point, and the confirmations the point sends back: a form
// is taken only when the province's intake signer signed it for this point; an attacker with the
// point's own key, another CA or another point's form gets nothing printed.
class tst_SheetExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const IssuedKey signer = m_province.intakeSigner();
        Result<IntakeSigner> created = IntakeSigner::create(signer.keyPem, signer.certificatePem);
        QVERIFY2(created, qPrintable(created.failure().message));
        m_signer.emplace(std::move(created).value());
    }

    void aServedFormReadsBackWhole()
    {
        const IntakeSignatureVerifier verifier(m_province.caPem());
        const Result<ServedForm> read
            = verifyServedForm(signServedForm(*m_signer, servedForm()), verifier, kPoint, kNow);
        QVERIFY2(read, qPrintable(read.failure().message));
        QCOMPARE(read->seq, 41);
        QCOMPARE(read->form, Tests::testFrozenForm());
        QCOMPARE(read->form.contentHash(), Tests::testFrozenForm().contentHash());
    }

    void anotherPointsFormIsRefused()
    {
        const IntakeSignatureVerifier verifier(m_province.caPem());
        const QJsonObject signedForm = signServedForm(*m_signer, servedForm());
        QCOMPARE(verifyServedForm(signedForm, verifier, u"430102-02"_s, kNow).failure().code, u"form.foreign"_s);
    }

    void aFormChangedOnTheWayIsRefused()
    {
        const IntakeSignatureVerifier verifier(m_province.caPem());
        QJsonObject signedForm = signServedForm(*m_signer, servedForm());
        QJsonObject body = signedForm.value(u"form"_s).toObject();
        QJsonObject form = body.value(u"form"_s).toObject();
        form.insert(u"school"_s, u"另一所中学"_s);
        body.insert(u"form"_s, form);
        signedForm.insert(u"form"_s, body);
        QCOMPARE(verifyServedForm(signedForm, verifier, kPoint, kNow).failure().code, u"signed.signature"_s);
    }

    void aFormSignedByAnotherCaIsRefused()
    {
        const IssuedKey forgedKey = TestProvince(u"Forger CA"_s).intakeSigner();
        const IntakeSigner forger = IntakeSigner::create(forgedKey.keyPem, forgedKey.certificatePem).value();
        const IntakeSignatureVerifier verifier(m_province.caPem());
        QCOMPARE(verifyServedForm(signServedForm(forger, servedForm()), verifier, kPoint, kNow).failure().code,
            u"signed.certificate"_s);
    }

    void aFormSignedWithThePointsOwnKeyIsRefused()
    {
        // An attacker at the point holds its machine key, which the same CA certified.
        const TestPoint point = m_province.point(kPoint);
        const std::optional<EnvelopeSealer> sealer = TestProvince::sealer(point);
        QVERIFY(sealer);
        const QJsonObject body = servedForm().toJson();
        const QByteArray signature
            = QByteArray::fromBase64(sealer->signStatement(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        const QJsonObject forged { { u"form"_s, body }, { u"signature"_s, QString::fromLatin1(signature.toBase64()) },
            { u"certificate"_s, QString::fromLatin1(certificateDer(point.certPem).toBase64()) } };
        const IntakeSignatureVerifier verifier(m_province.caPem());
        QCOMPARE(verifyServedForm(forged, verifier, kPoint, kNow).failure().code, u"signed.certificate"_s);
    }

    void confirmationsTravelWhole()
    {
        SheetConfirmation signedSheet = correction();
        signedSheet.outcome = SheetConfirmation::Outcome::Signed;
        signedSheet.reason.clear();
        const Result<QList<SheetConfirmation>> read
            = confirmationsFromJson(confirmationsJson({ correction(), signedSheet }));
        QVERIFY2(read, qPrintable(read.failure().message));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0), correction());
        QCOMPARE(read->at(1), signedSheet);
    }

    void aConfirmationThatSaysNothingClearIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("correction without reason")
            << u"reason"_s << QJsonValue(u"  "_s) << u"confirmations[0].reason"_s;
        QTest::newRow("unknown outcome") << u"outcome"_s << QJsonValue(u"maybe"_s) << u"confirmations[0].outcome"_s;
        QTest::newRow("reason with a line break")
            << u"reason"_s << QJsonValue(u"姓名错\n"_s) << u"confirmations[0].reason"_s;
        QTest::newRow("no clerk") << u"clerk"_s << QJsonValue(QString()) << u"confirmations[0].clerk"_s;
        QTest::newRow("hash not a hash") << u"formSha256"_s << QJsonValue(u"abc"_s) << u"confirmations[0].formSha256"_s;
    }

    void aConfirmationThatSaysNothingClearIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        QJsonObject json = correction().toJson();
        json.insert(field, value);
        const Result<QList<SheetConfirmation>> read
            = confirmationsFromJson(QJsonObject { { u"confirmations"_s, QJsonArray { json } } });
        QVERIFY(!read);
        QCOMPARE(malformedField(read.failure()), named);
    }

private:
    TestProvince m_province;
    std::optional<IntakeSigner> m_signer;
};

QTEST_GUILESS_MAIN(tst_SheetExchange)
#include "tst_sheetexchange.moc"
