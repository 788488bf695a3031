#include "stillimagesource.h"

namespace RegPoint::Devices {

StillImageSource::StillImageSource(QImage image, int framesPerSecond, QObject *parent)
    : FrameSource(parent)
    , m_image(std::move(image))
{
    m_timer.setInterval(1000 / std::max(1, framesPerSecond));
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT frameReady(m_image); });
}

void StillImageSource::start()
{
    m_status = { CameraState::Streaming, QStringLiteral("still image"), m_image.size(), {} };
    Q_EMIT statusChanged(m_status);
    m_timer.start();
}

void StillImageSource::stop()
{
    m_timer.stop();
    m_status = { CameraState::NotConnected, QStringLiteral("still image"), {}, {} };
    Q_EMIT statusChanged(m_status);
}

} // namespace RegPoint::Devices
