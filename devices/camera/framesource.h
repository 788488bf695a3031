#pragma once

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>

namespace RegPoint::Devices {

enum class CameraState
{
    NotConnected,
    Starting,
    Streaming,
    Error
};

struct CameraStatus
{
    CameraState state = CameraState::NotConnected;
    QString source; // device description or file
    QSize resolution;
    QString message; // translated; what to do when not streaming

    bool operator==(const CameraStatus &) const = default;
};

// Where the desk's photo frames come from: the camera, or a simulator that ships in the product.
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual CameraStatus status() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void statusChanged(const RegPoint::Devices::CameraStatus &status);
    void frameReady(const QImage &frame);
};

} // namespace RegPoint::Devices

Q_DECLARE_METATYPE(RegPoint::Devices::CameraStatus)
