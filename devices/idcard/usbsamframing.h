#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <chrono>
#include <optional>

namespace RegPoint::Devices {

// The bulk pipes of a USB SAM_V reader, as the framing sees them. LibUsbEndpoints talks to the
// device; tests use a fake.
class UsbEndpoints
{
public:
    virtual ~UsbEndpoints() = default;
    virtual bool bulkWrite(quint8 endpoint, QByteArrayView data, std::chrono::milliseconds timeout) = 0;
    // Up to maxLength bytes; nullopt on timeout or error.
    virtual std::optional<QByteArray> bulkRead(quint8 endpoint, int maxLength, std::chrono::milliseconds timeout) = 0;
    virtual bool isGone() const = 0; // unplugged
};

// GA/T 467 frames over USB bulk (shared/reference/idcard-protocol.md §5.2). Split-pipe firmware
// takes preamble+length on EP 0x02 and the rest on EP 0x06, and answers the same way on 0x81 and
// 0x85; single-pipe firmware takes the whole frame on 0x02 and answers in 64-byte packets on 0x81.
// Tries split-pipe first and falls back to single-pipe for good once split-pipe fails.
class UsbSamFraming
{
public:
    enum class Mode
    {
        SplitPipe,
        SinglePipe
    };
    static constexpr quint8 kHeaderOut = 0x02;
    static constexpr quint8 kBodyOut = 0x06;
    static constexpr quint8 kHeaderIn = 0x81;
    static constexpr quint8 kBodyIn = 0x85;
    static constexpr int kPacketSize = 64;

    explicit UsbSamFraming(UsbEndpoints &endpoints);

    // One request frame out, the whole answer frame back; nullopt when the device did not answer.
    std::optional<QByteArray> transact(const QByteArray &requestFrame, std::chrono::milliseconds timeout);
    Mode mode() const { return m_mode; }

private:
    std::optional<QByteArray> transactSplit(const QByteArray &request, std::chrono::milliseconds timeout);
    std::optional<QByteArray> transactSingle(const QByteArray &request, std::chrono::milliseconds timeout);
    std::optional<QByteArray> readExactly(quint8 endpoint, int length, std::chrono::milliseconds timeout);

    UsbEndpoints &m_endpoints;
    Mode m_mode = Mode::SplitPipe;
    bool m_modeConfirmed = false;
};

} // namespace RegPoint::Devices
