#include "envelope.h"

#include "canonicaljson.h"
#include "digest.h"
#include "openssl_p.h"
#include "wipe.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/rsa.h>

#include <functional>
#include <mutex>

namespace RegPoint::Exchange {

// A machine certificate as an envelope carries it, with what the checks read from it. Parsing
// one costs more than checking a signature (OpenSSL 3 finds a decoder for its key each time), and
// a point seals every record with the same certificate, so the intake parses each once. Outside
// the anonymous namespace: SealVerifier's cache holds it.
struct MachineCertificate
{
    Ossl::Cert certificate { nullptr };
    Ossl::Pkey key { nullptr }; // null when the certificate's key cannot be read
    QString keyId;
    QString commonName;
    bool issuedByCa = false; // by the CA it was parsed for, at some time: validity is per envelope
};
using MachineCertificateRef = std::shared_ptr<const MachineCertificate>;
using MachineCertificateSource = std::function<MachineCertificateRef(const QByteArray &der)>;

namespace {

MachineCertificateRef parseMachineCertificate(const QByteArray &der, X509 *ca)
{
    auto parsed = std::make_shared<MachineCertificate>();
    parsed->certificate = Ossl::readCertificate(der);
    if (!parsed->certificate)
        return nullptr;
    parsed->key = Ossl::Pkey(X509_get_pubkey(parsed->certificate.get()));
    if (parsed->key) // without one the chain check refuses it, or else the key check
        parsed->keyId = Ossl::keyId(parsed->key.get());
    parsed->commonName = Ossl::commonName(parsed->certificate.get());
    parsed->issuedByCa = Ossl::issuedBy(parsed->certificate.get(), ca);
    return parsed;
}

struct EnvelopeTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Exchange::Envelope)
};

constexpr auto kFormat = "regpoint-seal/1";
constexpr int kKeySize = 32;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
// The parts the signature covers through their digests, each with its own tamper code.
constexpr std::pair<const char *, const char *> kSignedParts[] = {
    { "machine_certificate", "seal.certificate-altered" },
    { "wrapped_key", "seal.wrapped-key-altered" },
    { "nonce", "seal.nonce-altered" },
    { "ciphertext", "seal.ciphertext-altered" },
    { "tag", "seal.tag-altered" },
};

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

QByteArray unb64(const QJsonValue &value)
{
    return fromBase64Strict(value.toString().toLatin1()).value_or(QByteArray());
}

// The plaintext: record JSON length (4 bytes, big-endian), record JSON, photo bytes.
QByteArray frame(const EnvelopeContent &content)
{
    QByteArray plain(4, Qt::Uninitialized);
    qToBigEndian(quint32(content.recordJson.size()), plain.data());
    plain += content.recordJson;
    plain += content.photoJpeg;
    return plain;
}

} // namespace

struct EnvelopeSealer::Keys
{
    Ossl::Pkey province { nullptr };
    Ossl::Pkey machine { nullptr };
    Ossl::Cert certificate { nullptr };
    QByteArray certificateDer;
    QString provinceKeyId, machineKeyId, pointCode;
};

EnvelopeSealer::EnvelopeSealer(std::unique_ptr<Keys> keys)
    : m_keys(std::move(keys))
{ }
EnvelopeSealer::~EnvelopeSealer() = default;
EnvelopeSealer::EnvelopeSealer(EnvelopeSealer &&) noexcept = default;
EnvelopeSealer &EnvelopeSealer::operator=(EnvelopeSealer &&) noexcept = default;

Result<EnvelopeSealer> EnvelopeSealer::create(
    const QByteArray &provincePublicKeyPem, const QByteArray &machineKeyPem, const QByteArray &machineCertPem)
{
    auto keys = std::make_unique<Keys>();
    keys->province = Ossl::readPublicKey(provincePublicKeyPem);
    if (!keys->province || EVP_PKEY_get_base_id(keys->province.get()) != EVP_PKEY_RSA
        || EVP_PKEY_get_bits(keys->province.get()) < kMinProvinceKeyBits)
        return failure("seal.province-key", [minProvinceKeyBits = kMinProvinceKeyBits] {
            return EnvelopeTr::tr(
                "The province key is missing or is not an RSA key of at least %1 bits. Provision this point "
                "again with the key file from the provincial office.")
                .arg(minProvinceKeyBits);
        });
    keys->machine = Ossl::readPrivateKey(machineKeyPem);
    keys->certificate = Ossl::readCertificate(machineCertPem);
    if (!keys->machine || !keys->certificate
        || X509_check_private_key(keys->certificate.get(), keys->machine.get()) != 1)
        return failure("seal.machine-key", [] {
            return EnvelopeTr::tr(
                "This point's machine key or certificate is missing or they do not match. Install the certificate "
                "issued for this point (regpointctl provision --install-cert).");
        });
    keys->certificateDer = Ossl::certificateDer(keys->certificate.get());
    keys->provinceKeyId = Ossl::keyId(keys->province.get());
    keys->machineKeyId = Ossl::keyId(keys->machine.get());
    keys->pointCode = Ossl::commonName(keys->certificate.get());
    return EnvelopeSealer(std::move(keys));
}

QString EnvelopeSealer::pointCode() const
{
    return m_keys->pointCode;
}
QString EnvelopeSealer::machineKeyId() const
{
    return m_keys->machineKeyId;
}
QString EnvelopeSealer::provinceKeyId() const
{
    return m_keys->provinceKeyId;
}
QByteArray EnvelopeSealer::machineCertificatePem() const
{
    return Ossl::certificatePem(m_keys->certificate.get());
}

QByteArray EnvelopeSealer::signStatement(QByteArrayView statement) const
{
    return Ossl::sign(m_keys->machine.get(), statement).toBase64();
}

Result<QByteArray> EnvelopeSealer::seal(const EnvelopeContent &content, const QDateTime &at) const
{
    const Failure cryptoFailure = failure("seal.crypto", [] {
        return EnvelopeTr::tr(
            "The record could not be sealed (cryptography error). It stays saved on this point; restart the "
            "workstation and call the technician if this repeats.");
    });
    QJsonObject header {
        { QStringLiteral("record_id"), content.recordId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("point_code"), m_keys->pointCode },
        { QStringLiteral("sealed_at"), at.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("province_key_id"), m_keys->provinceKeyId },
        { QStringLiteral("machine_key_id"), m_keys->machineKeyId },
        { QStringLiteral("cipher"), QStringLiteral("AES-256-GCM") },
        { QStringLiteral("key_wrap"), QStringLiteral("RSA-OAEP-SHA256") },
        { QStringLiteral("signature_alg"), QStringLiteral("ECDSA-P256-SHA256") },
    };
    const QByteArray aad = canonicalJson(header);

    QByteArray key = Ossl::randomBytes(kKeySize);
    const QByteArray nonce = Ossl::randomBytes(kNonceSize);
    if (key.isEmpty() || nonce.isEmpty())
        return cryptoFailure;

    // Encrypt.
    QByteArray plain = frame(content);
    QByteArray ciphertext(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    Ossl::Ptr<EVP_CIPHER_CTX> cipher(EVP_CIPHER_CTX_new());
    int length = 0, finalLength = 0;
    const bool encrypted = cipher
        && EVP_EncryptInit_ex2(cipher.get(), EVP_aes_256_gcm(), Ossl::bytes(key), Ossl::bytes(nonce), nullptr) == 1
        && EVP_EncryptUpdate(cipher.get(), nullptr, &length, Ossl::bytes(aad), int(aad.size())) == 1
        && EVP_EncryptUpdate(cipher.get(), Ossl::bytes(ciphertext), &length, Ossl::bytes(plain), int(plain.size())) == 1
        && EVP_EncryptFinal_ex(cipher.get(), Ossl::bytes(ciphertext) + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) == 1;
    wipe(plain);

    // Wrap the key to the province.
    QByteArray wrapped;
    if (encrypted) {
        Ossl::Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_keys->province.get(), nullptr));
        size_t size = 0;
        if (ctx && EVP_PKEY_encrypt_init(ctx.get()) == 1
            && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256()) == 1
            && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256()) == 1
            && EVP_PKEY_encrypt(ctx.get(), nullptr, &size, Ossl::bytes(key), size_t(key.size())) == 1) {
            wrapped.resize(qsizetype(size));
            if (EVP_PKEY_encrypt(ctx.get(), Ossl::bytes(wrapped), &size, Ossl::bytes(key), size_t(key.size())) == 1)
                wrapped.resize(qsizetype(size));
            else
                wrapped.clear();
        }
    }
    wipe(key);
    if (!encrypted || wrapped.isEmpty())
        return cryptoFailure;

    const QByteArray parts[] = { m_keys->certificateDer, wrapped, nonce, ciphertext, tag };
    QJsonObject digests;
    QJsonObject envelope { { QStringLiteral("format"), QLatin1String(kFormat) }, { QStringLiteral("header"), header } };
    for (size_t i = 0; i < std::size(kSignedParts); ++i) {
        const QString name = QString::fromLatin1(kSignedParts[i].first);
        digests.insert(name, sha256Hex(parts[i]));
        envelope.insert(name, QString::fromLatin1(b64(parts[i])));
    }
    QJsonObject signedPart { { QStringLiteral("format"), QLatin1String(kFormat) }, { QStringLiteral("header"), header },
        { QStringLiteral("digests"), digests } };
    const QByteArray signature = Ossl::sign(m_keys->machine.get(), canonicalJson(signedPart));
    if (signature.isEmpty())
        return cryptoFailure;
    envelope.insert(QStringLiteral("digests"), digests);
    envelope.insert(QStringLiteral("signature_value"), QString::fromLatin1(b64(signature)));
    return canonicalJson(envelope);
}

struct EnvelopeOpener::Keys
{
    Ossl::Pkey province { nullptr };
    Ossl::Cert ca { nullptr };
    QString provinceKeyId;
};

EnvelopeOpener::EnvelopeOpener(std::unique_ptr<Keys> keys)
    : m_keys(std::move(keys))
{ }
EnvelopeOpener::~EnvelopeOpener() = default;
EnvelopeOpener::EnvelopeOpener(EnvelopeOpener &&) noexcept = default;
EnvelopeOpener &EnvelopeOpener::operator=(EnvelopeOpener &&) noexcept = default;

Result<EnvelopeOpener> EnvelopeOpener::create(const QByteArray &provincePrivateKeyPem, const QByteArray &caCertPem)
{
    auto keys = std::make_unique<Keys>();
    keys->province = Ossl::readPrivateKey(provincePrivateKeyPem);
    keys->ca = Ossl::readCertificate(caCertPem);
    if (!keys->province || !keys->ca)
        return failure("seal.opener-keys",
            [] { return EnvelopeTr::tr("The province's private key or the CA certificate cannot be read."); });
    keys->provinceKeyId = Ossl::keyId(keys->province.get());
    return EnvelopeOpener(std::move(keys));
}

bool verifySignedStatement(QByteArrayView statement, const QByteArray &signatureBase64, const QByteArray &certPem)
{
    const Ossl::Cert cert = Ossl::readCertificate(certPem);
    if (!cert)
        return false;
    Ossl::Pkey key(X509_get_pubkey(cert.get()));
    return key && Ossl::verify(key.get(), statement, QByteArray::fromBase64(signatureBase64));
}

namespace {

// What an envelope says, once its certificate (issued by `ca` to the point it names, valid when it
// sealed), its signature and the digest of every part hold: checkable without the province key.
struct CheckedEnvelope
{
    OpenedEnvelope opened;
    QJsonObject header;
    QByteArray parts[std::size(kSignedParts)];
};

Result<CheckedEnvelope> checkedEnvelope(
    const QByteArray &envelopeBytes, X509 *ca, const MachineCertificateSource &certificateOf)
{
    const Failure malformed = failure(
        "seal.format", [] { return EnvelopeTr::tr("This is not a RegPoint sealed record, or it is damaged."); });
    const QJsonObject envelope = QJsonDocument::fromJson(envelopeBytes).object();
    const QJsonObject header = envelope.value(QStringLiteral("header")).toObject();
    const QJsonObject digests = envelope.value(QStringLiteral("digests")).toObject();
    if (envelope.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) || header.isEmpty()
        || digests.isEmpty())
        return malformed;
    CheckedEnvelope checked;
    OpenedEnvelope &opened = checked.opened;
    checked.header = header;
    opened.recordId = QUuid::fromString(header.value(QStringLiteral("record_id")).toString());
    opened.pointCode = header.value(QStringLiteral("point_code")).toString();
    opened.sealedAt = QDateTime::fromString(header.value(QStringLiteral("sealed_at")).toString(), Qt::ISODate);
    opened.machineKeyId = header.value(QStringLiteral("machine_key_id")).toString();
    opened.provinceKeyId = header.value(QStringLiteral("province_key_id")).toString();
    if (opened.recordId.isNull() || !opened.sealedAt.isValid())
        return malformed;

    // The machine certificate: issued by the province's CA, valid when the record was sealed.
    const MachineCertificateRef machine = certificateOf(unb64(envelope.value(QStringLiteral("machine_certificate"))));
    if (!machine)
        return malformed;
    if (!machine->issuedByCa)
        return failure("seal.certificate-foreign",
            [] { return EnvelopeTr::tr("The point's certificate was not issued by the province's CA."); });
    if (!Ossl::validAt(machine->certificate.get(), opened.sealedAt) || !Ossl::validAt(ca, opened.sealedAt))
        return failure("seal.certificate-expired", [] {
            return EnvelopeTr::tr(
                "The point's certificate was not valid when the record was sealed (expired or not yet valid).");
        });
    if (!machine->key || machine->keyId != opened.machineKeyId || machine->commonName != opened.pointCode)
        return failure("seal.signature",
            [] { return EnvelopeTr::tr("The envelope names another machine key or point than its certificate."); });

    // The signature over format, header and the digests of every part.
    const QJsonObject signedPart { { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("header"), header }, { QStringLiteral("digests"), digests } };
    if (!Ossl::verify(
            machine->key.get(), canonicalJson(signedPart), unb64(envelope.value(QStringLiteral("signature_value")))))
        return failure("seal.signature",
            [] { return EnvelopeTr::tr("The signature does not match: the record was changed after sealing."); });
    QByteArray *parts = checked.parts;
    for (size_t i = 0; i < std::size(kSignedParts); ++i) {
        const QString name = QString::fromLatin1(kSignedParts[i].first);
        parts[i] = unb64(envelope.value(name));
        if (sha256Hex(parts[i]) != digests.value(name).toString())
            return failure(
                kSignedParts[i].second, EnvelopeTr::tr("The sealed record's %1 was changed after sealing.").arg(name));
    }
    return checked;
}

} // namespace

struct SealVerifier::Ca
{
    Ossl::Cert certificate { nullptr };
    // Parsed machine certificates by their DER bytes, for every point this verifier has seen; a
    // province has a few thousand, so the cache starts over when it holds more than kMaxCached.
    static constexpr qsizetype kMaxCached = 20000;
    std::mutex mutex;
    QHash<QByteArray, MachineCertificateRef> machines;

    MachineCertificateRef machine(const QByteArray &der)
    {
        {
            const std::lock_guard lock(mutex);
            if (const auto found = machines.constFind(der); found != machines.cend())
                return *found;
        }
        MachineCertificateRef parsed = parseMachineCertificate(der, certificate.get());
        if (!parsed)
            return nullptr;
        const std::lock_guard lock(mutex);
        if (machines.size() >= kMaxCached)
            machines.clear();
        machines.insert(der, parsed);
        return parsed;
    }
};

SealVerifier::SealVerifier(const QByteArray &caPem)
    : m_ca(std::make_unique<Ca>())
{
    m_ca->certificate = Ossl::readCertificate(caPem);
}
SealVerifier::~SealVerifier() = default;
SealVerifier::SealVerifier(SealVerifier &&) noexcept = default;
SealVerifier &SealVerifier::operator=(SealVerifier &&) noexcept = default;

Result<SealedBy> SealVerifier::verify(const QByteArray &envelope, const QUuid &recordId) const
{
    if (!m_ca->certificate)
        return failure(
            "seal.opener-keys", [] { return EnvelopeTr::tr("The province's CA certificate cannot be read."); });
    const Result<CheckedEnvelope> checked = checkedEnvelope(
        envelope, m_ca->certificate.get(), [this](const QByteArray &der) { return m_ca->machine(der); });
    if (!checked)
        return checked.failure();
    if (checked->opened.recordId != recordId)
        return failure("seal.other-record", [] { return EnvelopeTr::tr("The envelope is another record's."); });
    return SealedBy { checked->opened.pointCode, checked->opened.machineKeyId };
}

Status verifySealedEnvelope(const QByteArray &envelope, const QByteArray &caPem, const QUuid &recordId)
{
    const Result<SealedBy> sealed = SealVerifier(caPem).verify(envelope, recordId);
    if (!sealed)
        return sealed.failure();
    return Done {};
}

Result<OpenedEnvelope> EnvelopeOpener::open(const QByteArray &envelopeBytes) const
{
    X509 *ca = m_keys->ca.get();
    Result<CheckedEnvelope> checked
        = checkedEnvelope(envelopeBytes, ca, [ca](const QByteArray &der) { return parseMachineCertificate(der, ca); });
    if (!checked)
        return checked.failure();
    OpenedEnvelope opened = checked->opened;
    const QJsonObject &header = checked->header;
    const QByteArray *parts = checked->parts;
    const Failure malformed = failure(
        "seal.format", [] { return EnvelopeTr::tr("This is not a RegPoint sealed record, or it is damaged."); });
    const QByteArray &wrapped = parts[1], &nonce = parts[2], &ciphertext = parts[3], &tag = parts[4];

    if (opened.provinceKeyId != m_keys->provinceKeyId)
        return failure("seal.wrong-province-key", [provinceKeyId = opened.provinceKeyId.left(16)] {
            return EnvelopeTr::tr("The record is sealed to another province key (id %1).").arg(provinceKeyId);
        });
    // The output buffer must hold a whole RSA block; the key is its first 32 bytes.
    QByteArray key(EVP_PKEY_get_size(m_keys->province.get()), Qt::Uninitialized);
    {
        Ossl::Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_keys->province.get(), nullptr));
        auto size = size_t(key.size());
        if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
            || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256()) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256()) != 1
            || EVP_PKEY_decrypt(ctx.get(), Ossl::bytes(key), &size, Ossl::bytes(wrapped), size_t(wrapped.size())) != 1
            || size != size_t(kKeySize)) {
            wipe(key);
            return failure("seal.unwrap-failed",
                [] { return EnvelopeTr::tr("The record key cannot be unwrapped with this province key."); });
        }
        key.resize(kKeySize);
    }

    const QByteArray aad = canonicalJson(header);
    QByteArray plain(ciphertext.size(), Qt::Uninitialized);
    Ossl::Ptr<EVP_CIPHER_CTX> cipher(EVP_CIPHER_CTX_new());
    int length = 0, finalLength = 0;
    const bool decrypted = nonce.size() == kNonceSize && tag.size() == kTagSize && cipher
        && EVP_DecryptInit_ex2(cipher.get(), EVP_aes_256_gcm(), Ossl::bytes(key), Ossl::bytes(nonce), nullptr) == 1
        && EVP_DecryptUpdate(cipher.get(), nullptr, &length, Ossl::bytes(aad), int(aad.size())) == 1
        && EVP_DecryptUpdate(cipher.get(), Ossl::bytes(plain), &length, Ossl::bytes(ciphertext), int(ciphertext.size()))
            == 1
        && EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, const_cast<char *>(tag.constData())) == 1
        && EVP_DecryptFinal_ex(cipher.get(), Ossl::bytes(plain) + length, &finalLength) == 1;
    wipe(key);
    if (!decrypted || plain.size() < 4) {
        wipe(plain);
        return failure(
            "seal.decrypt-failed", [] { return EnvelopeTr::tr("The sealed record does not decrypt: it is damaged."); });
    }
    const auto jsonSize = qFromBigEndian<quint32>(plain.constData());
    if (jsonSize > quint32(plain.size() - 4)) {
        wipe(plain);
        return malformed;
    }
    opened.content.recordId = opened.recordId;
    opened.content.recordJson = plain.mid(4, jsonSize);
    opened.content.photoJpeg = plain.mid(4 + jsonSize);
    wipe(plain);
    return opened;
}

} // namespace RegPoint::Exchange
