#pragma once

#include "samframe.h"
#include "sammodule.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>

#include <deque>

class QSocketNotifier;
class QTimer;

namespace RegPoint::Devices {

// Faults of the wire between module and PC, as the simulator injects them.
struct TransportFaults
{
    bool garbageBeforeFrames = false; // a few random bytes before each answer
    bool splitIntoChunks = false; // answers in random 1-64 byte pieces, 0-5 ms apart
    int corruptChecksums = 0; // the next N answers carry a wrong XOR
    int answerDelayMs = 0; // slow module
    bool silent = false; // answers nothing
    int paceBaud = 0; // > 0: release bytes no faster than this baud rate (wire time)
    int onlyAtBaud = 0; // > 0: answer only when the PC set the port to this rate
};

// A SAM module on a pseudo-terminal: QSerialPort (or any program) opens slavePath() as if it were
// /dev/ttyUSB0. Optionally keeps a symlink at a stable path, like /dev/serial/by-id/, so a test can
// make the device disappear and come back under the same name.
class SamSimulatorPort : public QObject
{
    Q_OBJECT

public:
    explicit SamSimulatorPort(QObject *parent = nullptr);
    ~SamSimulatorPort() override;

    // Creates the pty (and the symlink when `linkPath` is set). False with errorString() on failure.
    bool open(const QString &linkPath = {});
    // The device vanishes: the pty is closed and the symlink removed (USB unplug).
    void close();
    bool isOpen() const { return m_master >= 0; }
    QString slavePath() const { return m_slavePath; }
    QString portPath() const { return m_linkPath.isEmpty() ? m_slavePath : m_linkPath; }
    QString errorString() const { return m_error; }

    SamModule &module() { return m_module; }
    TransportFaults &faults() { return m_faults; }
    qint64 requestsSeen() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(RegPoint::Devices::Sam::Command command);

private:
    void handleReadable();
    void queue(const QByteArray &bytes);
    void flushQueue();
    int clientBaud() const;

    SamModule m_module;
    TransportFaults m_faults;
    Sam::FrameDecoder m_decoder;
    int m_master = -1;
    int m_slaveKeepAlive = -1;
    QString m_slavePath;
    QString m_linkPath;
    QString m_error;
    QSocketNotifier *m_readNotifier = nullptr;
    QTimer *m_sendTimer;
    std::deque<std::pair<qint64, QByteArray>> m_outgoing; // (not before, µs since start) -> bytes
    QElapsedTimer *m_clock;
    qint64 m_wireFreeAt = 0;
    qint64 m_requests = 0;
    QRandomGenerator m_random { 4672019 };
};

} // namespace RegPoint::Devices

Q_DECLARE_METATYPE(RegPoint::Devices::TransportFaults)
