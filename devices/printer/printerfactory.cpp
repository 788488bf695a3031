#include "printerfactory.h"

#include "cupsdirectory.h"
#include "cupsqueue.h"
#include "simulateddirectory.h"
#include "simulatedqueue.h"

namespace RegPoint::Devices {

DeskPrinters makeDeskPrinters(bool simulate, const QString &queue, const QString &server)
{
    DeskPrinters printers;
    if (!queue.isEmpty()) {
        printers.queue = std::make_shared<CupsQueue>(server, queue);
        printers.directory = std::make_unique<CupsDirectory>(server);
    } else if (simulate) {
        using namespace std::chrono_literals;
        printers.simulated = { std::make_shared<SimulatedQueue>(),
            std::make_shared<SimulatedQueue>(900ms, QStringLiteral("simulated-printer-2")) };
        printers.queue = printers.simulated.first();
        printers.directory = std::make_unique<SimulatedDirectory>(printers.simulated);
    }
    return printers;
}

} // namespace RegPoint::Devices
