#include "wipe.h"

#include <openssl/crypto.h>

namespace RegPoint {

void wipe(QByteArray &buffer)
{
    // A shared buffer is someone else's too: only the last holder overwrites it.
    if (!buffer.isEmpty() && buffer.isDetached())
        OPENSSL_cleanse(buffer.data(), size_t(buffer.size()));
    buffer.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace RegPoint
