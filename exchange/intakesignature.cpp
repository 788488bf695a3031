#include "intakesignature.h"

#include "canonicaljson.h"
#include "certificates.h"
#include "jsonfields.h"
#include "openssl_p.h"

#include <openssl/x509v3.h>

#include <map>

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

// A signing certificate already found good: its key, and from when to when it was checked valid.
struct CheckedSigner
{
    Ossl::Pkey key { nullptr };
    QDateTime earliest;
    QDateTime expiry;
};

struct IntakeSignatureVerifier::State
{
    Ossl::Cert ca { nullptr };
    mutable std::map<QByteArray, CheckedSigner> signers; // by certificate DER
};

IntakeSignatureVerifier::IntakeSignatureVerifier(const QByteArray &caPem)
    : m_state(std::make_unique<State>())
{
    m_state->ca = Ossl::readCertificate(caPem);
}
IntakeSignatureVerifier::~IntakeSignatureVerifier() = default;
IntakeSignatureVerifier::IntakeSignatureVerifier(IntakeSignatureVerifier &&) noexcept = default;
IntakeSignatureVerifier &IntakeSignatureVerifier::operator=(IntakeSignatureVerifier &&) noexcept = default;

Result<QJsonObject> IntakeSignatureVerifier::verify(
    const QJsonObject &signedObject, QLatin1StringView bodyKey, const QDateTime &at) const
{
    JsonFields fields(signedObject);
    const QJsonObject body = fields.object(bodyKey);
    const QByteArray signature = fields.base64("signature"_L1);
    const QByteArray certificate = fields.base64("certificate"_L1);
    if (!fields.ok())
        return failure("signed.format", fields.failure().message);
    const auto known = m_state->signers.find(certificate);
    EVP_PKEY *key = nullptr;
    if (known != m_state->signers.end() && at >= known->second.earliest && at <= known->second.expiry) {
        key = known->second.key.get();
    } else {
        const Ossl::Cert cert = Ossl::readCertificate(certificate);
        if (!cert || !m_state->ca || Ossl::verifyChain(cert.get(), m_state->ca.get(), at) != Ossl::ChainCheck::Valid
            || !hasIntakeSigningUsage(cert.get()))
            return failure(
                "signed.certificate", QStringLiteral("Not signed by an intake signing certificate of this CA."));
        CheckedSigner checked { Ossl::Pkey(X509_get_pubkey(cert.get())), at, certificateExpiry(certificate) };
        if (!checked.key)
            return failure("signed.certificate", QStringLiteral("The signing certificate's key is unreadable."));
        if (known != m_state->signers.end())
            checked.earliest = std::min(at, known->second.earliest);
        key = checked.key.get();
        m_state->signers[certificate] = std::move(checked);
    }
    if (!Ossl::verify(key, canonicalJson(body), signature))
        return failure("signed.signature", QStringLiteral("The signature does not match the signed content."));
    return body;
}

Result<QJsonObject> verifyIntakeSigned(
    const QJsonObject &signedObject, QLatin1StringView bodyKey, const QByteArray &caPem, const QDateTime &at)
{
    return IntakeSignatureVerifier(caPem).verify(signedObject, bodyKey, at);
}

} // namespace RegPoint::Exchange
