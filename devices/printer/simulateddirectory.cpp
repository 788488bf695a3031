#include "simulateddirectory.h"

namespace RegPoint::Devices {

SimulatedDirectory::SimulatedDirectory(QList<std::shared_ptr<SimulatedQueue>> printers)
    : m_printers(std::move(printers))
{ }

std::optional<QList<PrinterChoice>> SimulatedDirectory::printers(QueueError &)
{
    QList<PrinterChoice> choices;
    for (const std::shared_ptr<SimulatedQueue> &printer : m_printers) {
        QueueError unreachable; // a switched-off printer is still listed, as CUPS lists it
        const std::optional<QueueStatus> status = printer->status(unreachable);
        QueueStatus shown
            = status.value_or(QueueStatus { QueueStatus::State::Stopped, false, { u"offline-report"_qs }, {} });
        choices.append({ printer->name(), {}, shown });
    }
    return choices;
}

std::shared_ptr<PrintQueue> SimulatedDirectory::open(const QString &name)
{
    for (const std::shared_ptr<SimulatedQueue> &printer : m_printers)
        if (printer->name() == name)
            return printer;
    return nullptr;
}

} // namespace RegPoint::Devices
