#pragma once

#include <QList>
#include <QString>

namespace RegPoint::Devices {

struct CaptureDevice
{
    QString path; // /dev/video0
    QString name; // the driver's card name: "HD Pro Webcam C920"
};

// The video devices that capture (V4L2's VIDEO_CAPTURE), asked directly: for the command line,
// which has no QtMultimedia. A device that cannot be opened (busy, no permission) is listed with
// the reason in its name. `deviceDir` is for tests.
QList<CaptureDevice> captureDevices(const QString &deviceDir = QStringLiteral("/dev"));

} // namespace RegPoint::Devices
