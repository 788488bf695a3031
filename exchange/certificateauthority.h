#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace RegPoint::Exchange {

struct KeyPair
{
    QByteArray privatePem;
    QByteArray publicPem;
};

// A new private key (PEM) and the certificate the CA issued for it (PEM); both empty on failure.
struct IssuedKey
{
    QByteArray keyPem;
    QByteArray certificatePem;
};

// A certificate authority that issues machine certificates from CSRs: the province's role. The
// kiosk ships one for the demo province (`--simulate`, `regpointctl demo-day`), and the tests
// make throwaway ones; a real point never issues its own certificate.
class CertificateAuthority
{
public:
    // A new CA (ECDSA P-256, self-signed, valid from 5 years ago for 25 years) named `name`.
    static CertificateAuthority create(const QString &name);
    // An existing CA from its key and certificate (PEM).
    static Result<CertificateAuthority> load(const QByteArray &keyPem, const QByteArray &certPem);

    QByteArray certificatePem() const { return m_cert; }
    QByteArray keyPem() const { return m_key; }
    // Signs a PEM CSR for client authentication: the certificate keeps the CSR's subject and key.
    // Empty if the CSR cannot be read or its signature is wrong.
    QByteArray issue(const QByteArray &csrPem, const QDateTime &notBefore, const QDateTime &notAfter) const;

    // The intake server's TLS certificate and a new P-256 key: serverAuth only, subjectAltName
    // with these host names and IP addresses (e.g. "localhost", "127.0.0.1"), CN the first name.
    IssuedKey issueTlsServer(const QStringList &dnsNames, const QStringList &ipAddresses, const QDateTime &notBefore,
        const QDateTime &notAfter) const;
    // The intake's signing certificate for receipts, config bundles and serial blocks, with a new
    // P-256 key: digitalSignature and the intake-signing usage only (intakesignature.h).
    IssuedKey issueIntakeSigner(const QString &name, const QDateTime &notBefore, const QDateTime &notAfter) const;

    // An RSA key pair, e.g. the province's key for wrapping record keys.
    static KeyPair rsaKeyPair(int bits);

private:
    CertificateAuthority(QByteArray key, QByteArray cert);
    QByteArray m_key;
    QByteArray m_cert;
};

} // namespace RegPoint::Exchange
