#pragma once

#include "printerdirectory.h"
#include "simulatedqueue.h"

namespace RegPoint::Devices {

// The simulated printers of `--simulate`: the desk's own and a spare, so the demo shows a clerk
// moving a candidate's sheet to another printer when the first one fails.
class SimulatedDirectory : public PrinterDirectory
{
public:
    explicit SimulatedDirectory(QList<std::shared_ptr<SimulatedQueue>> printers);

    std::optional<QList<PrinterChoice>> printers(QueueError &error) override;
    std::shared_ptr<PrintQueue> open(const QString &name) override;

private:
    const QList<std::shared_ptr<SimulatedQueue>> m_printers;
};

} // namespace RegPoint::Devices
