#include "idcardreaderfactory.h"

#include "libusbendpoints.h"
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

} // namespace RegPoint::Devices
