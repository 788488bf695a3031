#pragma once

#include "devicestatus.h"

#include <QList>
#include <QObject>

namespace RegPoint::Devices {

// Where each device of the desk publishes its status, and where the status strip reads it.
class DeviceBoard : public QObject
{
    Q_OBJECT

public:
    explicit DeviceBoard(QObject *parent = nullptr);

    QList<DeviceStatus> statuses() const { return m_statuses; }
    DeviceStatus status(DeviceKind kind) const;
    void setStatus(const DeviceStatus &status);

Q_SIGNALS:
    void statusChanged(const RegPoint::Devices::DeviceStatus &status);

private:
    QList<DeviceStatus> m_statuses;
};

} // namespace RegPoint::Devices
