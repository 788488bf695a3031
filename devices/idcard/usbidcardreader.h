#pragma once

#include "idcardreader.h"
#include "usbsamframing.h"

#include <QTimer>

#include <functional>
#include <memory>

namespace RegPoint::Devices {

class SamSession;
class UsbSamDevice;

// A SAM_V reader on USB bulk pipes, behind the same interface as the serial one. Reopens the
// device when it is unplugged and comes back.
class UsbIdCardReader : public IdCardReader
{
    Q_OBJECT

public:
    // Opens the endpoints; nullptr with `error` set when there is no device. Tests pass a fake.
    using EndpointFactory = std::function<std::unique_ptr<UsbEndpoints>(QString *error)>;

    static EndpointFactory libUsb(quint16 vendorId, quint16 productId);

    explicit UsbIdCardReader(EndpointFactory openEndpoints, ReaderTimings timings = {}, QObject *parent = nullptr);
    ~UsbIdCardReader() override;

    ReaderStatus status() const override { return m_status; }
    void start() override;
    void stop() override;

private:
    void open();
    void lost();
    void publish(ReaderState state, ReaderError error, const QString &message);

    EndpointFactory m_openEndpoints;
    ReaderTimings m_timings;
    std::unique_ptr<UsbSamDevice> m_device;
    std::unique_ptr<SamSession> m_session;
    QTimer m_reconnect;
    ReaderStatus m_status;
    bool m_running = false;
};

} // namespace RegPoint::Devices
