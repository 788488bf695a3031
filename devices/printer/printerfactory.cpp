#include "printerfactory.h"

#include "cupsqueue.h"
#include "simulatedqueue.h"

namespace RegPoint::Devices {

std::unique_ptr<PrintQueue> makePrintQueue(bool simulate, const QString &queue, const QString &server)
{
    if (!queue.isEmpty())
        return std::make_unique<CupsQueue>(server, queue);
    if (simulate)
        return std::make_unique<SimulatedQueue>();
    return nullptr;
}

} // namespace RegPoint::Devices
