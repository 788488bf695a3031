#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace RegPoint::Exchange {

// What the intake server signs (receipts, config bundles, serial blocks) travels as
// {"<bodyKey>": {...}, "signature": "<base64 DER ECDSA over the compact, key-sorted JSON of the
// body>", "certificate": "<base64 DER of the intake's signing certificate>"}.
// The signing certificate is issued by the provincial CA with the intake-signing extended key
// usage (CertificateAuthority::issueIntakeSigner), so a point's machine key, which the same CA
// certifies, cannot sign a receipt.

// The extended key usage only intake signing certificates carry (an OID under 2.25, the UUID arc).
extern const char *const kIntakeSigningUsageOid;

class IntakeSigner
{
public:
    // The intake's ECDSA P-256 key and its certificate (PEM); refused if they do not match or
    // the certificate lacks the intake-signing usage.
    static Result<IntakeSigner> create(const QByteArray &keyPem, const QByteArray &certificatePem);
    ~IntakeSigner();
    IntakeSigner(IntakeSigner &&) noexcept;
    IntakeSigner &operator=(IntakeSigner &&) noexcept;

    // {bodyKey: body, signature, certificate}; an empty object if the signature fails.
    QJsonObject sign(QLatin1StringView bodyKey, const QJsonObject &body) const;

private:
    struct Keys;
    explicit IntakeSigner(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

// Checks what the intake signed, against one pinned CA. The CA is read once, and a signing
// certificate found to chain to it with the intake-signing usage is remembered with its key for
// the times it was checked valid at, so a thousand receipts of one sync cost a thousand signature
// checks rather than a thousand certificate chains.
class IntakeSignatureVerifier
{
public:
    explicit IntakeSignatureVerifier(const QByteArray &caPem);
    ~IntakeSignatureVerifier();
    IntakeSignatureVerifier(IntakeSignatureVerifier &&) noexcept;
    IntakeSignatureVerifier &operator=(IntakeSignatureVerifier &&) noexcept;

    // The body of a signed object once its certificate chains to the CA (valid at `at`), carries
    // the intake-signing usage and its signature over the body verifies. Codes: signed.format
    // (shape), signed.certificate (not the CA's intake signer, or expired then), signed.signature.
    Result<QJsonObject> verify(const QJsonObject &signedObject, QLatin1StringView bodyKey, const QDateTime &at) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// One check with a verifier made for it (IntakeSignatureVerifier::verify).
Result<QJsonObject> verifyIntakeSigned(
    const QJsonObject &signedObject, QLatin1StringView bodyKey, const QByteArray &caPem, const QDateTime &at);

} // namespace RegPoint::Exchange
