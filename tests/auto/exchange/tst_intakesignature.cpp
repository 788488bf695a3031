#include "certificates.h"
#include "configbundle.h"
#include "intakesignature.h"
#include "jsonfields.h"
#include "receipt.h"
#include "serialblock.h"
#include "testprovince.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

ReceiptBody sampleReceipt()
{
    ReceiptBody body;
    body.seq = 1234;
    body.recordId = QUuid::createUuid();
    body.pointCode = u"430102-01"_s;
    body.batch = QUuid::createUuid();
    body.sha256 = QString(64, u'c');
    body.state = ReceiptState::Accepted;
    body.code = u"ok"_s;
    body.decision = Decision::Approved;
    body.issuedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2), Qt::UTC);
    return body;
}

} // namespace

// What the intake signs (receipts, config bundles, serial blocks) verifies against the pinned
// CA only when signed by the CA's intake signer; certificates the CA issues for the intake.
class tst_IntakeSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receiptRoundTrip();
    void receiptRefusals_data();
    void receiptRefusals();
    void pointKeyCannotSignReceipts();
    void verifierRemembersOnlyWhatItChecked();
    void signerNeedsItsUsage();
    void configBundleRoundTrip();
    void serialBlock();
    void tlsServerCertificate();

private:
    TestProvince m_province;
    std::optional<IntakeSigner> m_signer;
};

void tst_IntakeSignature::initTestCase()
{
    const IssuedKey signer = m_province.intakeSigner();
    QVERIFY(!signer.certificatePem.isEmpty());
    Result<IntakeSigner> created = IntakeSigner::create(signer.keyPem, signer.certificatePem);
    QVERIFY2(created, qPrintable(created.failure().message));
    m_signer.emplace(std::move(created).value());
}

void tst_IntakeSignature::receiptRoundTrip()
{
    const ReceiptBody body = sampleReceipt();
    const QJsonObject receipt = signReceipt(*m_signer, body);
    const Result<ReceiptBody> read
        = verifyReceipt(receipt, m_province.caPem(), body.recordId, body.pointCode, body.sha256, kNow);
    QVERIFY2(read, qPrintable(read.failure().message));
    QCOMPARE(read->seq, 1234);
    QCOMPARE(read->state, ReceiptState::Accepted);
    QCOMPARE(read->decision, Decision::Approved);
    QCOMPARE(read->issuedAt, body.issuedAt);
    QCOMPARE(read->other, QUuid());
    // The body is the compact, key-sorted JSON the doc shows, "format" included.
    QCOMPARE(receipt.value(u"body"_s).toObject().value(u"format"_s).toString(), u"regpoint-receipt/1"_s);
}

void tst_IntakeSignature::receiptRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("state changed after signing") << u"state"_s << u"signed.signature"_s;
    QTest::newRow("other record") << u"record"_s << u"receipt.foreign"_s;
    QTest::newRow("other point") << u"point"_s << u"receipt.foreign"_s;
    QTest::newRow("other bytes") << u"sha256"_s << u"receipt.foreign"_s;
    QTest::newRow("other CA pinned") << u"ca"_s << u"signed.certificate"_s;
    QTest::newRow("signature missing") << u"nosignature"_s << u"signed.format"_s;
    QTest::newRow("certificate garbage") << u"certificate"_s << u"signed.certificate"_s;
}

void tst_IntakeSignature::receiptRefusals()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    const ReceiptBody body = sampleReceipt();
    QJsonObject receipt = signReceipt(*m_signer, body);
    QUuid record = body.recordId;
    QString point = body.pointCode, sha = body.sha256;
    QByteArray ca = m_province.caPem();
    if (change == u"state"_s) {
        QJsonObject b = receipt.value(u"body"_s).toObject();
        b.insert(u"state"_s, u"conflict"_s);
        receipt.insert(u"body"_s, b);
    } else if (change == u"record"_s) {
        record = QUuid::createUuid();
    } else if (change == u"point"_s) {
        point = u"430102-02"_s;
    } else if (change == u"sha256"_s) {
        sha = QString(64, u'd');
    } else if (change == u"ca"_s) {
        ca = TestProvince(u"Other CA"_s).caPem();
    } else if (change == u"nosignature"_s) {
        receipt.remove(u"signature"_s);
    } else if (change == u"certificate"_s) {
        receipt.insert(u"certificate"_s, u"AAAA"_s);
    }
    const Result<ReceiptBody> read = verifyReceipt(receipt, ca, record, point, sha, kNow);
    QVERIFY(!read);
    QCOMPARE(read.failure().code, code);
}

void tst_IntakeSignature::verifierRemembersOnlyWhatItChecked()
{
    // One verifier for a whole sync: a signer it accepted once does not vouch for anything else.
    const IntakeSignatureVerifier verifier(m_province.caPem());
    const ReceiptBody body = sampleReceipt();
    const QJsonObject good = signReceipt(*m_signer, body);
    QVERIFY(verifyReceipt(good, verifier, body.recordId, body.pointCode, body.sha256, kNow));

    // Content altered under the remembered certificate: the signature is still checked.
    QJsonObject altered = good;
    QJsonObject alteredBody = altered.value(u"body"_s).toObject();
    alteredBody.insert(u"state"_s, u"rejected"_s);
    altered.insert(u"body"_s, alteredBody);
    QCOMPARE(verifyReceipt(altered, verifier, body.recordId, body.pointCode, body.sha256, kNow).failure().code,
        u"signed.signature"_s);

    // Another CA's intake signer, after a good one.
    const IssuedKey forgedKey = TestProvince(u"Forger CA"_s).intakeSigner();
    const IntakeSigner forger = IntakeSigner::create(forgedKey.keyPem, forgedKey.certificatePem).value();
    QCOMPARE(verifyReceipt(signReceipt(forger, body), verifier, body.recordId, body.pointCode, body.sha256, kNow)
                 .failure()
                 .code,
        u"signed.certificate"_s);

    // The remembered signer, at a time after its certificate expired.
    QCOMPARE(verifyReceipt(good, verifier, body.recordId, body.pointCode, body.sha256, kNow.addYears(2)).failure().code,
        u"signed.certificate"_s);
}

void tst_IntakeSignature::pointKeyCannotSignReceipts()
{
    // A point's machine certificate chains to the same CA, but it is no intake signer.
    const TestPoint point = m_province.point(u"430102-01"_s);
    QVERIFY(!IntakeSigner::create(point.keyPem, point.certPem));
    // Even hand-made with the point's key, the receipt is refused.
    const ReceiptBody body = sampleReceipt();
    const std::optional<EnvelopeSealer> sealer = TestProvince::sealer(point);
    QVERIFY(sealer);
    const QByteArray signature
        = QByteArray::fromBase64(sealer->signStatement(QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact)));
    const QJsonObject forged { { u"body"_s, body.toJson() },
        { u"signature"_s, QString::fromLatin1(signature.toBase64()) },
        { u"certificate"_s, QString::fromLatin1(certificateDer(point.certPem).toBase64()) } };
    const Result<ReceiptBody> read
        = verifyReceipt(forged, m_province.caPem(), body.recordId, body.pointCode, body.sha256, kNow);
    QVERIFY(!read);
    QCOMPARE(read.failure().code, u"signed.certificate"_s);
}

void tst_IntakeSignature::signerNeedsItsUsage()
{
    const IssuedKey server = m_province.tlsServer();
    QCOMPARE(IntakeSigner::create(server.keyPem, server.certificatePem).failure().code, u"signer.usage"_s);
    const IssuedKey signer = m_province.intakeSigner();
    const IssuedKey other = m_province.intakeSigner();
    QCOMPARE(IntakeSigner::create(other.keyPem, signer.certificatePem).failure().code, u"signer.keys"_s);
}

void tst_IntakeSignature::configBundleRoundTrip()
{
    ConfigBundle bundle;
    bundle.version = 7;
    bundle.issuedAt = QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);
    bundle.pointCode = u"430102-01"_s;
    bundle.registrationOpens = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone(8 * 3600));
    bundle.registrationCloses = QDateTime(QDate(2026, 11, 30), QTime(18, 0), QTimeZone(8 * 3600));
    bundle.regionsTableSha256 = QString(64, u'e');
    bundle.serialBlocks.append({ QUuid::createUuid(), u"430102-01"_s, u"26000000000001"_s, u"26000000000500"_s });
    const QJsonObject signedBundle = signConfigBundle(*m_signer, bundle);
    QCOMPARE(
        signedBundle.value(u"bundle"_s).toObject().value(u"registration"_s).toObject().value(u"opens"_s).toString(),
        u"2026-11-01T00:00:00+08:00"_s);
    const Result<ConfigBundle> read = verifyConfigBundle(signedBundle, m_province.caPem(), u"430102-01"_s, kNow);
    QVERIFY2(read, qPrintable(read.failure().message));
    QCOMPARE(read->version, 7);
    QCOMPARE(read->registrationCloses, bundle.registrationCloses);
    QCOMPARE(read->serialBlocks.size(), 1);
    QCOMPARE(read->serialBlocks[0].count(), 500);
    QCOMPARE(read->photoProfile.maxBytes, 40960);
    QCOMPARE(
        verifyConfigBundle(signedBundle, m_province.caPem(), u"430102-02"_s, kNow).failure().code, u"config.foreign"_s);

    QJsonObject body = bundle.toJson();
    body.insert(u"retentionDays"_s, u"30"_s);
    const Result<ConfigBundle> wrongType = ConfigBundle::fromJson(body);
    QVERIFY(!wrongType);
    QCOMPARE(malformedField(wrongType.failure()), u"bundle.retentionDays"_s);
    body = bundle.toJson();
    QJsonObject limits = body.value(u"limits"_s).toObject();
    limits.remove(u"maxUnsentHours"_s);
    body.insert(u"limits"_s, limits);
    QCOMPARE(malformedField(ConfigBundle::fromJson(body).failure()), u"bundle.limits.maxUnsentHours"_s);
}

void tst_IntakeSignature::serialBlock()
{
    const SerialBlock block { QUuid::createUuid(), u"430102-01"_s, u"26000000000501"_s, u"26000000001000"_s };
    const QJsonObject signedBlock = signSerialBlock(*m_signer, block);
    const Result<SerialBlock> read = verifySerialBlock(signedBlock, m_province.caPem(), u"430102-01"_s, kNow);
    QVERIFY(read);
    QCOMPARE(read->first, block.first);
    QCOMPARE(read->count(), 500);
    QCOMPARE(
        verifySerialBlock(signedBlock, m_province.caPem(), u"430102-02"_s, kNow).failure().code, u"serial.foreign"_s);
    QJsonObject reversed = block.toJson();
    reversed.insert(u"first"_s, u"26000000002000"_s);
    QVERIFY(!SerialBlock::fromJson(reversed));
}

void tst_IntakeSignature::tlsServerCertificate()
{
    const IssuedKey server = m_province.tlsServer();
    QVERIFY(certificateMatchesKey(server.certificatePem, server.keyPem));
    QCOMPARE(checkIssuedBy(server.certificatePem, m_province.caPem(), kNow), IssuedBy::Yes);
    QCOMPARE(certificateCommonName(server.certificatePem), u"localhost"_s);
    // What a TLS client checks, asked of the openssl tool (skipped when it is not installed).
    QTemporaryDir dir;
    const QString ca = dir.filePath(u"ca.pem"_s), cert = dir.filePath(u"server.pem"_s);
    for (const auto &[path, bytes] :
        { std::pair { ca, m_province.caPem() }, std::pair { cert, server.certificatePem } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"verify"_s, u"-CAfile"_s, ca, u"-purpose"_s, u"sslserver"_s, u"-verify_hostname"_s, u"localhost"_s,
            u"-verify_ip"_s, u"127.0.0.1"_s, cert });
    if (!openssl.waitForFinished(30000) && openssl.error() == QProcess::FailedToStart)
        QSKIP("no openssl command");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    // And it is no client certificate: a point cannot present it.
    openssl.start(u"openssl"_s, { u"verify"_s, u"-CAfile"_s, ca, u"-purpose"_s, u"sslclient"_s, cert });
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY(openssl.exitCode() != 0);
}

QTEST_GUILESS_MAIN(tst_IntakeSignature)
#include "tst_intakesignature.moc"
