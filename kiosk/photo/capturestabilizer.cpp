#include "capturestabilizer.h"

#include "photo/photoinspector.h"

#include <QLineF>

namespace RegPoint::Kiosk {

CaptureStabilizer::CaptureStabilizer(std::chrono::milliseconds holdFor, double maxDrift)
    : m_holdFor(holdFor)
    , m_maxDrift(maxDrift)
{ }

bool CaptureStabilizer::update(const LiveGuidance &guidance, std::chrono::milliseconds at)
{
    if (!guidance.readyToCapture || !guidance.faceFound) {
        reset();
        return false;
    }
    const double drift = QLineF(m_anchor.center(), guidance.face.center()).length();
    const double resize = std::abs(guidance.face.width() - m_anchor.width());
    const double tolerance = m_maxDrift * guidance.face.width();
    if (!m_steadySince || drift > tolerance || resize > tolerance) {
        m_steadySince = at;
        m_anchor = guidance.face;
        m_fired = false;
        return false;
    }
    if (!m_fired && at - *m_steadySince >= m_holdFor) {
        m_fired = true;
        return true;
    }
    return false;
}

double CaptureStabilizer::progress(std::chrono::milliseconds at) const
{
    if (!m_steadySince || m_fired)
        return 0;
    return std::clamp(double((at - *m_steadySince).count()) / double(m_holdFor.count()), 0.0, 1.0);
}

void CaptureStabilizer::reset()
{
    m_steadySince.reset();
    m_fired = false;
}

} // namespace RegPoint::Kiosk
