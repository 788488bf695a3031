#pragma once

#include "envelope.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace RegPoint::Kiosk {

// What provisioning has done so far on this point.
enum class ProvisioningState
{
    NotProvisioned, // no machine key
    AwaitingCertificate, // key and CSR made; the province has not issued the certificate yet
    Provisioned,
};

// This point's identity towards the province, in DATA_DIR/keys/ (0700): machine.key (0600,
// ECDSA P-256), machine.csr, machine.crt, and the province's key and CA as handed over at
// provisioning (province.pem, ca.pem, point-code).
class MachineProvisioning
{
public:
    explicit MachineProvisioning(const QString &dataDir);

    // Step 1: checks the province key (RSA >= 3072) and CA, creates the machine key and returns
    // the CSR (PEM) to send to the province. Refuses to replace an existing key.
    Result<QByteArray> begin(const QString &pointCode, const QByteArray &provinceKeyPem, const QByteArray &caPem);
    // Step 2: installs the certificate the province issued; it must match the key, name this
    // point and chain to the CA, and be valid `now`.
    Status installCertificate(const QByteArray &certPem, const QDateTime &now);

    ProvisioningState state() const;
    QString pointCode() const;
    QByteArray caCertificatePem() const; // the province's CA as handed over at provisioning
    QDateTime certificateExpiry() const;
    // The sealer for a provisioned point.
    Result<Exchange::EnvelopeSealer> sealer() const;
    // What the point proves itself with towards the province (the TLS handshake, a USB batch's
    // signature): its certificate and key (PEM), and the CA the province's own certificates come from.
    struct Credentials
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
        QByteArray caPem;
    };
    Result<Credentials> credentials() const;

    static bool isValidPointCode(const QString &code); // 6-digit county code, '-', 2-4 digits

private:
    QString path(const char *name) const;
    QString m_keysDir;
};

} // namespace RegPoint::Kiosk
