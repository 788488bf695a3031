#pragma once

#include "printerdirectory.h"
#include "printqueue.h"

#include <QList>

#include <memory>

namespace RegPoint::Devices {

class SimulatedQueue;

// The one place that turns the kiosk's printer setting into the desk's printer, with the others
// its clerk may switch to when it fails:
//   a queue name (kiosk.ini [printer] queue): that CUPS queue on `server` (empty: the local one),
//     and the other queues of that scheduler
//   no queue name, simulated: the in-memory printer of `--simulate`, and a spare
//   no queue name, real devices: none; the status strip says the printer is not set up
struct DeskPrinters
{
    std::shared_ptr<PrintQueue> queue; // null: no printer set up
    std::unique_ptr<PrinterDirectory> directory; // null: nothing to switch to
    QList<std::shared_ptr<SimulatedQueue>> simulated; // the simulator's printers, for its controls
};
DeskPrinters makeDeskPrinters(bool simulate, const QString &queue, const QString &server = {});

} // namespace RegPoint::Devices
