#pragma once

#include "result.h"

#include <QString>

#include <memory>

namespace RegPoint::Exchange {
class EnvelopeSealer;
}

namespace RegPoint::Kiosk {

// This point's keys towards the province, as one object the services that seal or sign hold
// from construction: empty until the point is provisioned, filled by load() (at start, or right
// after the technician installs the certificate), never replaced behind their backs.
class PointKeys
{
public:
    explicit PointKeys(QString dataDir);
    ~PointKeys();
    PointKeys(const PointKeys &) = delete;
    PointKeys &operator=(const PointKeys &) = delete;

    // Reads keys/ (MachineProvisioning); the failure says why the point cannot seal yet.
    Status load();
    // Null until provisioned and loaded.
    const Exchange::EnvelopeSealer *sealer() const { return m_sealer.get(); }

private:
    QString m_dataDir;
    std::unique_ptr<Exchange::EnvelopeSealer> m_sealer;
};

} // namespace RegPoint::Kiosk
