#include "certificates.h"

#include "openssl_p.h"

#include <openssl/ec.h>
#include <openssl/x509v3.h>

namespace RegPoint::Exchange {

IssuedBy checkIssuedBy(const QByteArray &certificate, const QByteArray &caCertificate, const QDateTime &at)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    const Ossl::Cert ca = Ossl::readCertificate(caCertificate);
    if (!cert || !ca)
        return IssuedBy::No;
    switch (Ossl::verifyChain(cert.get(), ca.get(), at)) {
    case Ossl::ChainCheck::Valid:
        return IssuedBy::Yes;
    case Ossl::ChainCheck::Expired:
        return IssuedBy::NotValidThen;
    case Ossl::ChainCheck::Foreign:
        break;
    }
    return IssuedBy::No;
}

bool isReadableCertificate(const QByteArray &certificate)
{
    return Ossl::readCertificate(certificate) != nullptr;
}

bool isCaCertificate(const QByteArray &certificate)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    return cert && X509_check_ca(cert.get()) == 1;
}

QString certificateCommonName(const QByteArray &certificate)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    return cert ? Ossl::commonName(cert.get()) : QString();
}

QDateTime certificateExpiry(const QByteArray &certificate)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    return cert ? Ossl::notAfter(cert.get()) : QDateTime();
}

QString certificateFingerprint(const QByteArray &certificate)
{
    const QByteArray der = certificateDer(certificate);
    return der.isEmpty() ? QString() : QString::fromLatin1(Ossl::sha256(der).toHex());
}

QByteArray certificateDer(const QByteArray &certificate)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    return cert ? Ossl::certificateDer(cert.get()) : QByteArray();
}

QString certificateKeyId(const QByteArray &certificate)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    return cert ? Ossl::keyId(X509_get0_pubkey(cert.get())) : QString();
}

QByteArray normalisedCertificatePem(const QByteArray &certificate)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    return cert ? Ossl::certificatePem(cert.get()) : QByteArray();
}

bool certificateMatchesKey(const QByteArray &certificate, const QByteArray &privateKeyPem)
{
    const Ossl::Cert cert = Ossl::readCertificate(certificate);
    const Ossl::Pkey key = Ossl::readPrivateKey(privateKeyPem);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

int rsaKeyBits(const QByteArray &publicKeyPem)
{
    const Ossl::Pkey key = Ossl::readPublicKey(publicKeyPem);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return 0;
    return EVP_PKEY_get_bits(key.get());
}

namespace {

Ossl::Ptr<X509_REQ> makeRequest(EVP_PKEY *key, const QString &commonName)
{
    Ossl::Ptr<X509_REQ> request(X509_REQ_new());
    if (!request)
        return nullptr;
    X509_NAME *name = X509_REQ_get_subject_name(request.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, Ossl::bytes(QByteArrayView("RegPoint")), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, Ossl::bytes(cn), int(cn.size()), -1, 0);
    if (X509_REQ_set_version(request.get(), 0) != 1 || X509_REQ_set_pubkey(request.get(), key) != 1
        || X509_REQ_sign(request.get(), key, EVP_sha256()) <= 0)
        return nullptr;
    return request;
}

} // namespace

std::optional<MachineKey> newMachineKey(const QString &commonName)
{
    const Ossl::Pkey key(EVP_EC_gen("P-256"));
    if (!key)
        return std::nullopt;
    const Ossl::Ptr<X509_REQ> request = makeRequest(key.get(), commonName);
    MachineKey made { Ossl::privateKeyPem(key.get()), request ? Ossl::requestPem(request.get()) : QByteArray() };
    if (made.privateKeyPem.isEmpty() || made.requestPem.isEmpty())
        return std::nullopt;
    return made;
}

} // namespace RegPoint::Exchange
