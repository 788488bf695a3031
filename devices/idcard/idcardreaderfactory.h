#pragma once

#include "idcardreader.h"

#include <memory>

class QString;

namespace RegPoint::Devices {

// The one place that turns a reader spec into a driver:
//   "usb"             the USB bulk reader 0400:C35A
//   "usb:VVVV:PPPP"   a USB bulk reader with another vendor/product id (hex)
//   anything else     a serial port path (/dev/ttyUSB0, /dev/serial/by-id/…, a pty)
std::unique_ptr<IdCardReader> makeIdCardReader(
    const QString &spec, const ReaderTimings &timings, const QList<qint32> &baudRates = { 115200, 9600 });

class SamSimulatorPort;

// The simulator that ships with the product (--simulate): a SAM module on a pseudo-terminal in
// this process, read through the real serial driver. Without a pty, `reader` is null and `error`
// says why.
struct SimulatedReader
{
    std::unique_ptr<SamSimulatorPort> simulator;
    std::unique_ptr<IdCardReader> reader;
    QString error;

    SimulatedReader();
    SimulatedReader(SimulatedReader &&) noexcept;
    ~SimulatedReader();
};
SimulatedReader makeSimulatedReader(const ReaderTimings &timings);

} // namespace RegPoint::Devices
