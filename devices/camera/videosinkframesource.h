#pragma once

#include "framesource.h"

class QVideoFrame;
class QVideoSink;

namespace RegPoint::Devices {

// The shared half of the QtMultimedia sources: a QVideoSink whose frames become QImages.
class VideoSinkFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit VideoSinkFrameSource(QObject *parent = nullptr);
    CameraStatus status() const override { return m_status; }

protected:
    QVideoSink *sink() const { return m_sink; }
    void publish(CameraState state, const QString &source, const QString &message = {});

private:
    void handleFrame(const QVideoFrame &frame);

    QVideoSink *m_sink;
    CameraStatus m_status;
};

} // namespace RegPoint::Devices
