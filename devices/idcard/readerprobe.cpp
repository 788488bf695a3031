#include "readerprobe.h"

#include "idcardreader.h"
#include "samframe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSerialPort>
#include <QSerialPortInfo>

namespace RegPoint::Devices {

namespace {

// One request, one answer; nullopt on silence or garbage within the timeout.
std::optional<Sam::Response> exchange(QSerialPort &port, Sam::Command command, std::chrono::milliseconds timeout)
{
    port.clear(QSerialPort::AllDirections);
    port.write(Sam::request(command));
    port.waitForBytesWritten(int(timeout.count()));
    Sam::FrameDecoder decoder;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeout.count()) {
        if (!port.waitForReadyRead(int(std::max<qint64>(1, timeout.count() - timer.elapsed()))))
            continue;
        decoder.feed(port.readAll());
        while (const auto event = decoder.next()) {
            if (const auto *frame = std::get_if<Sam::DecodedFrame>(&*event))
                return Sam::parseResponse(frame->payload);
        }
    }
    return std::nullopt;
}

} // namespace

QStringList candidateReaderPorts()
{
    QStringList ports;
    QStringList targets;
    const QDir byId(QStringLiteral("/dev/serial/by-id"));
    for (const QFileInfo &link : byId.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        ports.append(link.absoluteFilePath());
        targets.append(link.canonicalFilePath());
    }
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        const QString path = info.systemLocation();
        const bool readerLike = path.contains(QStringLiteral("ttyUSB")) || path.contains(QStringLiteral("ttyACM"))
            || path.contains(QStringLiteral("ttyS"));
        if (readerLike && !targets.contains(QFileInfo(path).canonicalFilePath()))
            ports.append(path);
    }
    return ports;
}

ProbeResult probeReaderPort(const QString &portPath, std::chrono::milliseconds timeout, const QList<qint32> &baudRates)
{
    ProbeResult result { portPath, false, 0, {}, {} };
    for (const qint32 baud : baudRates) {
        QSerialPort port;
        port.setPortName(portPath);
        port.setBaudRate(baud);
        port.setDataBits(QSerialPort::Data8);
        port.setParity(QSerialPort::NoParity);
        port.setStopBits(QSerialPort::OneStop);
        port.setFlowControl(QSerialPort::NoFlowControl);
        if (!port.open(QIODevice::ReadWrite)) {
            result.detail = port.errorString();
            return result; // the same at any baud rate
        }
        const auto status = exchange(port, Sam::Command::Status, timeout);
        if (!status) {
            result.detail = QStringLiteral("no answer at %1 baud").arg(baud);
            continue;
        }
        result.answered = true;
        result.baud = baud;
        if (status->sw3 != Sam::Status::Ok) {
            result.detail = QStringLiteral("SAM status 0x%1").arg(quint8(status->sw3), 2, 16, QLatin1Char('0'));
            return result;
        }
        result.detail.clear();
        if (const auto id = exchange(port, Sam::Command::ReadSamId, timeout); id && id->sw3 == Sam::Status::Ok)
            result.samId = formatSamId(id->data);
        return result;
    }
    return result;
}

QList<ProbeResult> probeReaderPorts(
    const QStringList &ports, std::chrono::milliseconds timeout, const QList<qint32> &baudRates)
{
    QList<ProbeResult> results;
    for (const QString &port : ports)
        results.append(probeReaderPort(port, timeout, baudRates));
    return results;
}

} // namespace RegPoint::Devices
