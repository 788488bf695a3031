#pragma once

#include "framesource.h"

#include <QTimer>

namespace RegPoint::Devices {

// A camera that always shows the same picture, at a steady frame rate: for demos and tests.
class StillImageSource : public FrameSource
{
    Q_OBJECT

public:
    StillImageSource(QImage image, int framesPerSecond = 15, QObject *parent = nullptr);
    CameraStatus status() const override { return m_status; }
    void start() override;
    void stop() override;
    void setImage(const QImage &image) { m_image = image; }

private:
    QImage m_image;
    QTimer m_timer;
    CameraStatus m_status;
};

} // namespace RegPoint::Devices
