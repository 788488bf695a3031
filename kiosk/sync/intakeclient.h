#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSslConfiguration;
class QNetworkReply;

namespace RegPoint::Kiosk {

class Clock;

// Where the province's intake is and who this point is towards it: the pinned CA (the only one
// trusted for the server), and the machine certificate and key the point proves itself with.
struct IntakeEndpoint
{
    QUrl base; // https://host:port
    QByteArray caPem;
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// How the point treats a failure code (docs/sync-protocol.md "Errors").
enum class FailureKind
{
    Transient, // the network, a timeout, a busy or broken server: retry later, with back-off
    StopsBatch, // certificates, clock, protocol version, audit head: nothing more until a person acts
    Record, // about one record only: the others go on
};
FailureKind failureKind(const QString &code);

// The point's side of the HTTPS conversation with `regpoint-intake`: mutual TLS with the pinned
// CA and the server's host name checked, the protocol's headers on every request, a 30 s limit,
// and every outcome turned into JSON or a Failure with the protocol's code. Asynchronous: the
// callbacks run on the caller's event loop.
class IntakeClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonObject>)>;

    IntakeClient(IntakeEndpoint endpoint, const Clock &clock, QObject *parent = nullptr);
    ~IntakeClient() override;

    void get(const QString &path, Callback done);
    void postJson(const QString &path, const QJsonObject &body, Callback done);
    void putBytes(const QString &path, const QByteArray &body, Callback done);

    // Requests started and not yet answered.
    int inFlight() const { return m_inFlight; }
    QUrl base() const { return m_endpoint.base; }
    const Clock &clock() const { return m_clock; }

    static constexpr int kProtocolVersion = 1;
    static constexpr int kTimeoutMs = 30'000;

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
        Callback done);
    Result<QJsonObject> outcomeOf(QNetworkReply *reply) const;

    IntakeEndpoint m_endpoint;
    std::unique_ptr<QSslConfiguration> m_tls; // Qt Network stays out of this header
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
};

} // namespace RegPoint::Kiosk
