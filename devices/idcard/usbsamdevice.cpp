#include "usbsamdevice.h"

#include "samframe.h"

namespace RegPoint::Devices {

// Lives on the worker thread and owns the endpoints there.
class UsbTransferWorker : public QObject
{
    Q_OBJECT

public:
    explicit UsbTransferWorker(std::unique_ptr<UsbEndpoints> endpoints)
        : m_endpoints(std::move(endpoints))
        , m_framing(*m_endpoints)
    { }
    UsbSamFraming::Mode mode() const { return m_framing.mode(); }

    void transact(const QByteArray &frame)
    {
        // Above the longest read (RF plus 2321 bytes); the session's own timeouts decide sooner.
        const auto answer = m_framing.transact(frame, std::chrono::milliseconds(3000));
        Q_EMIT answered(answer.value_or(QByteArray()), m_endpoints->isGone());
    }

Q_SIGNALS:
    void answered(const QByteArray &frame, bool gone);

private:
    std::unique_ptr<UsbEndpoints> m_endpoints;
    UsbSamFraming m_framing;
};

UsbSamDevice::UsbSamDevice(std::unique_ptr<UsbEndpoints> endpoints, QObject *parent)
    : QIODevice(parent)
    , m_worker(new UsbTransferWorker(std::move(endpoints)))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &UsbSamDevice::requestFrame, m_worker, &UsbTransferWorker::transact);
    connect(m_worker, &UsbTransferWorker::answered, this, &UsbSamDevice::handleAnswer);
    m_thread.setObjectName(QStringLiteral("usb-sam"));
    m_thread.start();
    open(QIODevice::ReadWrite);
}

UsbSamDevice::~UsbSamDevice()
{
    m_thread.quit();
    m_thread.wait();
}

UsbSamFraming::Mode UsbSamDevice::framingMode() const
{
    return m_worker->mode();
}

qint64 UsbSamDevice::writeData(const char *data, qint64 size)
{
    m_outgoing.append(data, size);
    // Hand whole frames to the worker; drop anything before a preamble.
    for (;;) {
        const qsizetype start = m_outgoing.indexOf(QByteArrayView(Sam::kPreamble));
        if (start < 0) {
            m_outgoing.clear();
            break;
        }
        m_outgoing.remove(0, start);
        if (m_outgoing.size() < Sam::kHeaderSize)
            break;
        const int length = quint8(m_outgoing[5]) << 8 | quint8(m_outgoing[6]);
        if (m_outgoing.size() < Sam::kHeaderSize + length)
            break;
        Q_EMIT requestFrame(m_outgoing.left(Sam::kHeaderSize + length));
        m_outgoing.remove(0, Sam::kHeaderSize + length);
    }
    return size;
}

qint64 UsbSamDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_incoming.size());
    memcpy(data, m_incoming.constData(), size_t(n));
    m_incoming.remove(0, n);
    return n;
}

void UsbSamDevice::handleAnswer(const QByteArray &frame, bool gone)
{
    if (gone) {
        setErrorString(QStringLiteral("USB reader unplugged"));
        Q_EMIT deviceLost();
        return;
    }
    if (frame.isEmpty())
        return; // silence: the session's timeout speaks
    m_incoming.append(frame);
    Q_EMIT readyRead();
}

} // namespace RegPoint::Devices

#include "usbsamdevice.moc"
