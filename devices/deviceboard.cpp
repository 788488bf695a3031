#include "deviceboard.h"

#include <QCoreApplication>

namespace RegPoint::Devices {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::Device)
};
} // namespace

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::IdCardReader:
        return Tr::tr("ID card reader");
    case DeviceKind::Camera:
        return Tr::tr("Camera");
    case DeviceKind::Printer:
        return Tr::tr("Printer");
    }
    return {};
}

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::NotConfigured:
        return Tr::tr("not set up");
    case DeviceState::Connecting:
        return Tr::tr("connecting");
    case DeviceState::Ready:
        return Tr::tr("ready");
    case DeviceState::Busy:
        return Tr::tr("busy");
    case DeviceState::Error:
        return Tr::tr("fault");
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
