#pragma once

#include "idcardreader.h"
#include "samframe.h"

#include <QObject>
#include <QTimer>

class QIODevice;

namespace RegPoint::Devices {

// The conversation with one SAM module over any QIODevice (a QSerialPort, a USB adapter, a
// QBuffer pair in tests): status → SAM ID → poll find → select → read → added address.
// One command in flight; each has its timeout; moving-card errors are retried.
class SamSession : public QObject
{
    Q_OBJECT

public:
    // A command whose answer arrives damaged (bad checksum) is asked again; this many damaged
    // answers in a row are a protocol error (a faulty or forged reader), not noise and not silence.
    static constexpr int kDamagedAnswersForError = 3;

    SamSession(QIODevice *device, ReaderTimings timings, QObject *parent = nullptr);

    void start();
    void stop();
    ReaderState state() const { return m_state; }
    ReaderError error() const { return m_error; }
    QString samId() const { return m_samId; }
    qint64 commandsSent() const { return m_commandsSent; }
    qint64 protocolErrors() const { return m_protocolErrors; }

Q_SIGNALS:
    void stateChanged(RegPoint::Devices::ReaderState state, RegPoint::Devices::ReaderError error);
    void cardRead(const RegPoint::Devices::IdCardData &card);
    void readFailed(const RegPoint::Devices::ReadFailure &failure);
    void holdStillRequested();
    // The SAM did not answer the first status request: the port may be at the wrong baud rate.
    void noAnswerOnConnect();

private:
    void send(Sam::Command command, std::chrono::milliseconds timeout);
    void handleReadyRead();
    void handleResponse(const Sam::Response &response);
    void handleTimeout();
    void handleDamagedAnswer();
    void handleSamFailure(Sam::Status status);
    void retryRead(Sam::Status status);
    void finishRead();
    void setState(ReaderState state, ReaderError error = ReaderError::None);
    void pollSoon(std::chrono::milliseconds delay);

    QIODevice *m_device;
    ReaderTimings m_timings;
    Sam::FrameDecoder m_decoder;
    QTimer m_timeout;
    QTimer m_next;
    std::optional<Sam::Command> m_pending;
    std::chrono::milliseconds m_pendingTimeout { 0 };
    int m_damagedAnswers = 0; // in a row, for the command in flight
    ReaderState m_state = ReaderState::NotConnected;
    ReaderError m_error = ReaderError::None;
    QString m_samId;
    bool m_cardLatched = false; // read (or failed); not read again until it leaves the antenna
    int m_attempts = 0;
    IdCardData m_card;
    qint64 m_commandsSent = 0;
    qint64 m_protocolErrors = 0;
};

} // namespace RegPoint::Devices
