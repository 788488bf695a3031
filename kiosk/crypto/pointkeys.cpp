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
    Result<Exchange::EnvelopeSealer> sealer = MachineProvisioning(m_dataDir).sealer();
    if (!sealer)
        return sealer.failure();
    m_sealer = std::make_unique<Exchange::EnvelopeSealer>(std::move(sealer).value());
    return Done {};
}

} // namespace RegPoint::Kiosk
