#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace RegPoint::Exchange {
class EnvelopeSealer;
}

namespace RegPoint::Kiosk {

// Whom this point's signatures must come from: a machine certificate issued by this CA (the
// province's, as provisioned, or one an exam office brings) that names this point. Never the
// certificate stored beside a signature: anyone can store their own.
struct PointTrust
{
    QByteArray caPem;
    QString pointCode;
};

// This point's keys towards the province, as one object that the services which seal, sign or
// check signatures hold from construction and ask each time: empty until the point is
// provisioned, filled by load() (at start, or right after the technician installs the
// certificate).
class PointKeys
{
public:
    explicit PointKeys(QString dataDir);
    ~PointKeys();
    PointKeys(const PointKeys &) = delete;
    PointKeys &operator=(const PointKeys &) = delete;

    // Reads keys/ (MachineProvisioning): the trust anchor as soon as the point is provisioned,
    // then the sealer; the failure says why the point cannot seal yet.
    Status load();
    // Null until provisioned and loaded.
    const Exchange::EnvelopeSealer *sealer() const { return m_sealer.get(); }
    // Nullopt until provisioned.
    const std::optional<PointTrust> &trust() const { return m_trust; }
    // `regpointctl audit verify --ca FILE`: the province's CA brought from outside the data
    // folder, since what is in the folder can be swapped.
    void trustInstead(PointTrust trust) { m_trust = std::move(trust); }

private:
    QString m_dataDir;
    std::optional<PointTrust> m_trust;
    std::unique_ptr<Exchange::EnvelopeSealer> m_sealer;
};

} // namespace RegPoint::Kiosk
