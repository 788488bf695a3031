#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace RegPoint::Kiosk {

// The technician's USB drive at provisioning (docs/deployment.md). The province hands over its
// key and CA in the drive's regpoint/ folder (province.pem, ca.pem); the point writes its
// certificate request there as <point code>.csr, and the province's answer comes back on a drive
// as <point code>.crt. Files on a drive are someone else's: each is read only if it is a regular
// file of a few KB, and what is written goes through writeFileDurably (whole, or not at all).
class ProvisioningDrive
{
public:
    explicit ProvisioningDrive(const QString &driveRoot);

    // What the province handed over, with what the technician compares against the province's
    // letter before the point trusts it.
    struct Handover
    {
        QByteArray provinceKeyPem;
        QByteArray caPem;
        QString caName; // the CA's common name
        QString caFingerprint; // SHA-256 of the CA certificate, hex in groups of four
    };
    // Failure codes: "provision.drive" (no regpoint/ folder), "provision.handover-missing", the
    // file.* codes of readRegularFile, "provision.not-a-ca".
    Result<Handover> readHandover() const;
    // Writes the request; an older request for the same point is replaced. Returns the file's path.
    Result<QString> writeRequest(const QString &pointCode, const QByteArray &csrPem) const;
    // "provision.certificate-missing" when the drive holds no <point code>.crt yet.
    Result<QByteArray> readCertificate(const QString &pointCode) const;

    QString folder() const { return m_folder; }
    static QString requestFileName(const QString &pointCode);
    static QString certificateFileName(const QString &pointCode);
    // "AB12 CD34 …": how a fingerprint is read aloud over the phone.
    static QString groupedFingerprint(const QString &hex);

private:
    Status checkFolder() const;
    Result<QByteArray> readFile(const QString &name) const;

    QString m_driveRoot;
    QString m_folder;
};

} // namespace RegPoint::Kiosk
