#include "devicestrip.h"

#include "deviceboard.h"
#include "screenparts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace RegPoint::App {

using namespace RegPoint::Devices;

DeviceStrip::DeviceStrip(const DeviceBoard &board, QWidget *parent)
    : TranslatableWidget(parent)
    , m_board(board)
{
    setObjectName(QStringLiteral("deviceStrip"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const DeviceStatus &status : board.statuses()) {
        auto *chip = new QLabel(this);
        chip->setObjectName(QStringLiteral("deviceChip"));
        m_chips.insert(status.kind, chip);
        layout->addWidget(chip);
    }
    layout->addStretch();
    connect(&board, &DeviceBoard::statusChanged, this, &DeviceStrip::show);
    DeviceStrip::retranslate();
}

QString DeviceStrip::chipText(DeviceKind kind) const
{
    const QLabel *chip = m_chips.value(kind);
    return chip ? chip->text() : QString();
}

void DeviceStrip::retranslate()
{
    for (const DeviceStatus &status : m_board.statuses())
        show(status);
}

void DeviceStrip::show(const DeviceStatus &status)
{
    QLabel *chip = m_chips.value(status.kind);
    if (!chip)
        return;
    QString text = deviceKindName(status.kind) + QStringLiteral(": ") + deviceStateName(status.state);
    if (status.simulated)
        text += tr(" (simulated)");
    chip->setText(text);
    chip->setToolTip(status.detail);
    static const char *const states[] = { "off", "busy", "ok", "busy", "error" };
    chip->setProperty("state", QString::fromLatin1(states[int(status.state)]));
    repolish(chip);
}

} // namespace RegPoint::App
