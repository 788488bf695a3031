#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>

namespace RegPoint::Kiosk {

// What a sealed record carries: the record's canonical JSON and its photo. Personal data.
struct SealContent
{
    QUuid recordId;
    QByteArray recordJson;
    QByteArray photoJpeg; // may be empty (no photo yet)
};

// An envelope opened and verified by the province (or a test standing in for it).
struct OpenedRecord
{
    QUuid recordId;
    QString pointCode;
    QDateTime sealedAt;
    QString machineKeyId;
    QString provinceKeyId;
    SealContent content;
};

// Seals records for the province: the content encrypted with a fresh AES-256-GCM key, that key
// wrapped to the province's RSA key (OAEP, SHA-256, >= 3072 bits), the whole signed with this
// point's machine key (ECDSA P-256, SHA-256) whose certificate travels in the envelope. Key ids
// name both keys so the province can rotate them. Format: docs/security.md.
class RecordSealer
{
public:
    static constexpr int kMinProvinceKeyBits = 3072;

    static Result<RecordSealer> create(
        const QByteArray &provincePublicKeyPem, const QByteArray &machineKeyPem, const QByteArray &machineCertPem);
    ~RecordSealer();
    RecordSealer(RecordSealer &&) noexcept;
    RecordSealer &operator=(RecordSealer &&) noexcept;

    // The envelope (JSON). The content's buffers are the caller's to wipe.
    Result<QByteArray> seal(const SealContent &content, const QDateTime &at) const;
    // Signs a small statement (an audit chain head) with the machine key; base64 DER.
    QByteArray signStatement(QByteArrayView statement) const;

    QString pointCode() const; // the machine certificate's common name
    QString machineKeyId() const;
    QString provinceKeyId() const;
    QByteArray machineCertificatePem() const;

private:
    struct Keys;
    explicit RecordSealer(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

// Whether `signatureBase64` is RecordSealer::signStatement's signature of `statement` by the key
// of `certPem` (whether that certificate is to be trusted is the caller's question).
bool verifySignedStatement(QByteArrayView statement, const QByteArray &signatureBase64, const QByteArray &certPem);

// An envelope's certificate (issued by the CA, naming its point, valid when it sealed), signature
// and parts checked without the province's key, as the point can: for `db check --deep`.
Status verifySealedEnvelope(const QByteArray &envelope, const QByteArray &caPem, const QUuid &recordId);

// The province's side: checks the machine certificate against the CA (at the sealing time),
// the signature, each signed part, then unwraps and decrypts. Every refusal has its own code:
// seal.format, seal.certificate-foreign, seal.certificate-expired, seal.signature,
// seal.certificate-altered, seal.wrapped-key-altered, seal.nonce-altered, seal.ciphertext-altered,
// seal.tag-altered, seal.wrong-province-key, seal.unwrap-failed, seal.decrypt-failed.
class SealOpener
{
public:
    static Result<SealOpener> create(const QByteArray &provincePrivateKeyPem, const QByteArray &caCertPem);
    ~SealOpener();
    SealOpener(SealOpener &&) noexcept;
    SealOpener &operator=(SealOpener &&) noexcept;

    Result<OpenedRecord> open(const QByteArray &envelope) const;

private:
    struct Keys;
    explicit SealOpener(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

} // namespace RegPoint::Kiosk
