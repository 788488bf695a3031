#include "cryptolibrary.h"

#include <openssl/crypto.h>

namespace RegPoint::Exchange {

QString cryptoLibraryVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace RegPoint::Exchange
