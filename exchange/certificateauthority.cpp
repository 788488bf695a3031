#include "certificateauthority.h"

#include "intakesignature.h"
#include "openssl_p.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace RegPoint::Exchange {

namespace {

using Ossl::Cert;
using Ossl::Pkey;

struct CertificateAuthorityTr
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

// A new certificate for `subjectKey` issued by `caKey`/`ca`: version 3, a random 64-bit serial
// (unique without a counter to keep), not a CA. The caller adds its usages and signs.
Cert newLeaf(X509 *ca, EVP_PKEY *subjectKey, const QDateTime &notBefore, const QDateTime &notAfter)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    BIGNUM *serial = BN_new();
    BN_rand(serial, 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert.get()));
    BN_free(serial);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca));
    setValidity(cert.get(), notBefore, notAfter);
    X509_set_pubkey(cert.get(), subjectKey);
    addExtension(cert.get(), ca, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), ca, NID_key_usage, "critical,digitalSignature");
    return cert;
}

void setSubject(X509 *cert, const QString &commonName)
{
    X509_NAME *name = X509_NAME_new();
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, Ossl::bytes(QByteArrayView("RegPoint")), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, Ossl::bytes(cn), int(cn.size()), -1, 0);
    X509_set_subject_name(cert, name);
    X509_NAME_free(name);
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
        return Failure { QStringLiteral("ca.unreadable"),
            [] { return CertificateAuthorityTr::tr("The CA key or certificate cannot be read."); } };
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
    Cert cert = newLeaf(ca.get(), subjectKey.get(), notBefore, notAfter);
    X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(request.get()));
    addExtension(cert.get(), ca.get(), NID_ext_key_usage, "clientAuth");
    X509_sign(cert.get(), caKey.get(), EVP_sha256());
    return Ossl::certificatePem(cert.get());
}

IssuedKey CertificateAuthority::issueTlsServer(const QStringList &dnsNames, const QStringList &ipAddresses,
    const QDateTime &notBefore, const QDateTime &notAfter) const
{
    QStringList altNames;
    for (const QString &name : dnsNames)
        altNames.append(QStringLiteral("DNS:") + name);
    for (const QString &address : ipAddresses)
        altNames.append(QStringLiteral("IP:") + address);
    if (altNames.isEmpty())
        return {};
    const Pkey key(EVP_EC_gen("P-256"));
    const Pkey caKey = Ossl::readPrivateKey(m_key);
    const Cert ca = Ossl::readCertificate(m_cert);
    if (!key || !caKey || !ca)
        return {};
    Cert cert = newLeaf(ca.get(), key.get(), notBefore, notAfter);
    setSubject(cert.get(), dnsNames.isEmpty() ? ipAddresses.first() : dnsNames.first());
    addExtension(cert.get(), ca.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), ca.get(), NID_subject_alt_name, altNames.join(QLatin1Char(',')).toUtf8().constData());
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return {};
    return { Ossl::privateKeyPem(key.get()), Ossl::certificatePem(cert.get()) };
}

IssuedKey CertificateAuthority::issueIntakeSigner(
    const QString &name, const QDateTime &notBefore, const QDateTime &notAfter) const
{
    const Pkey key(EVP_EC_gen("P-256"));
    const Pkey caKey = Ossl::readPrivateKey(m_key);
    const Cert ca = Ossl::readCertificate(m_cert);
    if (!key || !caKey || !ca)
        return {};
    Cert cert = newLeaf(ca.get(), key.get(), notBefore, notAfter);
    setSubject(cert.get(), name);
    addExtension(cert.get(), ca.get(), NID_ext_key_usage, kIntakeSigningUsageOid);
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return {};
    return { Ossl::privateKeyPem(key.get()), Ossl::certificatePem(cert.get()) };
}

} // namespace RegPoint::Exchange
