#pragma once

#include "result.h"
#include "wipe.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

// Encrypts this point's working copy of personal data at rest (AES-256-GCM under a local data key)
// and derives blind indexes, so the store can find a candidate by ID number without storing it.
// The key lives in a 0600 file of the service user; losing the file makes the local copy unreadable,
// which is the point: the province's copy is separate (sealed records).
class LocalVault
{
public:
    static constexpr int kKeySize = 32;

    // Reads the key file, or creates it (0600, in a 0700 folder) when `mayCreate`.
    static Result<LocalVault> open(const QString &keyFile, bool mayCreate);
    static LocalVault fromKey(const QByteArray &key);

    ~LocalVault();
    LocalVault(const LocalVault &) = default;
    LocalVault &operator=(const LocalVault &) = default;
    LocalVault(LocalVault &&) = default;
    LocalVault &operator=(LocalVault &&) = default;

    // Nonce and tag travel inside the result. `context` binds the ciphertext to its row (record id),
    // so a ciphertext copied onto another row does not open.
    QByteArray encrypt(QByteArrayView plaintext, QByteArrayView context) const;
    std::optional<QByteArray> decrypt(QByteArrayView sealed, QByteArrayView context) const;
    // HMAC-SHA256 of `value` under a key derived for `purpose`.
    QByteArray blindIndex(QByteArrayView purpose, QByteArrayView value) const;

private:
    explicit LocalVault(QByteArray key);
    QByteArray m_key;
};

} // namespace RegPoint::Kiosk
