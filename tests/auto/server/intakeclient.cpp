#include "intakeclient.h"

#include "jsonfields.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/ssl.h>

#include <optional>

namespace RegPoint::Testing {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpAnswer::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct IntakeClient::Impl
{
    quint16 port;
    net::io_context io;
    ssl::context context { ssl::context::tls_client };
    std::optional<beast::ssl_stream<beast::tcp_stream>> stream;
    beast::flat_buffer buffer;

    QString connect()
    {
        if (stream)
            return {};
        try {
            stream.emplace(io, context);
            if (!SSL_set_tlsext_host_name(stream->native_handle(), "localhost")
                || SSL_set1_host(stream->native_handle(), "localhost") != 1)
                return QStringLiteral("cannot set the host name");
            beast::get_lowest_layer(*stream).expires_after(std::chrono::seconds(60));
            beast::get_lowest_layer(*stream).connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
            stream->handshake(ssl::stream_base::client);
            // TLS 1.3 servers refuse a client certificate after the client's handshake is done:
            // read nothing yet, the refusal shows at the first read.
            return {};
        } catch (const std::exception &e) {
            stream.reset();
            return QString::fromStdString(e.what());
        }
    }

    HttpAnswer exchange(const std::function<void()> &write)
    {
        // A kept-alive connection the server has closed meanwhile (idle timeout) fails before
        // any answer: once more on a new one, as a point retries a transport failure.
        const bool reused = stream.has_value();
        HttpAnswer answer = exchangeOnce(write);
        if (reused && answer.status == 0)
            answer = exchangeOnce(write);
        return answer;
    }

    HttpAnswer exchangeOnce(const std::function<void()> &write)
    {
        HttpAnswer answer;
        if (const QString error = connect(); !error.isEmpty()) {
            answer.error = error;
            return answer;
        }
        try {
            beast::get_lowest_layer(*stream).expires_after(std::chrono::seconds(60));
            write();
            http::response_parser<http::string_body> parser;
            parser.body_limit(std::uint64_t(64) * 1024 * 1024);
            http::read(*stream, buffer, parser);
            const auto &response = parser.get();
            answer.status = int(response.result_int());
            answer.body = QByteArray::fromStdString(response.body());
            for (const auto &field : response)
                answer.headers.append({ QByteArray::fromStdString(std::string(field.name_string())),
                    QByteArray::fromStdString(std::string(field.value())) });
            if (!response.keep_alive())
                stream.reset();
        } catch (const std::exception &e) {
            answer.error = QString::fromStdString(e.what());
            stream.reset();
            buffer.clear();
        }
        return answer;
    }
};

IntakeClient::IntakeClient(quint16 port, const QByteArray &caPem, const TestPoint &point)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->port = port;
    auto &context = m_impl->context;
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    context.add_certificate_authority(net::buffer(caPem.constData(), size_t(caPem.size())));
    context.set_verify_mode(ssl::verify_peer);
    if (!point.certPem.isEmpty()) {
        context.use_certificate(
            net::buffer(point.certPem.constData(), size_t(point.certPem.size())), ssl::context::pem);
        context.use_private_key(net::buffer(point.keyPem.constData(), size_t(point.keyPem.size())), ssl::context::pem);
    }
}

IntakeClient::~IntakeClient() = default;

HttpAnswer IntakeClient::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_impl->exchange([&] {
        http::request<http::string_body> request(http::string_to_verb(method.toStdString()), target.toStdString(), 11);
        request.set(http::field::host, "localhost");
        request.set("RegPoint-Protocol", "1");
        request.set("RegPoint-Clock", Exchange::utcTimeText(QDateTime::currentDateTimeUtc()).toStdString());
        if (!body.isEmpty())
            request.set(http::field::content_type, "application/json");
        for (const auto &[name, value] : headers) {
            if (value.isEmpty())
                request.erase(name.toStdString());
            else
                request.set(name.toStdString(), value.toStdString());
        }
        request.body() = body.toStdString();
        request.keep_alive(true);
        request.prepare_payload();
        http::write(*m_impl->stream, request);
    });
}

HttpAnswer IntakeClient::raw(const QByteArray &bytes)
{
    return m_impl->exchange([&] { net::write(*m_impl->stream, net::buffer(bytes.constData(), size_t(bytes.size()))); });
}

QString IntakeClient::handshake()
{
    m_impl->stream.reset();
    QString error = m_impl->connect();
    if (!error.isEmpty())
        return error;
    // Under TLS 1.3 the server's refusal of our certificate arrives after the handshake: ask
    // for health and see whether an HTTP answer comes back.
    const HttpAnswer answer = request("GET", "/v1/health");
    return answer.status == 0 ? answer.error : QString();
}

} // namespace RegPoint::Testing
