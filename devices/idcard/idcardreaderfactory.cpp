#include "idcardreaderfactory.h"

#include "libusbendpoints.h"
#include "samsimulatorport.h"
#include "serialidcardreader.h"
#include "usbidcardreader.h"

namespace RegPoint::Devices {

std::unique_ptr<IdCardReader> makeIdCardReader(
    const QString &spec, const ReaderTimings &timings, const QList<qint32> &baudRates)
{
    if (spec == u"usb" || spec.startsWith(QStringLiteral("usb:"))) {
        const QStringList ids = spec.split(u':');
        quint16 vendor = LibUsbEndpoints::kVendorId;
        quint16 product = LibUsbEndpoints::kProductId;
        if (ids.size() == 3) {
            vendor = ids[1].toUShort(nullptr, 16);
            product = ids[2].toUShort(nullptr, 16);
        }
        return std::make_unique<UsbIdCardReader>(UsbIdCardReader::libUsb(vendor, product), timings);
    }
    return std::make_unique<SerialIdCardReader>(spec, timings, baudRates);
}

SimulatedReader::SimulatedReader() = default;
SimulatedReader::SimulatedReader(SimulatedReader &&) noexcept = default;
SimulatedReader::~SimulatedReader() = default;

SimulatedReader makeSimulatedReader(const ReaderTimings &timings)
{
    SimulatedReader made;
    made.simulator = std::make_unique<SamSimulatorPort>();
    if (!made.simulator->open()) {
        made.error = made.simulator->errorString();
        return made;
    }
    made.reader = std::make_unique<SerialIdCardReader>(made.simulator->slavePath(), timings);
    return made;
}

} // namespace RegPoint::Devices
