#include "certificateauthority.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace RegPoint::Kiosk {

namespace {

template<typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

QByteArray privatePem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return drain(bio.get());
}

QByteArray publicPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    return drain(bio.get());
}

QByteArray certPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return drain(bio.get());
}

Pkey readKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

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
    Pkey key = readKey(keyPem);
    Bio bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!key || !cert || X509_check_private_key(cert.get(), key.get()) != 1)
        return Failure { QStringLiteral("ca.unreadable"), QStringLiteral("The CA key or certificate cannot be read.") };
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
    return CertificateAuthority(privatePem(key.get()), certPem(cert.get()));
}

KeyPair CertificateAuthority::rsaKeyPair(int bits)
{
    Pkey key(EVP_RSA_gen(unsigned(bits)));
    return { privatePem(key.get()), publicPem(key.get()) };
}

QByteArray CertificateAuthority::issue(
    const QByteArray &csrPem, const QDateTime &notBefore, const QDateTime &notAfter) const
{
    Bio bio(BIO_new_mem_buf(csrPem.constData(), int(csrPem.size())));
    std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>> request(
        PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    Pkey subjectKey(request ? X509_REQ_get_pubkey(request.get()) : nullptr);
    if (!subjectKey || X509_REQ_verify(request.get(), subjectKey.get()) != 1)
        return {};
    Pkey caKey = readKey(m_key);
    Bio caBio(BIO_new_mem_buf(m_cert.constData(), int(m_cert.size())));
    Cert ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
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
    return certPem(cert.get());
}

} // namespace RegPoint::Kiosk
