#pragma once

// OpenSSL 3 helpers shared by the .cpp files of exchange/ (private: never included outside it; the
// kiosk asks certificates.h).

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace RegPoint::Exchange::Ossl {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_CIPHER_CTX *p) const { EVP_CIPHER_CTX_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_REQ *p) const { X509_REQ_free(p); }
    void operator()(X509_STORE *p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX *p) const { X509_STORE_CTX_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
template<typename T>
using Ptr = std::unique_ptr<T, Free>;
using Pkey = Ptr<EVP_PKEY>;
using Cert = Ptr<X509>;

inline const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}
inline unsigned char *bytes(QByteArray &v)
{
    return reinterpret_cast<unsigned char *>(v.data());
}

Pkey readPrivateKey(QByteArrayView pem);
Pkey readPublicKey(QByteArrayView pem); // a SubjectPublicKeyInfo PEM, or a certificate's key
Cert readCertificate(QByteArrayView pemOrDer);
Ptr<X509_REQ> readRequest(QByteArrayView pem);
QByteArray privateKeyPem(EVP_PKEY *key);
QByteArray publicKeyPem(EVP_PKEY *key);
QByteArray certificateDer(X509 *cert);
QByteArray certificatePem(X509 *cert);
QByteArray requestPem(X509_REQ *request);

enum class ChainCheck
{
    Valid,
    Expired, // or not yet valid at that time
    Foreign, // not issued by the CA (or not readable)
};
// `cert` issued by `ca` and valid at `at`.
ChainCheck verifyChain(X509 *cert, X509 *ca, const QDateTime &at);
// The two halves of verifyChain: `cert` issued by `ca` (at any time), and `cert` valid at `at`.
bool issuedBy(X509 *cert, X509 *ca);
bool validAt(X509 *cert, const QDateTime &at);

QByteArray sha256(QByteArrayView data);
// SHA-256 of the DER SubjectPublicKeyInfo, hex: the id an envelope names a key by.
QString keyId(EVP_PKEY *key);
QByteArray randomBytes(int count); // empty if the generator fails

// ECDSA P-256 with SHA-256 (DER signature); verify returns false on any failure.
QByteArray sign(EVP_PKEY *key, QByteArrayView data);
bool verify(EVP_PKEY *key, QByteArrayView data, QByteArrayView signature);

// The certificate's subject common name (a point code for machine certificates).
QString commonName(X509 *cert);
QDateTime notAfter(X509 *cert);

} // namespace RegPoint::Exchange::Ossl
