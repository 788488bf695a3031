#include "serialidcardreader.h"

#include "samsession.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSerialPort>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace RegPoint::Devices {

namespace {

struct SerialIdCardReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Devices::IdCardReader)
};

QString messageFor(ReaderState state, ReaderError error, const QString &port)
{
    switch (error) {
    case ReaderError::PortUnavailable:
        return SerialIdCardReaderTr::tr("No reader at %1. Check that it is plugged in; RegPoint keeps trying.")
            .arg(port);
    case ReaderError::NoAnswer:
        return SerialIdCardReaderTr::tr(
            "The reader at %1 does not answer. Unplug it and plug it in again; meanwhile enter documents by hand.")
            .arg(port);
    case ReaderError::SamNotProvisioned:
        return SerialIdCardReaderTr::tr(
            "The reader's security module is not authorised (0x66). Call the technician: the reader needs its keys.");
    case ReaderError::SamFault:
        return SerialIdCardReaderTr::tr(
            "The reader's security module failed its self-test (0x60). Replace the reader; enter documents "
            "by hand meanwhile.");
    case ReaderError::Protocol:
        return SerialIdCardReaderTr::tr(
            "The reader at %1 sends damaged or meaningless answers (bad checksums, unknown frames). Check "
            "its cable, unplug it and plug it in again; if it repeats, replace the reader and enter documents "
            "by hand meanwhile.")
            .arg(port);
    case ReaderError::None:
        break;
    }
    return state == ReaderState::Ready ? SerialIdCardReaderTr::tr("Place the ID card on the reader.") : QString();
}

} // namespace

SerialIdCardReader::SerialIdCardReader(
    QString portPath, ReaderTimings timings, QList<qint32> baudRates, QObject *parent)
    : IdCardReader(parent)
    , m_portPath(std::move(portPath))
    , m_timings(timings)
    , m_baudRates(std::move(baudRates))
    , m_port(new QSerialPort(this))
    , m_session(new SamSession(m_port, timings, this))
{
    m_status.port = m_portPath;
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { openAt(0); });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::ResourceError || error == QSerialPort::DeviceNotFoundError
            || error == QSerialPort::PermissionError)
            handlePortError();
    });
    connect(m_session, &SamSession::stateChanged, this, &SerialIdCardReader::handleSessionState);
    connect(m_session, &SamSession::noAnswerOnConnect, this, &SerialIdCardReader::handleNoAnswer);
    connect(m_session, &SamSession::cardRead, this, &IdCardReader::cardRead);
    connect(m_session, &SamSession::readFailed, this, &IdCardReader::readFailed);
    connect(m_session, &SamSession::holdStillRequested, this, &IdCardReader::holdStillRequested);
}

SerialIdCardReader::~SerialIdCardReader() = default;

void SerialIdCardReader::start()
{
    m_running = true;
    openAt(0);
}

void SerialIdCardReader::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_session->stop();
    m_port->close();
}

void SerialIdCardReader::publish(ReaderStatus status)
{
    status.message = messageFor(status.state, status.error, m_portPath);
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void SerialIdCardReader::openAt(int baudIndex)
{
    if (!m_running)
        return;
    m_session->stop();
    m_port->close();
    m_baudIndex = baudIndex;
    m_port->setPortName(m_portPath);
    m_port->setBaudRate(m_baudRates.value(baudIndex, 115200));
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        qCDebug(lcReader) << "cannot open" << m_portPath << m_port->errorString();
        publish({ ReaderState::NotConnected, ReaderError::PortUnavailable, m_portPath, 0, {}, {} });
        m_reconnect.start(m_timings.reconnectInterval);
        return;
    }
    m_port->clear(QSerialPort::AllDirections);
    publish({ ReaderState::Connecting, ReaderError::None, m_portPath, m_port->baudRate(), {}, {} });
    m_session->start();
}

void SerialIdCardReader::handlePortError()
{
    if (!m_running || !m_port->isOpen())
        return;
    qCInfo(lcReader) << "port" << m_portPath << "lost:" << m_port->errorString();
    m_session->stop();
    m_port->close();
    publish({ ReaderState::NotConnected, ReaderError::PortUnavailable, m_portPath, 0, {}, {} });
    m_reconnect.start(m_timings.reconnectInterval);
}

void SerialIdCardReader::handleNoAnswer()
{
    if (m_baudIndex + 1 < m_baudRates.size()) {
        qCInfo(lcReader) << "no answer at" << m_port->baudRate() << "baud; trying" << m_baudRates.at(m_baudIndex + 1);
        openAt(m_baudIndex + 1);
        return;
    }
    publish({ ReaderState::Error, ReaderError::NoAnswer, m_portPath, 0, {}, {} });
    m_session->stop();
    m_port->close();
    m_reconnect.start(m_timings.retryAfterError);
}

void SerialIdCardReader::handleSessionState(ReaderState state, ReaderError error)
{
    if (state == ReaderState::Error && error == ReaderError::NoAnswer && m_session->samId().isEmpty())
        return; // handleNoAnswer() decides: another baud rate, or give up for a while
    publish({ state, error, m_portPath, m_port->baudRate(), m_session->samId(), {} });
}

} // namespace RegPoint::Devices
