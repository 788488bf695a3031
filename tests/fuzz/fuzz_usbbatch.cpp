// libFuzzer target: a USB batch file is whatever was on the stick. readUsbBatch() never crashes,
// and never accepts a file that is not signed by a certificate of the trusted CA (made here, so
// no input can carry a valid signature): acceptance would be a forged file getting through.

#include "certificateauthority.h"
#include "jsonfields.h"
#include "usbbatch.h"

#include <cstdint>
#include <cstdlib>

using namespace RegPoint;
using namespace RegPoint::Exchange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray ca = CertificateAuthority::create(QStringLiteral("Fuzz CA")).certificatePem();
    static const QDateTime at = QDateTime::currentDateTimeUtc();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<UsbBatch> batch = readUsbBatch(input, ca, at);
    if (batch)
        abort();
    static const QStringList codes { QStringLiteral("request.malformed"), QStringLiteral("usb.certificate"),
        QStringLiteral("usb.foreign-point"), QStringLiteral("usb.signature") };
    if (!codes.contains(batch.failure().code))
        abort();
    return 0;
}
