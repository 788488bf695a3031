#include "httpsserver.h"

#include "intakelog.h"
#include "intakeservice.h"

#include <QJsonDocument>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <array>
#include <thread>

namespace RegPoint::Intake {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using namespace Qt::StringLiterals;

namespace {

constexpr std::uint32_t kHeaderLimit = 8 * 1024;
constexpr std::uint64_t kLargestBody = std::uint64_t(1024) * 1024;
constexpr std::size_t kDrainBytes = std::size_t(4) * 1024 * 1024;
constexpr auto kDrainTime = std::chrono::seconds(5);
constexpr auto kHandshakeTimeout = std::chrono::seconds(30);
constexpr auto kWriteTimeout = std::chrono::seconds(30);

// The verified client certificate: its common name and PEM.
Sender senderOf(SSL *ssl)
{
    X509 *cert = SSL_get1_peer_certificate(ssl);
    if (!cert)
        return {};
    QString pointCode;
    char name[256] = {};
    const int size = X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, name, sizeof name);
    if (size > 0)
        pointCode = QString::fromUtf8(name, size);
    QByteArray pem;
    BIO *bio = BIO_new(BIO_s_mem());
    if (bio && PEM_write_bio_X509(bio, cert) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, length);
    }
    BIO_free(bio);
    X509_free(cert);
    return Sender::fromCertificate(std::move(pointCode), std::move(pem));
}

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, ssl::context &context, IntakeService &service, std::chrono::milliseconds timeout)
        : m_stream(std::move(socket), context)
        , m_timer(m_stream.get_executor())
        , m_service(service)
        , m_timeout(timeout)
    {
        beast::error_code ignored;
        const tcp::endpoint peer = beast::get_lowest_layer(m_stream).socket().remote_endpoint(ignored);
        m_peer = QString::fromStdString(peer.address().to_string());
    }

    void start()
    {
        beast::get_lowest_layer(m_stream).expires_after(kHandshakeTimeout);
        m_stream.async_handshake(
            ssl::stream_base::server, [self = shared_from_this()](beast::error_code ec) { self->onHandshake(ec); });
    }

private:
    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            // No HTTP status ever reaches a client the handshake refused.
            logEvent("tls-refused", { { "peer", m_peer }, { "reason", QString::fromStdString(ec.message()) } });
            return;
        }
        m_sender = senderOf(m_stream.native_handle());
        readHeader();
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->header_limit(kHeaderLimit);
        // Beast checks Content-Length against this as soon as the header is in: the largest
        // any endpoint takes; admit() then lowers it to the endpoint's own.
        m_parser->body_limit(kLargestBody);
        m_timedOut = false;
        m_reading = true;
        beast::get_lowest_layer(m_stream).expires_never();
        // The whole request (header and body) must arrive within the timeout; then 408.
        m_timer.expires_after(m_timeout);
        m_timer.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (ec || !self->m_reading) // cancelled, or fired just as the request completed
                return;
            self->m_timedOut = true;
            beast::error_code ignored;
            beast::get_lowest_layer(self->m_stream).socket().cancel(ignored);
        });
        m_started = std::chrono::steady_clock::now();
        http::async_read_header(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    IntakeRequest requestHead() const
    {
        const auto &message = m_parser->get();
        IntakeRequest request;
        request.method = QByteArray::fromStdString(std::string(message.method_string()));
        request.target = QByteArray::fromStdString(std::string(message.target()));
        if (const auto found = message.find("RegPoint-Protocol"); found != message.end())
            request.protocol = QByteArray::fromStdString(std::string(found->value()));
        if (const auto found = message.find("RegPoint-Clock"); found != message.end())
            request.clock = QByteArray::fromStdString(std::string(found->value()));
        return request;
    }

    // A read that failed: the connection closes after the answer, if one is owed.
    void onReadFailure(beast::error_code ec)
    {
        const bool idle = m_timedOut && !m_parser->got_some() && m_buffer.size() == 0;
        const bool gone = ec == http::error::end_of_stream || ec == net::error::eof
            || ec == ssl::error::stream_truncated || ec == net::error::connection_reset
            || ec == net::error::operation_aborted;
        // An idle keep-alive connection is closed without an answer nobody asked for; a peer
        // that went away gets none either.
        if (idle || (gone && !m_timedOut)) {
            close();
        } else if (m_timedOut) {
            respond(IntakeService::error(408, u"request.timeout"_s, u"The request was not complete in time."_s), true);
        } else if (ec == http::error::header_limit) {
            respond(IntakeService::error(413, u"request.too-large"_s, u"Header over 8 KiB."_s), true);
        } else if (ec == http::error::body_limit) {
            respond(IntakeService::error(413, u"request.too-large"_s, u"Body over this endpoint's limit."_s), true);
        } else {
            respond(
                IntakeService::error(400, u"request.malformed"_s,
                    u"Not an HTTP request: "_s + QString::fromStdString(ec.message()), { { u"field"_s, QString() } }),
                true);
        }
    }

    void onHeader(beast::error_code ec)
    {
        if (ec)
            return onReadFailure(ec);
        m_request = requestHead();
        const IntakeService::Admission admission = m_service.admit(m_sender, m_request);
        if (admission.refusal) {
            m_timer.cancel();
            // A body we will not read would be taken for the next request: close after answering.
            return respond(*admission.refusal, !m_parser->is_done());
        }
        // A Content-Length was checked against the largest limit with the header; the endpoint's
        // own is checked here. A chunked body meets the limit as it arrives.
        if (const auto length = m_parser->content_length(); length && *length > std::uint64_t(admission.bodyLimit))
            return onReadFailure(http::error::body_limit);
        m_parser->body_limit(std::uint64_t(admission.bodyLimit));
        acknowledgeNow();
        http::async_read(m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
    }

    // Qt's HTTP client writes a request's header and body apart, without TCP_NODELAY: Nagle's
    // algorithm holds the body until the header is acknowledged, and delayed ACK holds that
    // acknowledgement for up to 40 ms. Acknowledging now ends that wait (6.9 s -> 2.8 s for 400
    // records in bench_daysync). Linux resets the flag by itself, so it is set per request.
    void acknowledgeNow()
    {
        const int on = 1;
        ::setsockopt(
            beast::get_lowest_layer(m_stream).socket().native_handle(), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }

    void onBody(beast::error_code ec)
    {
        if (ec)
            return onReadFailure(ec);
        m_timer.cancel();
        const std::string &body = m_parser->get().body();
        m_request.body = QByteArray(body.data(), qsizetype(body.size()));
        // An upload is answered from the committer's thread: back onto this connection's strand.
        m_service.handle(m_sender, m_request, [self = shared_from_this()](IntakeResponse answer) {
            net::dispatch(self->m_stream.get_executor(),
                [self, answer = std::move(answer)] { self->respond(answer, !self->m_parser->get().keep_alive()); });
        });
    }

    void respond(const IntakeResponse &answer, bool closeAfter)
    {
        m_reading = false;
        m_timer.cancel();
        const qint64 ms
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started)
                  .count();
        const QByteArray path = targetPath(m_request.target);
        logEvent("request",
            { { "peer", m_peer }, { "point", m_sender.pointCode }, { "method", QString::fromLatin1(m_request.method) },
                { "path", QString::fromLatin1(path.left(200)) }, { "status", QString::number(answer.status) },
                { "code", answer.code }, { "ms", QString::number(ms) } });
        m_close = closeAfter || answer.closeConnection;
        auto response = std::make_shared<http::response<http::string_body>>(http::status(answer.status), 11);
        response->set(http::field::server, "regpoint-intake");
        response->set(http::field::content_type, "application/json");
        if (answer.retryAfterSeconds > 0)
            response->set(http::field::retry_after, std::to_string(answer.retryAfterSeconds));
        response->body() = QJsonDocument(answer.body).toJson(QJsonDocument::Compact).toStdString();
        response->keep_alive(!m_close);
        response->prepare_payload();
        m_request = {};
        beast::get_lowest_layer(m_stream).expires_after(kWriteTimeout);
        http::async_write(m_stream, *response,
            [self = shared_from_this(), response](beast::error_code ec, std::size_t) { self->onWritten(ec); });
    }

    void onWritten(beast::error_code ec)
    {
        if (!ec && m_close && m_parser && !m_parser->is_done())
            return drain();
        if (ec || m_close)
            return close();
        readHeader();
    }

    // The client may still be sending the body we refused: closing now would reset the
    // connection and could destroy our answer in its receive buffer. Read and drop what comes
    // (bounded in bytes and time) until it stops, then close.
    void drain()
    {
        m_reading = false;
        beast::get_lowest_layer(m_stream).expires_after(kDrainTime);
        m_stream.async_read_some(
            net::buffer(m_scratch), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                self->m_drained += n;
                if (ec || self->m_drained > kDrainBytes) {
                    beast::error_code ignored;
                    beast::get_lowest_layer(self->m_stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
                    beast::get_lowest_layer(self->m_stream).close();
                    return;
                }
                self->drain();
            });
    }

    void close()
    {
        m_reading = false;
        m_timer.cancel();
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
        m_stream.async_shutdown([self = shared_from_this()](beast::error_code) {
            beast::error_code ignored;
            beast::get_lowest_layer(self->m_stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
            beast::get_lowest_layer(self->m_stream).close();
        });
    }

    beast::ssl_stream<beast::tcp_stream> m_stream;
    net::steady_timer m_timer;
    IntakeService &m_service;
    std::chrono::milliseconds m_timeout;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    IntakeRequest m_request;
    Sender m_sender;
    QString m_peer;
    std::array<char, 16384> m_scratch {};
    std::size_t m_drained = 0;
    bool m_timedOut = false;
    bool m_reading = false;
    bool m_close = false;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
};

} // namespace

struct HttpsServer::Impl
{
    Impl(IntakeService &s, Settings st)
        : service(s)
        , settings(std::move(st))
        , io(std::max(1, settings.threads))
        , context(ssl::context::tls_server)
        , acceptor(net::make_strand(io))
    { }

    void accept()
    {
        acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
            if (!ec)
                std::make_shared<Session>(std::move(socket), context, service, settings.requestTimeout)->start();
            else
                logEvent("accept-failed", { { "reason", QString::fromStdString(ec.message()) } });
            if (acceptor.is_open())
                accept();
        });
    }

    IntakeService &service;
    Settings settings;
    net::io_context io;
    ssl::context context;
    tcp::acceptor acceptor;
};

HttpsServer::HttpsServer(IntakeService &service, Settings settings)
    : m_impl(std::make_unique<Impl>(service, std::move(settings)))
{ }

HttpsServer::~HttpsServer() = default;

quint16 HttpsServer::listen(QString *error)
{
    Impl &d = *m_impl;
    try {
        d.context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
            | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
        SSL_CTX_set_min_proto_version(d.context.native_handle(), TLS1_2_VERSION);
        d.context.use_certificate_chain_file(d.settings.certFile.toStdString());
        d.context.use_private_key_file(d.settings.keyFile.toStdString(), ssl::context::pem);
        d.context.load_verify_file(d.settings.caFile.toStdString());
        d.context.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
        // Only certificates issued for client authentication: the intake's own server or signing
        // certificate, from the same CA, cannot log in as a point.
        SSL_CTX_set_purpose(d.context.native_handle(), X509_PURPOSE_SSL_CLIENT);
        // The CA's name in the CertificateRequest, so clients pick the right certificate.
        SSL_CTX_set_client_CA_list(
            d.context.native_handle(), SSL_load_client_CA_file(d.settings.caFile.toLocal8Bit().constData()));

        const tcp::endpoint endpoint(net::ip::make_address(d.settings.address.toStdString()), d.settings.port);
        d.acceptor.open(endpoint.protocol());
        d.acceptor.set_option(net::socket_base::reuse_address(true));
        d.acceptor.bind(endpoint);
        d.acceptor.listen(net::socket_base::max_listen_connections);
        return d.acceptor.local_endpoint().port();
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return 0;
    }
}

void HttpsServer::run()
{
    Impl &d = *m_impl;
    net::signal_set signals(d.io, SIGINT, SIGTERM);
    signals.async_wait([&d](beast::error_code, int) {
        logEvent("stopping", {});
        d.io.stop();
    });
    d.accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < std::max(1, d.settings.threads); ++i)
        threads.emplace_back([&d] { d.io.run(); });
    d.io.run();
    for (std::thread &t : threads)
        t.join();
    // Uploads still in the committer answer into the stopped io_context, which must outlive them.
    d.service.waitForCommits();
}

} // namespace RegPoint::Intake
