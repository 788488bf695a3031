#pragma once

#include "printqueue.h"

#include <memory>

namespace RegPoint::Devices {

// The one place that turns the kiosk's printer setting into a queue:
//   a queue name (kiosk.ini [printer] queue): that CUPS queue on `server` (empty: the local one)
//   no queue name, simulated: the in-memory printer of `--simulate`
//   no queue name, real devices: none; the status strip says the printer is not set up
std::unique_ptr<PrintQueue> makePrintQueue(bool simulate, const QString &queue, const QString &server = {});

} // namespace RegPoint::Devices
