#include "intakeclient.h"

#include "clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcSync, "regpoint.kiosk.sync")

namespace RegPoint::Kiosk {

namespace {

struct IntakeClientTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::IntakeClient)
};

const QSet<QString> kBatchStopping { QStringLiteral("tls.handshake"), QStringLiteral("point.not-enrolled"),
    QStringLiteral("protocol.version"), QStringLiteral("clock.skew"), QStringLiteral("audit.head-backwards"),
    QStringLiteral("audit.head-forked"), QStringLiteral("audit.head-signature"), QStringLiteral("sync.bad-answer"),
    QStringLiteral("sync.not-configured"), QStringLiteral("sync.receipt-invalid"), QStringLiteral("request.malformed"),
    QStringLiteral("request.too-large"), QStringLiteral("request.unknown"), QStringLiteral("request.method") };
const QSet<QString> kTransient { QStringLiteral("sync.unreachable"), QStringLiteral("sync.busy"),
    QStringLiteral("request.timeout"), QStringLiteral("point.rate-limited"), QStringLiteral("server.unavailable"),
    QStringLiteral("server.internal") };

// What the clerk reads for a code the server sent; the server's own message goes to the log.
QString messageFor(const QString &code)
{
    if (code == u"point.not-enrolled")
        return IntakeClientTr::tr(
            "The province does not recognise this point's certificate. Sending has stopped; call the "
            "technician to have the point enrolled again.");
    if (code == u"protocol.version")
        return IntakeClientTr::tr(
            "The province's server speaks another version of the sync protocol. Sending has stopped; "
            "this workstation needs an update.");
    if (code == u"clock.skew")
        return IntakeClientTr::tr(
            "This workstation's clock differs from the province's by more than five minutes. Sending "
            "has stopped; correct the clock (supervisor), then sync again.");
    if (code == u"audit.head-backwards" || code == u"audit.head-forked")
        return IntakeClientTr::tr(
            "The province has seen a newer audit log from this point than the one here: this store "
            "may have been rolled back or copied. Sending has stopped; call the supervisor and the "
            "exam office before registering anyone else.");
    if (code == u"audit.head-signature")
        return IntakeClientTr::tr(
            "The province could not verify this point's audit log signature. Sending has stopped; call "
            "the technician.");
    if (code == u"point.rate-limited" || code == u"server.unavailable" || code == u"server.internal"
        || code == u"request.timeout")
        return IntakeClientTr::tr(
            "The province's server is busy or unavailable. Nothing is lost; sending resumes by itself.");
    return IntakeClientTr::tr(
        "The province's server refused the request (%1). Sending has stopped; call the technician.")
        .arg(code);
}

} // namespace

FailureKind failureKind(const QString &code)
{
    if (kTransient.contains(code))
        return FailureKind::Transient;
    if (kBatchStopping.contains(code))
        return FailureKind::StopsBatch;
    return FailureKind::Record;
}

IntakeClient::IntakeClient(IntakeEndpoint endpoint, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
    // Only the CA the point was provisioned with may vouch for the server; its host name is checked
    // against the URL (Qt's default for VerifyPeer). Parsed once: every request shares it.
    m_tls = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    m_tls->setCaCertificates(QSslCertificate::fromData(m_endpoint.caPem, QSsl::Pem));
    m_tls->setLocalCertificate(QSslCertificate(m_endpoint.certificatePem, QSsl::Pem));
    m_tls->setPrivateKey(QSslKey(m_endpoint.privateKeyPem, QSsl::Ec, QSsl::Pem));
    m_tls->setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls->setProtocol(QSsl::TlsV1_2OrLater);
}

IntakeClient::~IntakeClient() = default;

void IntakeClient::get(const QString &path, Callback done)
{
    send("GET", path, {}, {}, std::move(done));
}

void IntakeClient::postJson(const QString &path, const QJsonObject &body, Callback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", std::move(done));
}

void IntakeClient::putBytes(const QString &path, const QByteArray &body, Callback done)
{
    send("PUT", path, body, "application/json", std::move(done));
}

void IntakeClient::send(
    const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType, Callback done)
{
    // "/v1/forms?after=12": the query stays a query (setPath alone would encode the '?').
    QUrl url = m_endpoint.base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(*m_tls);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("RegPoint-Protocol", QByteArray::number(kProtocolVersion));
    request.setRawHeader("RegPoint-Clock", m_clock.now().toUTC().toString(Qt::ISODate).toLatin1()); // "…Z", seconds
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);

    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        --m_inFlight;
        done(outcomeOf(reply));
    });
}

Result<QJsonObject> IntakeClient::outcomeOf(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    // Qt's network-layer errors come before its proxy ones: an answer broken off after its status
    // line (a connection cut, a record garbled on the wire) is no answer, not a bad one.
    const bool brokenOff
        = networkError != QNetworkReply::NoError && networkError < QNetworkReply::ProxyConnectionRefusedError;
    if (status == 0 || brokenOff) {
        // No (whole) HTTP answer: the handshake, or the network.
        qCInfo(lcSync) << "no answer from" << m_endpoint.base.authority() << status << networkError
                       << reply->errorString();
        if (status == 0 && networkError == QNetworkReply::SslHandshakeFailedError)
            return Failure { QStringLiteral("tls.handshake"),
                [] {
                    return IntakeClientTr::tr(
                        "The secure connection to the province failed: the server's or this point's certificate "
                        "was refused. Sending has stopped; call the technician.");
                } };
        return Failure { QStringLiteral("sync.unreachable"),
            [] {
                return IntakeClientTr::tr(
                    "The province's server cannot be reached. Nothing is lost: records wait here and are sent "
                    "when the network is back.");
            } };
    }
    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (status >= 200 && status < 300) {
        if (parse.error != QJsonParseError::NoError || !document.isObject())
            return Failure { QStringLiteral("sync.bad-answer"),
                [] {
                    return IntakeClientTr::tr(
                        "The province's server sent an answer this point cannot read. Sending has stopped; call "
                        "the technician.");
                } };
        return document.object();
    }
    const QJsonObject error = document.object().value(u"error").toObject();
    QString code = error.value(u"code").toString();
    if (code.isEmpty()) // a proxy's or a broken server's page: judge by the status alone
        code = status >= 500 || status == 408 || status == 429 ? QStringLiteral("server.unavailable")
                                                               : QStringLiteral("sync.bad-answer");
    qCInfo(lcSync) << "intake answered" << status << code << error.value(u"message").toString();
    return Failure { code, messageFor(code) };
}

} // namespace RegPoint::Kiosk
