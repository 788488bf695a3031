#pragma once

#include "certificateauthority.h"
#include "configbundle.h"
#include "envelope.h"
#include "intakesignature.h"
#include "recorddocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Testing {

// A point's key and certificate as provisioning leaves them.
struct TestPoint
{
    QString code;
    QByteArray keyPem;
    QByteArray certPem;
};

// A throwaway province for exchange and intake tests, made of regpoint_exchange alone: its CA,
// its RSA-3072 key (made once per process), and points, servers and signers it certifies.
class TestProvince
{
public:
    explicit TestProvince(const QString &caName = QStringLiteral("RegPoint Test Province CA"));

    const Exchange::CertificateAuthority &ca() const { return m_ca; }
    QByteArray caPem() const { return m_ca.certificatePem(); }
    static const Exchange::KeyPair &provinceKey();

    // A point certificate (clientAuth, CN = code) valid from..to (default: from an hour ago, a year).
    TestPoint point(const QString &code, const QDateTime &from = {}, const QDateTime &to = {}) const;
    Exchange::IssuedKey tlsServer() const; // localhost and 127.0.0.1
    Exchange::IssuedKey intakeSigner() const;

    // Settings for `pointCode` as the province would send them: registration open from a day
    // before `now` to eight days after (+08:00), the default limits, no serial blocks.
    static Exchange::ConfigBundle bundle(const QString &pointCode, qint64 version, const QDateTime &now);
    // Signed by this province's intake signer, as GET /v1/config and POST /v1/serial-blocks answer.
    QJsonObject signBundle(const Exchange::ConfigBundle &bundle) const;
    QJsonObject signBlock(const Exchange::SerialBlock &block) const;

    // A sealer for `point`; a sealed envelope of a small record with a made-up photo.
    static std::optional<Exchange::EnvelopeSealer> sealer(const TestPoint &point);
    static QByteArray seal(const TestPoint &point, const QUuid &recordId, int photoBytes = 4096,
        const QDateTime &at = QDateTime::currentDateTimeUtc());
    // A sealed envelope of a real record document (regpoint-record/1) naming this ID number.
    static QByteArray sealRecord(
        const TestPoint &point, const QUuid &recordId, const QString &idNumber, const QUuid &supersedes = {});
    // "regpoint-audit-tip/1|seq|hash" signed with the point's key (base64 DER).
    static QByteArray signAuditTip(const TestPoint &point, qint64 seq, const QString &hash);

private:
    Result<Exchange::IntakeSigner> signer() const; // a new intake signing key of this CA

    Exchange::CertificateAuthority m_ca;
};

} // namespace RegPoint::Testing
