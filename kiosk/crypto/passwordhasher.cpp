#include "passwordhasher.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace RegPoint::Kiosk {

namespace {

constexpr int kSaltSize = 16;
constexpr int kHashSize = 32;
constexpr uint64_t kMaxMemory = 256ull * 1024 * 1024;

QByteArray scrypt(QByteArrayView password, const QByteArray &salt, const PasswordHasher::Cost &cost)
{
    QByteArray out(kHashSize, Qt::Uninitialized);
    const int ok = EVP_PBE_scrypt(password.data(), size_t(password.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), uint64_t(1) << cost.logN,
        uint64_t(cost.r), uint64_t(cost.p), kMaxMemory, reinterpret_cast<unsigned char *>(out.data()),
        size_t(out.size()));
    if (ok != 1) {
        qCCritical(lcVault) << "scrypt failed";
        return {};
    }
    return out;
}

} // namespace

QByteArray PasswordHasher::derive(QByteArrayView password, const QByteArray &salt, const Cost &cost) const
{
    if (m_observer)
        m_observer(cost);
    return scrypt(password, salt, cost);
}

QString PasswordHasher::hash(QByteArrayView password) const
{
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltSize) != 1)
        return {};
    const QByteArray digest = derive(password, salt, m_cost);
    if (digest.isEmpty())
        return {};
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$").arg(m_cost.logN).arg(m_cost.r).arg(m_cost.p)
        + QString::fromLatin1(salt.toBase64()) + u'$' + QString::fromLatin1(digest.toBase64());
}

bool PasswordHasher::verify(QByteArrayView password, const QString &encoded) const
{
    static const QRegularExpression format(QStringLiteral(
        "^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+)$"));
    const QRegularExpressionMatch m = format.match(encoded);
    const Cost cost = m.hasMatch() ? Cost { m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt() }
                                   : Cost { 0, 0, 0 };
    if (cost.logN < 1 || cost.logN > 20 || cost.r < 1 || cost.p < 1) {
        // A damaged hash still costs one run at our own cost: its answer takes as long as any other.
        (void)derive(password, QByteArray(kSaltSize, '\0'), m_cost);
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(m.captured(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(m.captured(5).toLatin1());
    const QByteArray actual = derive(password, salt, cost);
    return !actual.isEmpty() && actual.size() == expected.size()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

QString PasswordHasher::decoy() const
{
    // Random salt and digest at this hasher's cost: checking a password against it runs scrypt
    // once, like a real hash, but making it runs nothing (no password has this digest).
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    QByteArray digest(kHashSize, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltSize);
    RAND_bytes(reinterpret_cast<unsigned char *>(digest.data()), kHashSize);
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$").arg(m_cost.logN).arg(m_cost.r).arg(m_cost.p)
        + QString::fromLatin1(salt.toBase64()) + u'$' + QString::fromLatin1(digest.toBase64());
}

} // namespace RegPoint::Kiosk
