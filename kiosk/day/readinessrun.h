#pragma once

#include "day/readiness.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace RegPoint::Devices {
class DeviceBoard;
class FrameSource;
struct CameraStatus;
} // namespace RegPoint::Devices

namespace RegPoint::Kiosk {

class Workspace;

// What the store tells the check: disk space, clock against the audit log, the log's chain,
// keys and certificate, the province's configuration, records not yet sent.
void readStoreFacts(Workspace &workspace, ReadinessFacts &facts);

// One start-of-day check as it runs: the store's facts are read at once, the reader and the
// printer are watched on the device board, and the camera is started until it delivers a
// picture. Whatever has not answered when `deviceWait` is up fails.
class ReadinessRun : public QObject
{
    Q_OBJECT

public:
    ReadinessRun(Workspace &workspace, const Devices::DeviceBoard &devices, Devices::FrameSource &camera,
        std::chrono::milliseconds deviceWait = std::chrono::seconds(15), QObject *parent = nullptr);
    ~ReadinessRun() override;

    // Starts (again): every fact is read afresh.
    void start();
    // Stops the camera if the check started it; the report stays as it was.
    void stop();
    const ReadinessReport &report() const { return m_report; }
    // The same facts in the language now chosen: nothing is checked again.
    void reword();

Q_SIGNALS:
    void changed();

private:
    void noteCamera(const Devices::CameraStatus &status);
    void reassess();

    Workspace &m_workspace;
    const Devices::DeviceBoard &m_devices;
    Devices::FrameSource &m_camera;
    bool m_cameraStarted = false;
    QTimer m_deviceWait;
    ReadinessFacts m_facts;
    ReadinessReport m_report;
};

} // namespace RegPoint::Kiosk
