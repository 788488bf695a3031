#include "certificateauthority.h"

#include "openssl_p.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace RegPoint::Exchange {

namespace {

using Ossl::Cert;
using Ossl::Pkey;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Exchange::CertificateAuthority)
};

void setValidity(X509 *cert, const QDateTime &from, const QDateTime &to)
{
    ASN1_TIME_set(X509_getm_notBefore(cert), time_t(from.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), time_t(to.toSecsSinceEpoch()));
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

} // namespace

CertificateAuthority::CertificateAuthority(QByteArray key, QByteArray cert)
    : m_key(std::move(key))
    , m_cert(std::move(cert))
{ }

Result<CertificateAuthority> CertificateAuthority::load(const QByteArray &keyPem, const QByteArray &certPem)
{
    const Pkey key = Ossl::readPrivateKey(keyPem);
    const Cert cert = Ossl::readCertificate(certPem);
    if (!key || !cert || X509_check_private_key(cert.get(), key.get()) != 1)
        return Failure { QStringLiteral("ca.unreadable"), Tr::tr("The CA key or certificate cannot be read.") };
    return CertificateAuthority(keyPem, certPem);
}

CertificateAuthority CertificateAuthority::create(const QString &caName)
{
    Pkey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    const QByteArray cn = caName.toUtf8();
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert.get()), "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    setValidity(cert.get(), QDateTime::currentDateTimeUtc().addYears(-5), QDateTime::currentDateTimeUtc().addYears(20));
    X509_set_pubkey(cert.get(), key.get());
    addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    X509_sign(cert.get(), key.get(), EVP_sha256());
    return { Ossl::privateKeyPem(key.get()), Ossl::certificatePem(cert.get()) };
}

KeyPair CertificateAuthority::rsaKeyPair(int bits)
{
    Pkey key(EVP_RSA_gen(unsigned(bits)));
    return { Ossl::privateKeyPem(key.get()), Ossl::publicKeyPem(key.get()) };
}

QByteArray CertificateAuthority::issue(
    const QByteArray &csrPem, const QDateTime &notBefore, const QDateTime &notAfter) const
{
    const Ossl::Ptr<X509_REQ> request = Ossl::readRequest(csrPem);
    Pkey subjectKey(request ? X509_REQ_get_pubkey(request.get()) : nullptr);
    if (!subjectKey || X509_REQ_verify(request.get(), subjectKey.get()) != 1)
        return {};
    const Pkey caKey = Ossl::readPrivateKey(m_key);
    const Cert ca = Ossl::readCertificate(m_cert);
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    // A random 64-bit serial: unique without a counter to keep.
    BIGNUM *serial = BN_new();
    BN_rand(serial, 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert.get()));
    BN_free(serial);
    X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(request.get()));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    setValidity(cert.get(), notBefore, notAfter);
    X509_set_pubkey(cert.get(), subjectKey.get());
    addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), ca.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), ca.get(), NID_ext_key_usage, "clientAuth");
    X509_sign(cert.get(), caKey.get(), EVP_sha256());
    return Ossl::certificatePem(cert.get());
}

} // namespace RegPoint::Exchange
