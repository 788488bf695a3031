#pragma once

#include "crypto/machineprovisioning.h"
#include "crypto/provisioningdrive.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace RegPoint::Kiosk {

class Workspace;

// Provisioning from the technician's drive, on an open workspace: the steps the kiosk's first-run
// wizard takes and `regpointctl provision --drive` takes, each one audited. Installing the
// certificate loads the point's keys at once and seals the records that waited for them.
class PointProvisioner
{
public:
    // `operatorId`: who is provisioning; none on the first run, before any account exists.
    PointProvisioner(Workspace &ws, std::optional<qint64> operatorId);

    ProvisioningState state() const;
    QString pointCode() const;
    QDateTime certificateExpiry() const;

    Result<ProvisioningDrive::Handover> readHandover(const QString &driveRoot) const;
    // Step 1: the machine key for `pointCode`, trusting the handover read before (and shown to the
    // technician); the request goes onto the drive. Returns the request file's path.
    Result<QString> createKey(
        const QString &pointCode, const ProvisioningDrive::Handover &handover, const QString &driveRoot);
    // The request again, onto this drive (the first one was lost or went to the office).
    Result<QString> writeRequestAgain(const QString &driveRoot) const;
    // Step 2: the province's certificate from the drive. Returns how many waiting records it sealed.
    Result<int> installCertificate(const QString &driveRoot);

private:
    Status audit(const QString &action, const QString &outcome, const QString &detail);

    Workspace &m_ws;
    std::optional<qint64> m_operatorId;
    MachineProvisioning m_point;
};

} // namespace RegPoint::Kiosk
