#include "cupsconnection.h"

namespace RegPoint::Devices {

namespace {
// A request that waits longer than this on the scheduler fails, and the caller's poll tries again.
constexpr int kConnectMs = 5000;
constexpr double kRequestSeconds = 10.0;
} // namespace

QString lastCupsError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

http_t *connectToPrintService(const QString &server, QueueError &error)
{
    const QByteArray host = server.isEmpty() ? QByteArray(cupsServer()) : server.toUtf8();
    const bool local = host.startsWith('/') || host == "localhost" || host == "127.0.0.1" || host == "::1";
    const http_encryption_t encryption = local ? HTTP_ENCRYPTION_IF_REQUESTED : HTTP_ENCRYPTION_REQUIRED;
    http_t *http = httpConnect2(host.constData(), ippPort(), nullptr, AF_UNSPEC, encryption, 1, kConnectMs, nullptr);
    if (!http) {
        error.message = u"cannot reach the print service at "_qs + QString::fromUtf8(host) + u": "_qs + lastCupsError();
        return nullptr;
    }
    httpSetTimeout(http, kRequestSeconds, nullptr, nullptr);
    return http;
}

} // namespace RegPoint::Devices
