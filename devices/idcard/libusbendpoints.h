#pragma once

#include "usbsamframing.h"

#include <QString>

#include <memory>

struct libusb_context;
struct libusb_device_handle;

namespace RegPoint::Devices {

// A USB SAM_V reader through libusb-1.0 (needs a udev rule granting the kiosk user access,
// see installer/). The generic ID reader id 0400:C35A is the default.
class LibUsbEndpoints final : public UsbEndpoints
{
public:
    static constexpr quint16 kVendorId = 0x0400;
    static constexpr quint16 kProductId = 0xC35A;

    static std::unique_ptr<LibUsbEndpoints> open(quint16 vendorId, quint16 productId, QString *error);
    ~LibUsbEndpoints() override;

    bool bulkWrite(quint8 endpoint, QByteArrayView data, std::chrono::milliseconds timeout) override;
    std::optional<QByteArray> bulkRead(quint8 endpoint, int maxLength, std::chrono::milliseconds timeout) override;
    bool isGone() const override { return m_gone; }

private:
    LibUsbEndpoints(libusb_context *context, libusb_device_handle *handle);
    void noteError(int code);

    libusb_context *m_context;
    libusb_device_handle *m_handle;
    bool m_gone = false;
};

} // namespace RegPoint::Devices
