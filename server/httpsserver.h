#pragma once

#include <QString>

#include <chrono>
#include <memory>

namespace RegPoint::Intake {

class IntakeService;

// The HTTPS front of the intake (Boost.Beast over Asio + OpenSSL): mutual TLS 1.2+ against the
// provincial CA (a client without a certificate, or with another CA's, never gets an HTTP status),
// Beast's parser with an 8 KiB header limit and each endpoint's body limit, a whole-request
// timeout answered with 408, and one log line per request. `threads` run one io_context.
class HttpsServer
{
public:
    struct Settings
    {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0; // 0: a free one
        QString caFile, certFile, keyFile;
        int threads = 2;
        std::chrono::milliseconds requestTimeout { 30000 };
    };
    HttpsServer(IntakeService &service, Settings settings);
    ~HttpsServer();
    HttpsServer(const HttpsServer &) = delete;
    HttpsServer &operator=(const HttpsServer &) = delete;

    // Loads the certificates and binds; returns the port, or 0 with `error` set.
    quint16 listen(QString *error);
    // Serves until SIGINT or SIGTERM.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace RegPoint::Intake
