#pragma once

#include "crypto/machineprovisioning.h"
#include "devicestatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace RegPoint::Kiosk {

// One thing the start-of-day check looks at, in the order the screen lists them.
enum class ReadinessItem
{
    Reader,
    Camera,
    Printer,
    Disk,
    Clock,
    AuditLog,
    Keys,
    Config,
    Unsent,
};

enum class Verdict
{
    Waiting, // a device is still connecting, or the camera has not delivered a frame yet
    Pass,
    Warning, // the day may open; the clerk should know (a certificate expiring soon)
    Fail, // the day opens only with a supervisor's recorded reason
};

struct ReadinessFinding
{
    ReadinessItem item = ReadinessItem::Reader;
    Verdict verdict = Verdict::Waiting;
    QString code; // "reader.ready", "disk.low", ...: what the audit keeps
    QString detail; // translated: what was found and, unless it passed, what to do
};

struct ReadinessReport
{
    QDateTime checkedAt;
    QList<ReadinessFinding> findings;

    bool settled() const; // nothing is waiting any more
    bool passed() const; // settled, and nothing failed (warnings pass)
    QStringList codesWith(Verdict verdict) const;
};

// Whether the camera delivered a picture while the check ran.
enum class CameraFrames
{
    Waiting,
    Seen,
    None, // it reported an error, or no frame came in time
};

// A device the check has not heard from yet: still connecting, until the wait is up.
inline Devices::DeviceStatus notHeardFrom(Devices::DeviceKind kind)
{
    Devices::DeviceStatus status;
    status.kind = kind;
    status.state = Devices::DeviceState::Connecting;
    return status;
}

// What the check looked at, gathered by ReadinessRun from the devices and the workspace (or set
// by a test).
struct ReadinessFacts
{
    QDateTime now;
    Devices::DeviceStatus reader = notHeardFrom(Devices::DeviceKind::IdCardReader);
    CameraFrames cameraFrames = CameraFrames::Waiting;
    QString cameraProblem; // translated; the camera's own words when it failed
    Devices::DeviceStatus printer = notHeardFrom(Devices::DeviceKind::Printer);
    bool devicesTimedOut = false; // whatever is still waiting will not answer: it fails
    qint64 freeBytes = -1; // on the data folder's disk; -1 when unknown
    QDateTime newestEvent; // the audit log's newest event; invalid when there is none
    QString auditProblem; // empty when the log verifies
    ProvisioningState provisioning = ProvisioningState::NotProvisioned;
    bool sealerLoaded = false;
    QDateTime certificateExpiry;
    struct Config
    {
        qint64 version = 0;
        QDateTime issuedAt;
        int maxUnsentHours = 24;
    };
    std::optional<Config> config; // nullopt before the point first reached the province
    qsizetype unsent = 0; // neither sent nor exported on a USB batch
    QString unsentProblem; // translated; the outbox could not be read
    QDateTime oldestUnsent; // of those; invalid when nothing waits
    qsizetype exported = 0; // went on a USB batch: on their way, the province answers later
};

// Where a finding turns from pass to warning or failure.
struct ReadinessLimits
{
    qint64 failBelowBytes = 512LL << 20;
    qint64 warnBelowBytes = 2LL << 30;
    int certificateWarnDays = 30;
    int configStaleDays = 7;
    int clockToleranceSeconds = 120; // an event this much "in the future" is a clock set back
    QDate earliestPlausibleDay { 2026, 1, 1 };
    int provinceUtcOffsetSeconds = 8 * 3600; // a day at the point runs on Beijing time
};

// The start-of-day check: one finding per item, worded for the clerk.
ReadinessReport assessReadiness(const ReadinessFacts &facts, const ReadinessLimits &limits = {});
QString readinessItemName(ReadinessItem item);

} // namespace RegPoint::Kiosk
