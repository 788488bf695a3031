#include "localvault.h"

#include "crypto/secretfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcVault, "regpoint.kiosk.crypto")

namespace RegPoint::Kiosk {

namespace {

struct LocalVaultTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::LocalVault)
};

constexpr char kFormatVersion = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const auto *ucharData(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

Failure keyFailure(const QString &code, const QString &message)
{
    return { code, message };
}

Result<QByteArray> createKeyFile(const QString &keyFile)
{
    QByteArray key(LocalVault::kKeySize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return keyFailure(QStringLiteral("vault.no-randomness"),
            LocalVaultTr::tr("The system random generator failed. Restart the workstation."));
    switch (writeSecretFile(keyFile, key)) {
    case SecretFileResult::Written:
        qCInfo(lcVault) << "created a new local data key";
        return key;
    case SecretFileResult::CannotCreateFolder:
        return keyFailure(QStringLiteral("vault.cannot-create"),
            LocalVaultTr::tr("Cannot create the key folder %1. Check that the disk is writable.")
                .arg(QFileInfo(keyFile).absolutePath()));
    case SecretFileResult::AlreadyExists:
        return keyFailure(QStringLiteral("vault.cannot-create"),
            LocalVaultTr::tr("Cannot create the local key file %1.").arg(keyFile));
    case SecretFileResult::CannotWrite:
        break;
    }
    return keyFailure(QStringLiteral("vault.cannot-create"),
        LocalVaultTr::tr("Cannot write the local key file %1. Check free disk space.").arg(keyFile));
}

} // namespace

LocalVault::LocalVault(QByteArray key)
    : m_key(std::move(key))
{ }

LocalVault::~LocalVault()
{
    if (m_key.isDetached())
        wipe(m_key);
}

LocalVault LocalVault::fromKey(const QByteArray &key)
{
    Q_ASSERT(key.size() == kKeySize);
    return LocalVault(key);
}

Result<LocalVault> LocalVault::open(const QString &keyFile, bool mayCreate)
{
    QFile file(keyFile);
    if (!file.exists()) {
        if (!mayCreate)
            return keyFailure(QStringLiteral("vault.key-missing"),
                LocalVaultTr::tr("The local data key %1 is missing, so the saved records cannot be read. "
                                 "Do not register anyone: call the technician to restore the key from the backup.")
                    .arg(keyFile));
        Result<QByteArray> created = createKeyFile(keyFile);
        if (!created)
            return created.failure();
        return LocalVault(std::move(created).value());
    }
    // O_NOFOLLOW: a link planted in place of the key must not have its target read or chmodded.
    const int fd = ::open(QFile::encodeName(keyFile).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st = {};
    // One name only: a hard link from elsewhere would be another file's mode to change.
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1) {
        if (fd >= 0)
            ::close(fd);
        return keyFailure(QStringLiteral("vault.key-unreadable"),
            LocalVaultTr::tr(
                "Cannot read the local data key %1 (missing rights, or not a plain file). Run RegPoint as its "
                "service user and call the technician.")
                .arg(keyFile));
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        qCWarning(lcVault) << "local key file was readable by others; restricting it to its owner";
        ::fchmod(fd, 0600);
    }
    QByteArray key(kKeySize + 1, Qt::Uninitialized);
    const ssize_t got = ::read(fd, key.data(), size_t(key.size()));
    ::close(fd);
    key.resize(std::max<ssize_t>(0, got));
    if (key.size() != kKeySize) {
        wipe(key);
        return keyFailure(QStringLiteral("vault.key-damaged"),
            LocalVaultTr::tr("The local data key %1 is damaged. Call the technician to restore it from the backup.")
                .arg(keyFile));
    }
    return LocalVault(std::move(key));
}

QByteArray LocalVault::encrypt(QByteArrayView plaintext, QByteArrayView context) const
{
    QByteArray out(1 + kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = kFormatVersion;
    unsigned char *nonce = bytes + 1;
    unsigned char *body = nonce + kNonceSize;
    unsigned char *tag = body + plaintext.size();

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    const bool ok = ctx && RAND_bytes(nonce, kNonceSize) == 1
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, ucharData(m_key), nonce) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, ucharData(context), int(context.size())) == 1
        && EVP_EncryptUpdate(ctx.get(), body, &len, ucharData(plaintext), int(plaintext.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), body + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag) == 1;
    if (!ok) {
        // Never fall back to storing the plaintext.
        qCCritical(lcVault) << "AES-GCM encryption failed";
        return {};
    }
    return out;
}

std::optional<QByteArray> LocalVault::decrypt(QByteArrayView sealed, QByteArrayView context) const
{
    if (sealed.size() < 1 + kNonceSize + kTagSize || sealed.at(0) != kFormatVersion)
        return std::nullopt;
    const auto *nonce = ucharData(sealed) + 1;
    const auto *body = nonce + kNonceSize;
    const int bodySize = int(sealed.size()) - 1 - kNonceSize - kTagSize;
    QByteArray tag = sealed.last(kTagSize).toByteArray();

    QByteArray out(bodySize, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, ucharData(m_key), nonce) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, ucharData(context), int(context.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, body, bodySize) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &len) == 1;
    if (!ok) {
        wipe(out);
        return std::nullopt;
    }
    return out;
}

QByteArray LocalVault::blindIndex(QByteArrayView purpose, QByteArrayView value) const
{
    unsigned char subkey[EVP_MAX_MD_SIZE];
    unsigned int subkeyLen = 0;
    HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()), ucharData(purpose), size_t(purpose.size()), subkey,
        &subkeyLen);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLen = 0;
    HMAC(EVP_sha256(), subkey, int(subkeyLen), ucharData(value), size_t(value.size()), mac, &macLen);
    OPENSSL_cleanse(subkey, sizeof subkey);
    return { reinterpret_cast<const char *>(mac), int(macLen) };
}

} // namespace RegPoint::Kiosk
