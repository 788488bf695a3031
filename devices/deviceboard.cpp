#include "deviceboard.h"

#include <QCoreApplication>

namespace RegPoint::Devices {

namespace {
struct DeviceTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::Device)
};
} // namespace

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::IdCardReader:
        return DeviceTr::tr("ID card reader");
    case DeviceKind::Camera:
        return DeviceTr::tr("Camera");
    case DeviceKind::Printer:
        return DeviceTr::tr("Printer");
    }
    return {};
}

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::NotConfigured:
        return DeviceTr::tr("not set up");
    case DeviceState::Connecting:
        return DeviceTr::tr("connecting");
    case DeviceState::Ready:
        return DeviceTr::tr("ready");
    case DeviceState::Busy:
        return DeviceTr::tr("busy");
    case DeviceState::Error:
        return DeviceTr::tr("fault");
    }
    return {};
}

DeviceBoard::DeviceBoard(QObject *parent)
    : QObject(parent)
{
    for (DeviceKind kind : { DeviceKind::IdCardReader, DeviceKind::Camera, DeviceKind::Printer })
        m_statuses.append(DeviceStatus { kind, DeviceState::NotConfigured, false, {} });
}

DeviceStatus DeviceBoard::status(DeviceKind kind) const
{
    for (const DeviceStatus &status : m_statuses) {
        if (status.kind == kind)
            return status;
    }
    return {};
}

void DeviceBoard::setStatus(const DeviceStatus &status)
{
    for (DeviceStatus &current : m_statuses) {
        if (current.kind == status.kind) {
            if (current == status)
                return;
            current = status;
            Q_EMIT statusChanged(status);
            return;
        }
    }
}

} // namespace RegPoint::Devices
