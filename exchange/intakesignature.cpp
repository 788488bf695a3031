#include "intakesignature.h"

#include "canonicaljson.h"
#include "jsonfields.h"
#include "openssl_p.h"

#include <openssl/x509v3.h>

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

// 2.25.<a random UUID as a decimal integer>: needs no registration (ITU-T X.667).
const char *const kIntakeSigningUsageOid = "2.25.223542018730935592396004880218460581201";

namespace {

bool hasIntakeSigningUsage(X509 *cert)
{
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return false;
    ASN1_OBJECT *wanted = OBJ_txt2obj(kIntakeSigningUsageOid, 1);
    bool found = false;
    for (int i = 0; wanted && i < sk_ASN1_OBJECT_num(usages); ++i)
        found = found || OBJ_cmp(sk_ASN1_OBJECT_value(usages, i), wanted) == 0;
    ASN1_OBJECT_free(wanted);
    EXTENDED_KEY_USAGE_free(usages);
    return found;
}

Failure failure(const char *code, const QString &message)
{
    return { QString::fromLatin1(code), message };
}

} // namespace

struct IntakeSigner::Keys
{
    Ossl::Pkey key { nullptr };
    QByteArray certificateBase64;
};

IntakeSigner::IntakeSigner(std::unique_ptr<Keys> keys)
    : m_keys(std::move(keys))
{ }
IntakeSigner::~IntakeSigner() = default;
IntakeSigner::IntakeSigner(IntakeSigner &&) noexcept = default;
IntakeSigner &IntakeSigner::operator=(IntakeSigner &&) noexcept = default;

Result<IntakeSigner> IntakeSigner::create(const QByteArray &keyPem, const QByteArray &certificatePem)
{
    auto keys = std::make_unique<Keys>();
    keys->key = Ossl::readPrivateKey(keyPem);
    const Ossl::Cert cert = Ossl::readCertificate(certificatePem);
    if (!keys->key || !cert || X509_check_private_key(cert.get(), keys->key.get()) != 1)
        return failure(
            "signer.keys", QStringLiteral("The intake signing key or certificate is unreadable or they do not match."));
    if (!hasIntakeSigningUsage(cert.get()))
        return failure("signer.usage", QStringLiteral("The signing certificate was not issued for intake signing."));
    keys->certificateBase64 = Ossl::certificateDer(cert.get()).toBase64();
    return IntakeSigner(std::move(keys));
}

QJsonObject IntakeSigner::sign(QLatin1StringView bodyKey, const QJsonObject &body) const
{
    const QByteArray signature = Ossl::sign(m_keys->key.get(), canonicalJson(body));
    if (signature.isEmpty())
        return {};
    return { { QString(bodyKey), body }, { u"signature"_s, QString::fromLatin1(signature.toBase64()) },
        { u"certificate"_s, QString::fromLatin1(m_keys->certificateBase64) } };
}

Result<QJsonObject> verifyIntakeSigned(
    const QJsonObject &signedObject, QLatin1StringView bodyKey, const QByteArray &caPem, const QDateTime &at)
{
    JsonFields fields(signedObject);
    const QJsonObject body = fields.object(bodyKey);
    const QByteArray signature = fields.base64("signature"_L1);
    const QByteArray certificate = fields.base64("certificate"_L1);
    if (!fields.ok())
        return failure("signed.format", fields.failure().message);
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    const Ossl::Cert ca = Ossl::readCertificate(caPem);
    if (!cert || !ca || Ossl::verifyChain(cert.get(), ca.get(), at) != Ossl::ChainCheck::Valid
        || !hasIntakeSigningUsage(cert.get()))
        return failure("signed.certificate", QStringLiteral("Not signed by an intake signing certificate of this CA."));
    const Ossl::Pkey key(X509_get_pubkey(cert.get()));
    if (!key || !Ossl::verify(key.get(), canonicalJson(body), signature))
        return failure("signed.signature", QStringLiteral("The signature does not match the signed content."));
    return body;
}

} // namespace RegPoint::Exchange
