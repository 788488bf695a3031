#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace RegPoint::Exchange {

// What both sides of the exchange ask of a certificate or key, in PEM (a certificate may also be
// DER). The point asks them when it is provisioned and when it checks its audit log; the
// province asks them of every envelope and every client.

enum class IssuedBy
{
    Yes, // issued by the CA and valid at the time asked about
    NotValidThen, // issued by the CA, but expired or not yet valid at that time
    No, // not issued by the CA, or either certificate unreadable
};
IssuedBy checkIssuedBy(const QByteArray &certificate, const QByteArray &caCertificate, const QDateTime &at);

bool isReadableCertificate(const QByteArray &certificate);
// Whether the certificate may sign others: basicConstraints CA:TRUE (and keyCertSign if it has a
// key usage). A point's own certificate, a version 1 or an extension-less one may not.
bool isCaCertificate(const QByteArray &certificate);
// The subject's common name (a point code for machine certificates); empty if unreadable.
QString certificateCommonName(const QByteArray &certificate);
QDateTime certificateExpiry(const QByteArray &certificate); // invalid if unreadable
// Hex SHA-256 of the DER certificate: what the intake enrols a point by. Empty if unreadable.
QString certificateFingerprint(const QByteArray &certificate);
QByteArray certificateDer(const QByteArray &certificate); // empty if unreadable
// Hex SHA-256 of the certificate's SubjectPublicKeyInfo: a sealed envelope's machine key id.
QString certificateKeyId(const QByteArray &certificate);
// The certificate re-encoded as PEM (drops anything around it); empty if unreadable.
QByteArray normalisedCertificatePem(const QByteArray &certificate);
// Whether the certificate certifies the public half of this private key.
bool certificateMatchesKey(const QByteArray &certificate, const QByteArray &privateKeyPem);

// The size of an RSA public key (a SubjectPublicKeyInfo PEM or a certificate's key); 0 if the key
// is unreadable or not RSA.
int rsaKeyBits(const QByteArray &publicKeyPem);

struct MachineKey
{
    QByteArray privateKeyPem;
    QByteArray requestPem; // the CSR for the province: subject O=RegPoint, CN=`commonName`
};
// A new ECDSA P-256 key and its signed certificate request; nullopt on a cryptography error.
std::optional<MachineKey> newMachineKey(const QString &commonName);

} // namespace RegPoint::Exchange
