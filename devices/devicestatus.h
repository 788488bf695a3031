#pragma once

#include <QMetaType>
#include <QString>

namespace RegPoint::Devices {

enum class DeviceKind
{
    IdCardReader,
    Camera,
    Printer
};

enum class DeviceState
{
    NotConfigured, // no driver set up for this desk
    Connecting,
    Ready,
    Busy,
    Error,
};

struct DeviceStatus
{
    DeviceKind kind = DeviceKind::IdCardReader;
    DeviceState state = DeviceState::NotConfigured;
    bool simulated = false;
    QString detail; // translated; what the clerk should do when state is Error

    bool operator==(const DeviceStatus &) const = default;
};

QString deviceKindName(DeviceKind kind);
QString deviceStateName(DeviceState state);

} // namespace RegPoint::Devices

Q_DECLARE_METATYPE(RegPoint::Devices::DeviceStatus)
