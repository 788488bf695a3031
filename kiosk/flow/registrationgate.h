#pragma once

#include "result.h"

#include <optional>

namespace RegPoint::Kiosk {

class Clock;
class PointConfig;
class SyncLedger;

// Whether the desk may register a new candidate now, by the province's settings for this point
// (the last config bundle kept): inside the registration window, and not while more records wait
// for the supervisor's decision, or for the province, than the bundle allows (a limit of 0 is no
// limit). Before the point first reached the province nothing is held. The reason names what to
// do next; records already started are never held.
class RegistrationGate
{
public:
    RegistrationGate(const PointConfig &config, const SyncLedger &ledger, const Clock &clock);

    // registration.not-open, registration.closed, registration.held-decisions,
    // registration.held-unsent, registration.held-unsent-age; nullopt when registration is open.
    std::optional<Failure> holdReason() const;

private:
    const PointConfig &m_config;
    const SyncLedger &m_ledger;
    const Clock &m_clock;
};

} // namespace RegPoint::Kiosk
