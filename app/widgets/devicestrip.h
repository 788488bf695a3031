#pragma once

#include "devicestatus.h"
#include "widgets/translatablewidget.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace RegPoint::Devices {
class DeviceBoard;
}

namespace RegPoint::App {

// One chip per device of the desk, coloured by state, following the DeviceBoard.
class DeviceStrip : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit DeviceStrip(const Devices::DeviceBoard &board, QWidget *parent = nullptr);
    QString chipText(Devices::DeviceKind kind) const;

private:
    void retranslate() override;
    void show(const Devices::DeviceStatus &status);

    const Devices::DeviceBoard &m_board;
    QHash<Devices::DeviceKind, QLabel *> m_chips;
};

} // namespace RegPoint::App
