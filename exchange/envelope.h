#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>

namespace RegPoint::Exchange {

// What a sealed record carries: the record's canonical JSON and its photo. Personal data.
struct EnvelopeContent
{
    QUuid recordId;
    QByteArray recordJson;
    QByteArray photoJpeg; // may be empty (no photo yet)
};

// An envelope opened and verified by the province (or a test standing in for it).
struct OpenedEnvelope
{
    QUuid recordId;
    QString pointCode;
    QDateTime sealedAt;
    QString machineKeyId;
    QString provinceKeyId;
    EnvelopeContent content;
};

// Seals records for the province: the content encrypted with a fresh AES-256-GCM key, that key
// wrapped to the province's RSA key (OAEP, SHA-256, >= 3072 bits), the whole signed with this
// point's machine key (ECDSA P-256, SHA-256) whose certificate travels in the envelope. Key ids
// name both keys so the province can rotate them. Format: docs/security.md.
class EnvelopeSealer
{
public:
    static constexpr int kMinProvinceKeyBits = 3072;

    static Result<EnvelopeSealer> create(
        const QByteArray &provincePublicKeyPem, const QByteArray &machineKeyPem, const QByteArray &machineCertPem);
    ~EnvelopeSealer();
    EnvelopeSealer(EnvelopeSealer &&) noexcept;
    EnvelopeSealer &operator=(EnvelopeSealer &&) noexcept;

    // The envelope (JSON). The content's buffers are the caller's to wipe.
    Result<QByteArray> seal(const EnvelopeContent &content, const QDateTime &at) const;
    // Signs a small statement (an audit chain head) with the machine key; base64 DER.
    QByteArray signStatement(QByteArrayView statement) const;

    QString pointCode() const; // the machine certificate's common name
    QString machineKeyId() const;
    QString provinceKeyId() const;
    QByteArray machineCertificatePem() const;

private:
    struct Keys;
    explicit EnvelopeSealer(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

// Whether `signatureBase64` is EnvelopeSealer::signStatement's signature of `statement` by the key
// of `certPem` (whether that certificate is to be trusted is the caller's question).
bool verifySignedStatement(QByteArrayView statement, const QByteArray &signatureBase64, const QByteArray &certPem);

// Who sealed an envelope that verified: the point its certificate names and its machine key id.
struct SealedBy
{
    QString pointCode;
    QString machineKeyId;
};

// An envelope's certificate (issued by the CA, naming its point, valid when it sealed), signature
// and parts checked without the province's key, as the point can. The CA is read once: the intake
// checks every upload with one verifier, a point its whole store (`db check --deep`, USB export).
class SealVerifier
{
public:
    explicit SealVerifier(const QByteArray &caPem);
    ~SealVerifier();
    SealVerifier(SealVerifier &&) noexcept;
    SealVerifier &operator=(SealVerifier &&) noexcept;

    // seal.opener-keys (the CA is unreadable), seal.other-record, or the refusals of EnvelopeOpener.
    Result<SealedBy> verify(const QByteArray &envelope, const QUuid &recordId) const;

private:
    struct Ca;
    std::unique_ptr<Ca> m_ca;
};

// One check with a verifier made for it.
Status verifySealedEnvelope(const QByteArray &envelope, const QByteArray &caPem, const QUuid &recordId);

// The province's side: checks the machine certificate against the CA (at the sealing time),
// the signature, each signed part, then unwraps and decrypts. Every refusal has its own code:
// seal.format, seal.certificate-foreign, seal.certificate-expired, seal.signature,
// seal.certificate-altered, seal.wrapped-key-altered, seal.nonce-altered, seal.ciphertext-altered,
// seal.tag-altered, seal.wrong-province-key, seal.unwrap-failed, seal.decrypt-failed.
class EnvelopeOpener
{
public:
    static Result<EnvelopeOpener> create(const QByteArray &provincePrivateKeyPem, const QByteArray &caCertPem);
    ~EnvelopeOpener();
    EnvelopeOpener(EnvelopeOpener &&) noexcept;
    EnvelopeOpener &operator=(EnvelopeOpener &&) noexcept;

    Result<OpenedEnvelope> open(const QByteArray &envelope) const;

private:
    struct Keys;
    explicit EnvelopeOpener(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

} // namespace RegPoint::Exchange
