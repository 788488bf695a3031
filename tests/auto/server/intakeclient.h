#pragma once

#include "testprovince.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace RegPoint::Testing {

// What came back over HTTPS.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (see `error`)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; // the transport's, e.g. a refused handshake

    QJsonObject json() const;
    QString errorCode() const; // error.code of a JSON error body
    QByteArray header(const QByteArray &name) const;
};

// A point talking to the intake the way the kiosk will: TLS 1.2+, the CA pinned, host name
// checked, the point's certificate and key presented (none when `point.certPem` is empty).
// Synchronous (Boost.Beast), one connection kept alive between requests.
class IntakeClient
{
public:
    IntakeClient(quint16 port, const QByteArray &caPem, const TestPoint &point);
    ~IntakeClient();
    IntakeClient(const IntakeClient &) = delete;
    IntakeClient &operator=(const IntakeClient &) = delete;

    // With RegPoint-Protocol: 1 and RegPoint-Clock: now, unless `headers` names them ("" drops one).
    HttpAnswer request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Bytes written as they are after the handshake (a broken or partial request), then the answer.
    HttpAnswer raw(const QByteArray &bytes);
    // Only the TLS handshake: an empty string when it worked, else the error.
    QString handshake();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace RegPoint::Testing
