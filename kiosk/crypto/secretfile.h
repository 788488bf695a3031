#pragma once

#include <QByteArray>
#include <QString>

namespace RegPoint::Kiosk {

enum class SecretFileResult
{
    Written,
    AlreadyExists, // never replaced: a key that appeared meanwhile wins
    CannotCreateFolder,
    CannotWrite,
};

// Writes a key file readable by the service user only: the folder 0700, the file 0600 from its
// first byte (O_EXCL), flushed to disk before returning.
SecretFileResult writeSecretFile(const QString &path, const QByteArray &bytes);

} // namespace RegPoint::Kiosk
