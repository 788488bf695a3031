#include "libusbendpoints.h"

#include <QLoggingCategory>

#include <libusb-1.0/libusb.h>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace RegPoint::Devices {

LibUsbEndpoints::LibUsbEndpoints(libusb_context *context, libusb_device_handle *handle)
    : m_context(context)
    , m_handle(handle)
{ }

LibUsbEndpoints::~LibUsbEndpoints()
{
    libusb_release_interface(m_handle, 0);
    libusb_close(m_handle);
    libusb_exit(m_context);
}

std::unique_ptr<LibUsbEndpoints> LibUsbEndpoints::open(quint16 vendorId, quint16 productId, QString *error)
{
    libusb_context *context = nullptr;
    if (const int rc = libusb_init(&context); rc != 0) {
        *error = QString::fromLatin1(libusb_strerror(rc));
        return nullptr;
    }
    libusb_device_handle *handle = libusb_open_device_with_vid_pid(context, vendorId, productId);
    if (!handle) {
        *error = QStringLiteral("no USB device %1:%2 (or no permission: see the udev rule)")
                     .arg(vendorId, 4, 16, QLatin1Char('0'))
                     .arg(productId, 4, 16, QLatin1Char('0'));
        libusb_exit(context);
        return nullptr;
    }
    libusb_set_auto_detach_kernel_driver(handle, 1);
    if (const int rc = libusb_claim_interface(handle, 0); rc != 0) {
        *error = QString::fromLatin1(libusb_strerror(rc));
        libusb_close(handle);
        libusb_exit(context);
        return nullptr;
    }
    return std::unique_ptr<LibUsbEndpoints>(new LibUsbEndpoints(context, handle));
}

void LibUsbEndpoints::noteError(int code)
{
    if (code == LIBUSB_ERROR_NO_DEVICE)
        m_gone = true;
    if (code != LIBUSB_ERROR_TIMEOUT)
        qCDebug(lcReader) << "USB transfer failed:" << libusb_strerror(code);
}

bool LibUsbEndpoints::bulkWrite(quint8 endpoint, QByteArrayView data, std::chrono::milliseconds timeout)
{
    int transferred = 0;
    const int rc = libusb_bulk_transfer(m_handle, endpoint,
        const_cast<unsigned char *>(reinterpret_cast<const unsigned char *>(data.data())), int(data.size()),
        &transferred, unsigned(timeout.count()));
    if (rc != 0)
        noteError(rc);
    return rc == 0 && transferred == data.size();
}

std::optional<QByteArray> LibUsbEndpoints::bulkRead(quint8 endpoint, int maxLength, std::chrono::milliseconds timeout)
{
    QByteArray buffer(maxLength, Qt::Uninitialized);
    int transferred = 0;
    const int rc = libusb_bulk_transfer(m_handle, endpoint, reinterpret_cast<unsigned char *>(buffer.data()), maxLength,
        &transferred, unsigned(timeout.count()));
    if (rc != 0) {
        noteError(rc);
        return std::nullopt;
    }
    buffer.truncate(transferred);
    return buffer;
}

} // namespace RegPoint::Devices
