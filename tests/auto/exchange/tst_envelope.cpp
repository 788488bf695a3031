#include "certificateauthority.h"
#include "crypto/machineprovisioning.h"
#include "digest.h"
#include "envelope.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using RegPoint::Tests::readFile;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

// The province's RSA-3072 key, made once per run (it takes a moment).
const KeyPair &provinceKey()
{
    static const KeyPair key = CertificateAuthority::rsaKeyPair(3072);
    return key;
}

// Flips one byte in the middle of a base64 field of the envelope.
QByteArray tampered(const QByteArray &envelope, const QString &field)
{
    QJsonObject object = QJsonDocument::fromJson(envelope).object();
    QByteArray bytes = QByteArray::fromBase64(object.value(field).toString().toLatin1());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    object.insert(field, QString::fromLatin1(bytes.toBase64()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

EnvelopeContent content()
{
    QByteArray photo(qsizetype(30) * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = char(i * 7 + 3);
    return { QUuid::createUuid(), QByteArrayLiteral(R"({"id_number":"430102200801010028","name":"测试"})"), photo };
}

} // namespace

// Sealed records: only the province opens them, and any change after sealing is named.
class tst_Envelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void tamperedPartsAreNamed_data();
    void tamperedPartsAreNamed();
    void changedHeaderBreaksTheSignature();
    void wrongProvinceKey();
    void expiredCertificate();
    void foreignCertificate();
    void verifierRemembersCertificatesNotVerdicts();
    void base64IsReadStrictly();
    void provisioningRefusesBadInput();
    void machineKeyIsPrivate();

private:
    // Provisions `dir` against m_pki with a certificate valid from..to; returns the sealer.
    std::optional<EnvelopeSealer> provision(const QString &dir, const CertificateAuthority &issuer,
        const QDateTime &from, const QDateTime &to, bool install = true);
    CertificateAuthority m_pki = CertificateAuthority::create(QStringLiteral("RegPoint Test Province CA"));
    QTemporaryDir m_dir;
    std::optional<EnvelopeSealer> m_sealer;
    std::optional<EnvelopeOpener> m_opener;
};

std::optional<EnvelopeSealer> tst_Envelope::provision(
    const QString &dir, const CertificateAuthority &issuer, const QDateTime &from, const QDateTime &to, bool install)
{
    MachineProvisioning provisioning(dir);
    const Result<QByteArray> csr
        = provisioning.begin(QStringLiteral("430102-01"), provinceKey().publicPem, m_pki.certificatePem());
    if (!csr)
        return std::nullopt;
    const QByteArray cert = issuer.issue(csr.value(), from, to);
    if (install) {
        if (!provisioning.installCertificate(cert, kNow))
            return std::nullopt;
        Result<EnvelopeSealer> sealer = provisioning.sealer();
        return sealer ? std::optional<EnvelopeSealer>(std::move(sealer).value()) : std::nullopt;
    }
    Result<EnvelopeSealer> sealer
        = EnvelopeSealer::create(provinceKey().publicPem, readFile(dir + QStringLiteral("/keys/machine.key")), cert);
    return sealer ? std::optional<EnvelopeSealer>(std::move(sealer).value()) : std::nullopt;
}

void tst_Envelope::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sealer = provision(m_dir.path(), m_pki, kNow.addDays(-1), kNow.addYears(1));
    QVERIFY(m_sealer);
    Result<EnvelopeOpener> opener = EnvelopeOpener::create(provinceKey().privatePem, m_pki.certificatePem());
    QVERIFY(opener);
    m_opener.emplace(std::move(opener).value());
}

void tst_Envelope::roundTrip()
{
    const EnvelopeContent in = content();
    const Result<QByteArray> envelope = m_sealer->seal(in, kNow);
    QVERIFY(envelope);
    // Nothing personal in the envelope's clear parts.
    QVERIFY(!envelope->contains("430102200801010028"));
    QVERIFY(!envelope->contains(QByteArray("测试")));
    const Result<OpenedEnvelope> out = m_opener->open(envelope.value());
    QVERIFY2(out, qPrintable(out.failure().code));
    QCOMPARE(out->recordId, in.recordId);
    QCOMPARE(out->content.recordJson, in.recordJson);
    QCOMPARE(out->content.photoJpeg, in.photoJpeg);
    QCOMPARE(out->pointCode, QStringLiteral("430102-01"));
    QCOMPARE(out->machineKeyId, m_sealer->machineKeyId());
    QCOMPARE(out->provinceKeyId, m_sealer->provinceKeyId());
    QCOMPARE(out->sealedAt.toSecsSinceEpoch(), kNow.toSecsSinceEpoch());
    // A fresh key per record: the same content never seals to the same ciphertext.
    const QJsonObject first = QJsonDocument::fromJson(envelope.value()).object();
    const QJsonObject second = QJsonDocument::fromJson(m_sealer->seal(in, kNow).value()).object();
    QVERIFY(first.value(QStringLiteral("ciphertext")) != second.value(QStringLiteral("ciphertext")));
    QVERIFY(first.value(QStringLiteral("wrapped_key")) != second.value(QStringLiteral("wrapped_key")));
}

void tst_Envelope::tamperedPartsAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("ciphertext") << "ciphertext"
                                << "seal.ciphertext-altered";
    QTest::newRow("tag") << "tag"
                         << "seal.tag-altered";
    QTest::newRow("wrapped key") << "wrapped_key"
                                 << "seal.wrapped-key-altered";
    QTest::newRow("nonce") << "nonce"
                           << "seal.nonce-altered";
    QTest::newRow("signature") << "signature_value"
                               << "seal.signature";
}

void tst_Envelope::tamperedPartsAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    const QByteArray envelope = m_sealer->seal(content(), kNow).value();
    const Result<OpenedEnvelope> out = m_opener->open(tampered(envelope, field));
    QVERIFY(!out);
    QCOMPARE(out.failure().code, code);
    QVERIFY(!out.failure().message.isEmpty());
}

void tst_Envelope::changedHeaderBreaksTheSignature()
{
    QJsonObject envelope = QJsonDocument::fromJson(m_sealer->seal(content(), kNow).value()).object();
    QJsonObject header = envelope.value(QStringLiteral("header")).toObject();
    header.insert(QStringLiteral("record_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    envelope.insert(QStringLiteral("header"), header);
    const Result<OpenedEnvelope> out = m_opener->open(QJsonDocument(envelope).toJson());
    QVERIFY(!out);
    QCOMPARE(out.failure().code, QStringLiteral("seal.signature"));
    QCOMPARE(m_opener->open("not json at all").failure().code, QStringLiteral("seal.format"));
}

void tst_Envelope::wrongProvinceKey()
{
    const KeyPair other = CertificateAuthority::rsaKeyPair(3072);
    Result<EnvelopeOpener> opener = EnvelopeOpener::create(other.privatePem, m_pki.certificatePem());
    QVERIFY(opener);
    const Result<OpenedEnvelope> out = opener->open(m_sealer->seal(content(), kNow).value());
    QVERIFY(!out);
    QCOMPARE(out.failure().code, QStringLiteral("seal.wrong-province-key"));
}

void tst_Envelope::expiredCertificate()
{
    QTemporaryDir dir;
    // The province will not install an expired certificate...
    MachineProvisioning provisioning(dir.path());
    const QByteArray csr
        = provisioning.begin(QStringLiteral("430102-01"), provinceKey().publicPem, m_pki.certificatePem()).value();
    const QByteArray expired = m_pki.issue(csr, kNow.addYears(-2), kNow.addDays(-1));
    QCOMPARE(
        provisioning.installCertificate(expired, kNow).failure().code, QStringLiteral("provision.certificate-expired"));
    QCOMPARE(provisioning.state(), ProvisioningState::AwaitingCertificate);
    // ...and does not accept a record sealed under one.
    Result<EnvelopeSealer> sealer = EnvelopeSealer::create(
        provinceKey().publicPem, readFile(dir.path() + QStringLiteral("/keys/machine.key")), expired);
    QVERIFY(sealer);
    const Result<OpenedEnvelope> out = m_opener->open(sealer->seal(content(), kNow).value());
    QVERIFY(!out);
    QCOMPARE(out.failure().code, QStringLiteral("seal.certificate-expired"));
}

void tst_Envelope::foreignCertificate()
{
    QTemporaryDir dir;
    const CertificateAuthority foreign = CertificateAuthority::create(QStringLiteral("Some Other CA"));
    const std::optional<EnvelopeSealer> sealer
        = provision(dir.path(), foreign, kNow.addDays(-1), kNow.addYears(1), /*install=*/false);
    QVERIFY(sealer);
    const Result<OpenedEnvelope> out = m_opener->open(sealer->seal(content(), kNow).value());
    QVERIFY(!out);
    QCOMPARE(out.failure().code, QStringLiteral("seal.certificate-foreign"));
    MachineProvisioning provisioning(dir.path());
    QCOMPARE(provisioning
                 .installCertificate(foreign.issue(readFile(dir.path() + QStringLiteral("/keys/machine.csr")),
                                         kNow.addDays(-1), kNow.addYears(1)),
                     kNow)
                 .failure()
                 .code,
        QStringLiteral("provision.certificate-foreign"));
}

void tst_Envelope::verifierRemembersCertificatesNotVerdicts()
{
    // The intake keeps one verifier for all points and parses each certificate once: what it
    // remembers must never let a later envelope skip the checks of its own time and signature.
    const SealVerifier verifier(m_pki.certificatePem());
    const EnvelopeContent first = content();
    QVERIFY(verifier.verify(m_sealer->seal(first, kNow).value(), first.recordId));
    const EnvelopeContent late = content();
    QCOMPARE(verifier.verify(m_sealer->seal(late, kNow.addYears(2)).value(), late.recordId).failure().code,
        QStringLiteral("seal.certificate-expired"));

    // Another point's certificate, already seen, pasted over this point's: its key signed nothing here.
    QTemporaryDir otherDir;
    const std::optional<EnvelopeSealer> other = provision(otherDir.path(), m_pki, kNow.addDays(-1), kNow.addYears(1));
    QVERIFY(other);
    const EnvelopeContent theirs = content();
    const QJsonObject theirEnvelope = QJsonDocument::fromJson(other->seal(theirs, kNow).value()).object();
    QVERIFY(verifier.verify(QJsonDocument(theirEnvelope).toJson(), theirs.recordId));
    QJsonObject forged = QJsonDocument::fromJson(m_sealer->seal(first, kNow).value()).object();
    forged.insert(QStringLiteral("machine_certificate"), theirEnvelope.value(QStringLiteral("machine_certificate")));
    QCOMPARE(verifier.verify(QJsonDocument(forged).toJson(), first.recordId).failure().code,
        QStringLiteral("seal.signature"));

    // A certificate in base64 with a character that is not base64 is not read around.
    QJsonObject garbled = QJsonDocument::fromJson(m_sealer->seal(first, kNow).value()).object();
    garbled.insert(QStringLiteral("machine_certificate"),
        garbled.value(QStringLiteral("machine_certificate")).toString().insert(40, u'*'));
    QCOMPARE(
        verifier.verify(QJsonDocument(garbled).toJson(), first.recordId).failure().code, QStringLiteral("seal.format"));
}

void tst_Envelope::base64IsReadStrictly()
{
    for (int size = 0; size < 70; ++size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        QCOMPARE(fromBase64Strict(bytes.toBase64()), std::optional(bytes));
    }
    QCOMPARE(fromBase64Strict("QUJD").value_or("?"), QByteArray("ABC"));
    QCOMPARE(fromBase64Strict("QUI=").value_or("?"), QByteArray("AB"));
    QCOMPARE(fromBase64Strict("QQ==").value_or("?"), QByteArray("A"));
    for (const char *bad : { "QUJ", "QU*D", "QU D", "QUJD\n", "Q===", "QR==", "QUJ=QUJD", "====", "QUI-", "QUJD=" })
        QVERIFY2(!fromBase64Strict(bad), bad);
}

void tst_Envelope::provisioningRefusesBadInput()
{
    QTemporaryDir dir;
    MachineProvisioning provisioning(dir.path());
    QCOMPARE(provisioning.state(), ProvisioningState::NotProvisioned);
    QCOMPARE(provisioning.sealer().failure().code, QStringLiteral("provision.missing"));
    QCOMPARE(provisioning
                 .begin(QStringLiteral("430102-01"), CertificateAuthority::rsaKeyPair(2048).publicPem,
                     m_pki.certificatePem())
                 .failure()
                 .code,
        QStringLiteral("provision.province-key"));
    QCOMPARE(
        provisioning.begin(QStringLiteral("hall 3"), provinceKey().publicPem, m_pki.certificatePem()).failure().code,
        QStringLiteral("provision.point-code"));
    QCOMPARE(provisioning.begin(QStringLiteral("430102-01"), provinceKey().publicPem, "no CA here").failure().code,
        QStringLiteral("provision.ca"));
    QVERIFY(provisioning.begin(QStringLiteral("430102-01"), provinceKey().publicPem, m_pki.certificatePem()));
    QCOMPARE(
        provisioning.begin(QStringLiteral("430102-01"), provinceKey().publicPem, m_pki.certificatePem()).failure().code,
        QStringLiteral("provision.exists"));
    // A certificate for another point's key is refused.
    QTemporaryDir otherDir;
    MachineProvisioning other(otherDir.path());
    const QByteArray otherCsr
        = other.begin(QStringLiteral("430102-02"), provinceKey().publicPem, m_pki.certificatePem()).value();
    QCOMPARE(
        provisioning.installCertificate(m_pki.issue(otherCsr, kNow.addDays(-1), kNow.addYears(1)), kNow).failure().code,
        QStringLiteral("provision.certificate-key"));
}

void tst_Envelope::machineKeyIsPrivate()
{
    const QFileInfo key(m_dir.path() + QStringLiteral("/keys/machine.key"));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
    QCOMPARE(MachineProvisioning(m_dir.path()).state(), ProvisioningState::Provisioned);
    QCOMPARE(MachineProvisioning(m_dir.path()).pointCode(), QStringLiteral("430102-01"));
    QVERIFY(MachineProvisioning(m_dir.path()).certificateExpiry() > kNow.addDays(300));
}

QTEST_GUILESS_MAIN(tst_Envelope)
#include "tst_envelope.moc"
