#pragma once

#include "videosinkframesource.h"

class QCamera;
class QMediaCaptureSession;
class QMediaDevices;

namespace RegPoint::Devices {

// The desk camera through QtMultimedia: QCamera → QMediaCaptureSession → QVideoSink. Picks the
// named camera (or the system default), the best format up to 1920×1080 at 15 fps or more, and
// follows the camera being unplugged and plugged back.
class QtCameraSource : public VideoSinkFrameSource
{
    Q_OBJECT

public:
    // `deviceId`: QCameraDevice::id(), empty for the default camera.
    explicit QtCameraSource(QByteArray deviceId = {}, QObject *parent = nullptr);
    ~QtCameraSource() override;
    void start() override;
    void stop() override;

private:
    void handleDevicesChanged();

    QByteArray m_deviceId;
    QMediaDevices *m_devices;
    QMediaCaptureSession *m_session;
    QCamera *m_camera = nullptr;
    bool m_wanted = false;
};

} // namespace RegPoint::Devices
