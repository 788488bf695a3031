#pragma once

#include "idcardreader.h"

#include <QList>
#include <QTimer>

class QSerialPort;

namespace RegPoint::Devices {

class SamSession;

// A SAM_V reader on a serial port (native UART or a USB-serial bridge). Owns the port: opens it
// 8N1 at 115200, falls back to 9600 when the SAM stays silent (it never sends the baud-change
// command), and reopens it when the device disappears and comes back.
class SerialIdCardReader : public IdCardReader
{
    Q_OBJECT

public:
    SerialIdCardReader(QString portPath, ReaderTimings timings = {}, QList<qint32> baudRates = { 115200, 9600 },
        QObject *parent = nullptr);
    ~SerialIdCardReader() override;

    ReaderStatus status() const override { return m_status; }
    void start() override;
    void stop() override;

private:
    void openAt(int baudIndex);
    void handlePortError();
    void handleSessionState(ReaderState state, ReaderError error);
    void handleNoAnswer();
    void publish(ReaderStatus status);

    QString m_portPath;
    ReaderTimings m_timings;
    QList<qint32> m_baudRates;
    int m_baudIndex = 0;
    QSerialPort *m_port;
    SamSession *m_session;
    QTimer m_reconnect;
    ReaderStatus m_status;
    bool m_running = false;
};

} // namespace RegPoint::Devices
