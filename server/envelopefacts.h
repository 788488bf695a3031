#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace RegPoint::Intake {

// Who sealed an envelope, read after verifySealedEnvelope() accepted it (so the certificate is
// the CA's and the header matches it): the point code and the machine key id.
struct EnvelopeFacts
{
    QString pointCode;
    QString machineKeyId;
};
std::optional<EnvelopeFacts> envelopeFacts(const QByteArray &envelope);

// Hex SHA-256 of a certificate's SubjectPublicKeyInfo (the envelope's key id); empty if unreadable.
QString publicKeyId(const QByteArray &certificatePem);

} // namespace RegPoint::Intake
