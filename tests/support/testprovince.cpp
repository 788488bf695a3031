#include "testprovince.h"

#include "certificates.h"
#include "intakesignature.h"
#include "syncmessages.h"

namespace RegPoint::Testing {

TestProvince::TestProvince(const QString &caName)
    : m_ca(Exchange::CertificateAuthority::create(caName))
{ }

const Exchange::KeyPair &TestProvince::provinceKey()
{
    static const Exchange::KeyPair key = Exchange::CertificateAuthority::rsaKeyPair(3072);
    return key;
}

TestPoint TestProvince::point(const QString &code, const QDateTime &from, const QDateTime &to) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<Exchange::MachineKey> key = Exchange::newMachineKey(code);
    if (!key)
        return {};
    const QByteArray cert
        = m_ca.issue(key->requestPem, from.isValid() ? from : now.addSecs(-3600), to.isValid() ? to : now.addYears(1));
    return { code, key->privateKeyPem, cert };
}

Exchange::ConfigBundle TestProvince::bundle(const QString &pointCode, qint64 version, const QDateTime &now)
{
    Exchange::ConfigBundle bundle;
    bundle.version = version;
    bundle.issuedAt = now.toUTC();
    bundle.pointCode = pointCode;
    bundle.registrationOpens = now.addDays(-1).toOffsetFromUtc(8 * 3600);
    bundle.registrationCloses = now.addDays(8).toOffsetFromUtc(8 * 3600);
    bundle.regionsTableSha256 = QString(64, u'a');
    return bundle;
}

Result<Exchange::IntakeSigner> TestProvince::signer() const
{
    const Exchange::IssuedKey key = intakeSigner();
    return Exchange::IntakeSigner::create(key.keyPem, key.certificatePem);
}

QJsonObject TestProvince::signBundle(const Exchange::ConfigBundle &bundle) const
{
    const Result<Exchange::IntakeSigner> s = signer();
    return s ? Exchange::signConfigBundle(s.value(), bundle) : QJsonObject();
}

QJsonObject TestProvince::signBlock(const Exchange::SerialBlock &block) const
{
    const Result<Exchange::IntakeSigner> s = signer();
    return s ? Exchange::signSerialBlock(s.value(), block) : QJsonObject();
}

Exchange::IssuedKey TestProvince::tlsServer() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_ca.issueTlsServer(
        { QStringLiteral("localhost") }, { QStringLiteral("127.0.0.1") }, now.addSecs(-3600), now.addYears(1));
}

Exchange::IssuedKey TestProvince::intakeSigner() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_ca.issueIntakeSigner(QStringLiteral("RegPoint Test Intake"), now.addSecs(-3600), now.addYears(1));
}

std::optional<Exchange::EnvelopeSealer> TestProvince::sealer(const TestPoint &point)
{
    Result<Exchange::EnvelopeSealer> sealer
        = Exchange::EnvelopeSealer::create(provinceKey().publicPem, point.keyPem, point.certPem);
    if (!sealer)
        return std::nullopt;
    return std::move(sealer).value();
}

QByteArray TestProvince::seal(const TestPoint &point, const QUuid &recordId, int photoBytes, const QDateTime &at)
{
    const std::optional<Exchange::EnvelopeSealer> s = sealer(point);
    if (!s)
        return {};
    QByteArray photo(photoBytes, Qt::Uninitialized);
    for (int i = 0; i < photo.size(); ++i)
        photo[i] = char(i * 7 + recordId.data1);
    const Exchange::EnvelopeContent content { recordId,
        QByteArrayLiteral(R"({"format":"regpoint-record/1","test":true})"), photo };
    const Result<QByteArray> envelope = s->seal(content, at);
    return envelope ? envelope.value() : QByteArray();
}

QByteArray TestProvince::sealRecord(
    const TestPoint &point, const QUuid &recordId, const QString &idNumber, const QUuid &supersedes)
{
    const std::optional<Exchange::EnvelopeSealer> s = sealer(point);
    if (!s)
        return {};
    Exchange::RecordDocument record;
    record.recordId = recordId;
    record.version = supersedes.isNull() ? 1 : 2;
    record.supersedes = supersedes;
    record.entryMethod = QStringLiteral("card");
    record.identity = { QStringLiteral("测试"), idNumber, QStringLiteral("1"), QStringLiteral("01"), QDate(2008, 1, 1),
        QStringLiteral("长沙"), {} };
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.createdBy = 1;
    const Result<QByteArray> envelope
        = s->seal({ recordId, record.toCanonicalJson(), QByteArray(2048, 'j') }, QDateTime::currentDateTimeUtc());
    return envelope ? envelope.value() : QByteArray();
}

QByteArray TestProvince::signAuditTip(const TestPoint &point, qint64 seq, const QString &hash)
{
    const std::optional<Exchange::EnvelopeSealer> s = sealer(point);
    return s ? s->signStatement(Exchange::auditTipStatement(seq, hash)) : QByteArray();
}

} // namespace RegPoint::Testing
