#include "readinessrun.h"

#include "audit/auditlog.h"
#include "camera/framesource.h"
#include "certificates.h"
#include "clock.h"
#include "crypto/machineprovisioning.h"
#include "deviceboard.h"
#include "envelope.h"
#include "sync/pointconfig.h"
#include "sync/syncledger.h"
#include "workspace/workspace.h"

#include <QStorageInfo>

namespace RegPoint::Kiosk {

ReadinessRun::ReadinessRun(Workspace &workspace, const Devices::DeviceBoard &devices, Devices::FrameSource &camera,
    std::chrono::milliseconds deviceWait, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_devices(devices)
    , m_camera(camera)
{
    m_deviceWait.setSingleShot(true);
    m_deviceWait.setInterval(deviceWait);
    connect(&m_deviceWait, &QTimer::timeout, this, [this] {
        m_facts.devicesTimedOut = true;
        reassess();
    });
    connect(&m_devices, &Devices::DeviceBoard::statusChanged, this, [this](const Devices::DeviceStatus &status) {
        if (status.kind == Devices::DeviceKind::IdCardReader)
            m_facts.reader = status;
        else if (status.kind == Devices::DeviceKind::Printer)
            m_facts.printer = status;
        else
            return;
        if (m_deviceWait.isActive())
            reassess();
    });
}

ReadinessRun::~ReadinessRun()
{
    stop();
}

void ReadinessRun::start()
{
    stop();
    m_facts = ReadinessFacts {};
    for (const Devices::DeviceStatus &status : m_devices.statuses()) {
        if (status.kind == Devices::DeviceKind::IdCardReader)
            m_facts.reader = status;
        else if (status.kind == Devices::DeviceKind::Printer)
            m_facts.printer = status;
    }
    readStoreFacts(m_workspace, m_facts);
    // A picture proves more than a state: the camera is started for the check, and stopped after.
    // One picture is enough: the frames after it are not looked at.
    connect(&m_camera, &Devices::FrameSource::frameReady, this, [this] {
        disconnect(&m_camera, &Devices::FrameSource::frameReady, this, nullptr);
        m_facts.cameraFrames = CameraFrames::Seen;
        reassess();
    });
    connect(&m_camera, &Devices::FrameSource::statusChanged, this, &ReadinessRun::noteCamera);
    m_cameraStarted = true;
    m_deviceWait.start();
    m_camera.start();
    reassess();
}

void ReadinessRun::stop()
{
    m_deviceWait.stop();
    disconnect(&m_camera, nullptr, this, nullptr);
    if (m_cameraStarted) {
        m_cameraStarted = false;
        m_camera.stop();
    }
}

void readStoreFacts(Workspace &workspace, ReadinessFacts &facts)
{
    facts.now = workspace.clock().now();
    const QStorageInfo disk(workspace.dataDir());
    facts.freeBytes = disk.isValid() ? disk.bytesAvailable() : -1;

    // The latest time any event carries, not the newest event's: the sign-in that opened this
    // check was stamped by the very clock under test.
    if (const Result<QList<AuditEvent>> events = workspace.audit().events(); events) {
        for (const AuditEvent &event : events.value())
            facts.newestEvent = std::max(facts.newestEvent, event.at);
    }
    if (const Result<AuditVerification> verified = workspace.audit().verify(); !verified)
        facts.auditProblem = verified.failure().message;
    else if (!verified->ok())
        facts.auditProblem = verified->problem;

    const MachineProvisioning provisioning(workspace.dataDir());
    facts.provisioning = provisioning.state();
    facts.sealerLoaded = workspace.sealer() != nullptr;
    // The certificate records are sealed with, as loaded; the file only when nothing is loaded.
    facts.certificateExpiry = facts.sealerLoaded
        ? Exchange::certificateExpiry(workspace.sealer()->machineCertificatePem())
        : provisioning.certificateExpiry();

    if (const auto bundle = workspace.config().current(); bundle && bundle.value())
        facts.config = ReadinessFacts::Config { bundle.value()->version, bundle.value()->issuedAt,
            bundle.value()->limits.maxUnsentHours };
    if (const Result<SyncSummary> summary = workspace.sync().summary(); summary) {
        // A record exported to USB has left as far as the point can send it.
        facts.unsent = summary->unsent - summary->exported;
        facts.oldestUnsent = summary->oldestNotExported;
        facts.exported = summary->exported;
    } else {
        facts.unsentProblem = summary.failure().message;
    }
}

void ReadinessRun::noteCamera(const Devices::CameraStatus &status)
{
    const bool failed = status.state == Devices::CameraState::Error
        || (status.state == Devices::CameraState::NotConnected && !status.message.isEmpty());
    if (!failed || m_facts.cameraFrames == CameraFrames::Seen)
        return;
    m_facts.cameraFrames = CameraFrames::None;
    m_facts.cameraProblem = status.message;
    reassess();
}

void ReadinessRun::reword()
{
    if (m_report.findings.isEmpty())
        return;
    m_report = assessReadiness(m_facts);
    Q_EMIT changed();
}

void ReadinessRun::reassess()
{
    m_report = assessReadiness(m_facts);
    if (m_report.settled())
        stop();
    Q_EMIT changed();
}

} // namespace RegPoint::Kiosk
