#pragma once

#include <QRectF>

#include <chrono>
#include <optional>

namespace RegPoint::Kiosk {

struct LiveGuidance;

// Auto-capture: says "now" once the live checks have passed and the face has stayed put for a
// while, so the candidate is not caught mid-movement. Pure: frames' guidance and times in.
class CaptureStabilizer
{
public:
    // `maxDrift`: how far the face centre may wander, as a share of the face width.
    explicit CaptureStabilizer(std::chrono::milliseconds holdFor = std::chrono::seconds(1), double maxDrift = 0.06);

    // True exactly once per steady period: when it has lasted `holdFor`.
    bool update(const LiveGuidance &guidance, std::chrono::milliseconds at);
    // 0…1 of the way to the capture, for the countdown ring; 0 while not steady.
    double progress(std::chrono::milliseconds at) const;
    void reset();

private:
    std::chrono::milliseconds m_holdFor;
    double m_maxDrift;
    std::optional<std::chrono::milliseconds> m_steadySince;
    QRectF m_anchor; // the face where the steady period began
    bool m_fired = false;
};

} // namespace RegPoint::Kiosk
