#include "usbidcardreader.h"

#include "libusbendpoints.h"
#include "samsession.h"
#include "usbsamdevice.h"

#include <QCoreApplication>

namespace RegPoint::Devices {

namespace {
struct UsbIdCardReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::IdCardReader)
};
const QString kPort = QStringLiteral("usb");
} // namespace

UsbIdCardReader::EndpointFactory UsbIdCardReader::libUsb(quint16 vendorId, quint16 productId)
{
    return [vendorId, productId](QString *error) -> std::unique_ptr<UsbEndpoints> {
        return LibUsbEndpoints::open(vendorId, productId, error);
    };
}

UsbIdCardReader::UsbIdCardReader(EndpointFactory openEndpoints, ReaderTimings timings, QObject *parent)
    : IdCardReader(parent)
    , m_openEndpoints(std::move(openEndpoints))
    , m_timings(timings)
{
    m_status.port = kPort;
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &UsbIdCardReader::open);
}

UsbIdCardReader::~UsbIdCardReader()
{
    UsbIdCardReader::stop(); // this class's: no virtual call from a destructor
}

void UsbIdCardReader::start()
{
    m_running = true;
    open();
}

void UsbIdCardReader::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_session.reset();
    m_device.reset();
}

void UsbIdCardReader::publish(ReaderState state, ReaderError error, const QString &message)
{
    ReaderStatus status { state, error, kPort, 0, m_session ? m_session->samId() : QString(), message };
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void UsbIdCardReader::open()
{
    if (!m_running)
        return;
    QString error;
    std::unique_ptr<UsbEndpoints> endpoints = m_openEndpoints(&error);
    if (!endpoints) {
        publish(ReaderState::NotConnected, ReaderError::PortUnavailable,
            UsbIdCardReaderTr::tr("No USB ID card reader (%1). Check the cable; RegPoint keeps trying.").arg(error));
        m_reconnect.start(m_timings.reconnectInterval);
        return;
    }
    m_session.reset();
    m_device = std::make_unique<UsbSamDevice>(std::move(endpoints));
    m_session = std::make_unique<SamSession>(m_device.get(), m_timings);
    connect(m_device.get(), &UsbSamDevice::deviceLost, this, &UsbIdCardReader::lost, Qt::QueuedConnection);
    connect(m_session.get(), &SamSession::stateChanged, this, [this](ReaderState state, ReaderError error) {
        const QString message = error == ReaderError::None
            ? (state == ReaderState::Ready ? UsbIdCardReaderTr::tr("Place the ID card on the reader.") : QString())
            : UsbIdCardReaderTr::tr("The USB ID card reader reports a fault: %1").arg(readerStateName(state));
        publish(state, error, message);
    });
    connect(m_session.get(), &SamSession::cardRead, this, &IdCardReader::cardRead);
    connect(m_session.get(), &SamSession::readFailed, this, &IdCardReader::readFailed);
    connect(m_session.get(), &SamSession::holdStillRequested, this, &IdCardReader::holdStillRequested);
    connect(m_session.get(), &SamSession::noAnswerOnConnect, this,
        [this] { m_reconnect.start(m_timings.retryAfterError); });
    m_session->start();
}

void UsbIdCardReader::lost()
{
    m_session.reset();
    m_device.reset();
    publish(ReaderState::NotConnected, ReaderError::PortUnavailable,
        UsbIdCardReaderTr::tr("The USB ID card reader was unplugged. Plug it in again."));
    if (m_running)
        m_reconnect.start(m_timings.reconnectInterval);
}

} // namespace RegPoint::Devices
