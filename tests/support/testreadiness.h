#pragma once

#include "day/readiness.h"

namespace RegPoint::Tests {

// What a ready desk looks like at `now`: every device answers, the point is provisioned, its
// settings are fresh and nothing waits to be sent.
inline Kiosk::ReadinessFacts readyDesk(const QDateTime &now)
{
    Kiosk::ReadinessFacts facts;
    facts.now = now;
    facts.reader.state = Devices::DeviceState::Ready;
    facts.printer.state = Devices::DeviceState::Ready;
    facts.cameraFrames = Kiosk::CameraFrames::Seen;
    facts.freeBytes = 20LL << 30;
    facts.newestEvent = now.addSecs(-3600);
    facts.provisioning = Kiosk::ProvisioningState::Provisioned;
    facts.sealerLoaded = true;
    facts.certificateExpiry = now.addDays(365);
    facts.config = Kiosk::ReadinessFacts::Config { 3, now.addDays(-1), 24 };
    return facts;
}

// The check of a ready desk, and of one whose reader is unplugged.
inline Kiosk::ReadinessReport passingCheck(const QDateTime &now)
{
    return Kiosk::assessReadiness(readyDesk(now));
}

inline Kiosk::ReadinessReport checkWithoutReader(const QDateTime &now)
{
    Kiosk::ReadinessFacts facts = readyDesk(now);
    facts.reader.state = Devices::DeviceState::Error;
    return Kiosk::assessReadiness(facts);
}

} // namespace RegPoint::Tests
