#include "pointkeys.h"

#include "crypto/machineprovisioning.h"
#include "envelope.h"

namespace RegPoint::Kiosk {

PointKeys::PointKeys(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

PointKeys::~PointKeys() = default;

Status PointKeys::load()
{
    const MachineProvisioning provisioning(m_dataDir);
    if (provisioning.state() == ProvisioningState::Provisioned)
        m_trust = PointTrust { provisioning.caCertificatePem(), provisioning.pointCode() };
    Result<Exchange::EnvelopeSealer> sealer = provisioning.sealer();
    if (!sealer)
        return sealer.failure();
    m_sealer = std::make_unique<Exchange::EnvelopeSealer>(std::move(sealer).value());
    return Done {};
}

} // namespace RegPoint::Kiosk
