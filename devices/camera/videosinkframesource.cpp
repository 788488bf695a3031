#include "videosinkframesource.h"

#include <QVideoFrame>
#include <QVideoSink>

namespace RegPoint::Devices {

VideoSinkFrameSource::VideoSinkFrameSource(QObject *parent)
    : FrameSource(parent)
    , m_sink(new QVideoSink(this))
{
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoSinkFrameSource::handleFrame);
}

void VideoSinkFrameSource::publish(CameraState state, const QString &source, const QString &message)
{
    CameraStatus status { state, source, m_status.resolution, message };
    if (state != CameraState::Streaming)
        status.resolution = {};
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void VideoSinkFrameSource::handleFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    const QImage image = frame.toImage(); // YUV420P from GStreamer: converted once, here
    if (image.isNull())
        return;
    if (m_status.state != CameraState::Streaming || m_status.resolution != image.size()) {
        m_status.resolution = image.size();
        m_status.state = CameraState::Streaming;
        m_status.message.clear();
        Q_EMIT statusChanged(m_status);
    }
    Q_EMIT frameReady(image);
}

} // namespace RegPoint::Devices
