#include "openssl_p.h"

#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509_vfy.h>

namespace RegPoint::Exchange::Ossl {

namespace {
Ptr<BIO> bioOf(QByteArrayView data)
{
    return Ptr<BIO>(BIO_new_mem_buf(data.data(), int(data.size())));
}
// Runs one PEM_write_bio_* into memory; empty if it fails.
template<typename Write>
QByteArray pem(Write write)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get()))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return { data, size };
}
} // namespace

Pkey readPrivateKey(QByteArrayView pem)
{
    const Ptr<BIO> bio = bioOf(pem);
    return Pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Pkey readPublicKey(QByteArrayView pem)
{
    {
        const Ptr<BIO> bio = bioOf(pem);
        if (EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr))
            return Pkey(key);
    }
    const Cert cert = readCertificate(pem);
    return Pkey(cert ? X509_get_pubkey(cert.get()) : nullptr);
}

Cert readCertificate(QByteArrayView pemOrDer)
{
    if (pemOrDer.startsWith("-----")) {
        const Ptr<BIO> bio = bioOf(pemOrDer);
        return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    const unsigned char *p = bytes(pemOrDer);
    return Cert(d2i_X509(nullptr, &p, long(pemOrDer.size())));
}

Ptr<X509_REQ> readRequest(QByteArrayView pem)
{
    const Ptr<BIO> bio = bioOf(pem);
    return Ptr<X509_REQ>(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    return pem([key](BIO *bio) { return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr); });
}

QByteArray publicKeyPem(EVP_PKEY *key)
{
    return pem([key](BIO *bio) { return PEM_write_bio_PUBKEY(bio, key); });
}

QByteArray certificateDer(X509 *cert)
{
    const int size = i2d_X509(cert, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    unsigned char *p = bytes(der);
    i2d_X509(cert, &p);
    return der;
}

QByteArray certificatePem(X509 *cert)
{
    return pem([cert](BIO *bio) { return PEM_write_bio_X509(bio, cert); });
}

QByteArray requestPem(X509_REQ *request)
{
    return pem([request](BIO *bio) { return PEM_write_bio_X509_REQ(bio, request); });
}

namespace {
// `at` null: the chain only, at no time.
int verifyChainAt(X509 *cert, X509 *ca, const QDateTime &at, int *error)
{
    Ptr<X509_STORE> store(X509_STORE_new());
    Ptr<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    *error = X509_V_ERR_UNSPECIFIED;
    if (!store || !ctx || X509_STORE_add_cert(store.get(), ca) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), cert, nullptr) != 1)
        return 0;
    if (at.isNull())
        X509_STORE_CTX_set_flags(ctx.get(), X509_V_FLAG_NO_CHECK_TIME);
    else
        X509_STORE_CTX_set_time(ctx.get(), 0, time_t(at.toSecsSinceEpoch()));
    const int verified = X509_verify_cert(ctx.get());
    *error = X509_STORE_CTX_get_error(ctx.get());
    return verified;
}
} // namespace

bool issuedBy(X509 *cert, X509 *ca)
{
    int error = 0;
    return verifyChainAt(cert, ca, QDateTime(), &error) == 1;
}

bool validAt(X509 *cert, const QDateTime &at)
{
    auto t = time_t(at.toSecsSinceEpoch());
    return X509_cmp_time(X509_get0_notBefore(cert), &t) < 0 && X509_cmp_time(X509_get0_notAfter(cert), &t) > 0;
}

ChainCheck verifyChain(X509 *cert, X509 *ca, const QDateTime &at)
{
    int error = 0;
    if (verifyChainAt(cert, ca, at, &error) == 1)
        return ChainCheck::Valid;
    return error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID ? ChainCheck::Expired
                                                                                          : ChainCheck::Foreign;
}

namespace {
// Fetched once: OpenSSL 3 looks an implicit EVP_sha256() up under a lock on every use, which the
// intake's threads, hashing and checking every upload, contend for.
const EVP_MD *sha256Method()
{
    static EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return fetched ? fetched : EVP_sha256();
}
} // namespace

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_Digest(data.data(), size_t(data.size()), bytes(digest), &size, sha256Method(), nullptr);
    return digest;
}

QString keyId(EVP_PKEY *key)
{
    const int size = i2d_PUBKEY(key, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    unsigned char *p = bytes(der);
    i2d_PUBKEY(key, &p);
    return QString::fromLatin1(sha256(der).toHex());
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    return RAND_bytes(bytes(out), count) == 1 ? out : QByteArray();
}

QByteArray sign(EVP_PKEY *key, QByteArrayView data)
{
    Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, sha256Method(), nullptr, key) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, bytes(data), size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), bytes(signature), &size, bytes(data), size_t(data.size())) != 1)
        return {};
    signature.resize(qsizetype(size));
    return signature;
}

bool verify(EVP_PKEY *key, QByteArrayView data, QByteArrayView signature)
{
    Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, sha256Method(), nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(data), size_t(data.size()))
        == 1;
}

QString commonName(X509 *cert)
{
    char buffer[256] = {};
    const int size = X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buffer, sizeof buffer);
    return size > 0 ? QString::fromUtf8(buffer, size) : QString();
}

QDateTime notAfter(X509 *cert)
{
    tm t {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert), &t) != 1)
        return {};
    return { QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC };
}

} // namespace RegPoint::Exchange::Ossl
