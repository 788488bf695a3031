#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <variant>

// GA/T 467 business-terminal frames (shared/reference/idcard-protocol.md §1):
//   AA AA AA 96 69 | Len(2, big-endian) | payload | XOR
// Len counts payload + checksum; the checksum is the XOR of Len and payload.
namespace RegPoint::Devices::Sam {

constexpr QByteArrayView kPreamble("\xAA\xAA\xAA\x96\x69", 5);
constexpr int kHeaderSize = 7; // preamble + length
constexpr int kMaxLength = 4096; // the largest real answer (read with fingerprints) is 2314

enum class Command : quint16
{
    ResetSam = 0x10FF,
    Status = 0x11FF,
    ReadSamId = 0x12FF,
    FindCard = 0x2001,
    SelectCard = 0x2002,
    ReadText = 0x3001, // text + photo
    ReadAddedAddress = 0x3003,
    ReadTextFingerprint = 0x3010,
};

// SW3, the SAM's own status byte (§1.3).
enum class Status : quint8
{
    Ok = 0x90,
    NoContent = 0x91, // e.g. no added address
    CardFound = 0x9F,
    ChecksumError = 0x10,
    LengthError = 0x11,
    CommandError = 0x21,
    NotAuthorised = 0x23,
    UnknownError = 0x24,
    CardAuthFailed = 0x31, // the card moved, among others
    SamAuthFailed = 0x32,
    VerifyFailed = 0x33,
    NoCardFound = 0x34, // read before find
    UnknownCardType = 0x40,
    ReadFailed = 0x41,
    RandomFailed = 0x47,
    SamSelfTestFailed = 0x60,
    SamNotProvisioned = 0x66,
    FindFailed = 0x80, // the normal "no card"
    SelectFailed = 0x81,
};

quint8 checksum(QByteArrayView lengthAndPayload);
// A whole frame around `payload` (request: CMD Para Data; response: SW1 SW2 SW3 Data).
QByteArray frame(QByteArrayView payload);
QByteArray request(Command command, QByteArrayView data = {});
QByteArray response(Status sw3, QByteArrayView data = {}, quint8 sw1 = 0, quint8 sw2 = 0);

struct Response
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    Status sw3 = Status::UnknownError;
    QByteArray data;
};
struct Request
{
    Command command = Command::Status;
    QByteArray data;
};
// Interpret a decoded payload; nullopt when it is too short.
std::optional<Response> parseResponse(QByteArrayView payload);
std::optional<Request> parseRequest(QByteArrayView payload);

// What the decoder found in the byte stream.
enum class DecodeError
{
    Garbage, // bytes before a preamble were skipped
    BadLength, // length 0..1 or above kMaxLength: not a frame, resynchronised
    BadChecksum, // a complete frame whose XOR does not match: dropped
};
struct DecodedFrame
{
    QByteArray payload;
};
using DecodeEvent = std::variant<DecodedFrame, DecodeError>;

// Incremental decoder: accepts bytes in any chunking, resynchronises on the preamble after
// garbage or a bad frame, never buffers more than one maximal frame.
class FrameDecoder
{
public:
    void feed(QByteArrayView bytes);
    // Events in stream order; call until empty after each feed().
    std::optional<DecodeEvent> next();
    void reset() { m_buffer.clear(); }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace RegPoint::Devices::Sam
