#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace RegPoint::Tests {

struct KeyPair
{
    QByteArray privatePem;
    QByteArray publicPem;
};

// A throwaway PKI for tests: a CA, a province key and certificates it issues. Real OpenSSL keys,
// made fresh per test run; nothing of it ships.
class TestPki
{
public:
    // `caName` tells two CAs apart (a foreign CA signs certificates the province does not trust).
    explicit TestPki(const QString &caName = QStringLiteral("RegPoint Test Province CA"));

    QByteArray caCertificatePem() const { return m_caCert; }
    // RSA-3072 (generated once per process: it takes a moment), or another size for refusals.
    static const KeyPair &provinceKey();
    static KeyPair rsaKey(int bits);
    // Signs a PEM CSR: the certificate keeps the CSR's subject and key.
    QByteArray issue(const QByteArray &csrPem, const QDateTime &notBefore, const QDateTime &notAfter) const;

private:
    QByteArray m_caKey;
    QByteArray m_caCert;
};

} // namespace RegPoint::Tests
