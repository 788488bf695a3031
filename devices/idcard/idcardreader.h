#pragma once

#include "devicestatus.h"
#include "idcarddata.h"
#include "samframe.h"

#include <QObject>

#include <chrono>

namespace RegPoint::Devices {

enum class ReaderState
{
    NotConnected, // no port, or it vanished; reconnecting
    Connecting, // port open, asking the SAM
    Ready, // waiting for a card
    Reading,
    CardPresent, // a card lies on the reader and was read (or failed): lift it to read again
    Error, // the SAM answers, but cannot work (unprovisioned, self-test failed) or went silent
};

enum class ReaderError
{
    None,
    PortUnavailable,
    NoAnswer,
    SamNotProvisioned,
    SamFault,
    Protocol
};

struct ReaderStatus
{
    ReaderState state = ReaderState::NotConnected;
    ReaderError error = ReaderError::None;
    QString port;
    qint32 baud = 0;
    QString samId; // 05.01-20231120-0000430102-0000000042
    QString message; // translated; what the clerk should do

    bool operator==(const ReaderStatus &) const = default;
};

enum class ReadFailureKind
{
    CardMoved, // moving-card errors (0x41, 0x31-0x33) after every retry
    UnknownCard, // 0x40: not an ID card (a bank card, a transit card)
    DamagedAnswer, // the answers were damaged (bad checksums), did not parse, or held text no card holds
    NoAnswer, // the SAM stopped answering mid-read
    CardRemoved, // the card left the antenna before a read succeeded
};

struct ReadFailure
{
    ReadFailureKind kind = ReadFailureKind::CardMoved;
    Sam::Status lastStatus = Sam::Status::UnknownError;
    QString message; // translated
};

struct ReaderTimings
{
    // Presence polling. The protocol notes suggest 300-500 ms; at 400 ms the wait for the next
    // poll alone made a card take half a second to appear. A Find Card is 20 bytes on the wire:
    // at 100 ms the kiosk idles at 0.3 % of a core and shows a card within 225 ms (p95,
    // tests/bench/bench_cardreview).
    std::chrono::milliseconds pollInterval { 100 };
    std::chrono::milliseconds statusTimeout { 1000 }; // 11 FF / 12 FF
    std::chrono::milliseconds findTimeout { 500 }; // 20 01 / 20 02
    std::chrono::milliseconds readTimeout { 3000 }; // 30 01 incl. RF and wire time
    std::chrono::milliseconds addressTimeout { 1500 }; // 30 03
    std::chrono::milliseconds retryAfterError { 2000 }; // re-ask a silent or failing SAM
    std::chrono::milliseconds reconnectInterval { 1000 }; // reopen a vanished port
    int readAttempts = 3;
    bool readAddedAddress = true;
};

// An ID card reader of the desk: drivers for serial and USB readers implement it.
class IdCardReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual ReaderStatus status() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void statusChanged(const RegPoint::Devices::ReaderStatus &status);
    void cardRead(const RegPoint::Devices::IdCardData &card);
    void readFailed(const RegPoint::Devices::ReadFailure &failure);
    // A read failed the way a moving card makes it fail; the next attempt is under way.
    void holdStillRequested();
};

QString readerStateName(ReaderState state);
// What the desk's status strip shows for a reader status: the one mapping from driver to board.
DeviceStatus deviceStatusFromReader(const ReaderStatus &status, bool simulated);
QString readFailureMessage(ReadFailureKind kind);
// "05.01-20231120-0000430102-0000000042" from the 16 bytes of 12 FF (little-endian u16 u16 u32 u32 u32).
QString formatSamId(QByteArrayView bytes);

} // namespace RegPoint::Devices

Q_DECLARE_METATYPE(RegPoint::Devices::ReaderStatus)
Q_DECLARE_METATYPE(RegPoint::Devices::ReadFailure)
Q_DECLARE_METATYPE(RegPoint::Devices::IdCardData)
