#pragma once

#include "usbsamframing.h"

#include <QIODevice>
#include <QThread>

#include <memory>

namespace RegPoint::Devices {

class UsbTransferWorker;

// A USB reader as a QIODevice, so SamSession drives it like a serial port. Each request frame
// written is carried out on a worker thread (a read blocks for the card's RF time); the answer
// frame becomes readable and readyRead() is emitted on the device's own thread.
class UsbSamDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit UsbSamDevice(std::unique_ptr<UsbEndpoints> endpoints, QObject *parent = nullptr);
    ~UsbSamDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_incoming.size() + QIODevice::bytesAvailable(); }
    UsbSamFraming::Mode framingMode() const;

Q_SIGNALS:
    void deviceLost();
    void requestFrame(const QByteArray &frame); // to the worker

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void handleAnswer(const QByteArray &frame, bool gone);

    QThread m_thread;
    UsbTransferWorker *m_worker;
    QByteArray m_outgoing;
    QByteArray m_incoming;
};

} // namespace RegPoint::Devices
