#include "samframe.h"

namespace RegPoint::Devices::Sam {

quint8 checksum(QByteArrayView lengthAndPayload)
{
    quint8 x = 0;
    for (char c : lengthAndPayload)
        x ^= quint8(c);
    return x;
}

QByteArray frame(QByteArrayView payload)
{
    const int length = int(payload.size()) + 1;
    QByteArray out;
    out.reserve(kHeaderSize + length);
    out.append(kPreamble.data(), kPreamble.size());
    out.append(char(length >> 8));
    out.append(char(length & 0xFF));
    out.append(payload.data(), payload.size());
    out.append(char(checksum(QByteArrayView(out).sliced(kPreamble.size()))));
    return out;
}

QByteArray request(Command command, QByteArrayView data)
{
    QByteArray payload;
    payload.append(char(quint16(command) >> 8));
    payload.append(char(quint16(command) & 0xFF));
    payload.append(data.data(), data.size());
    return frame(payload);
}

QByteArray response(Status sw3, QByteArrayView data, quint8 sw1, quint8 sw2)
{
    QByteArray payload;
    payload.append(char(sw1));
    payload.append(char(sw2));
    payload.append(char(sw3));
    payload.append(data.data(), data.size());
    return frame(payload);
}

std::optional<Response> parseResponse(QByteArrayView payload)
{
    if (payload.size() < 3)
        return std::nullopt;
    return Response { quint8(payload[0]), quint8(payload[1]), Status(quint8(payload[2])),
        payload.sliced(3).toByteArray() };
}

std::optional<Request> parseRequest(QByteArrayView payload)
{
    if (payload.size() < 2)
        return std::nullopt;
    return Request { Command(quint16(quint8(payload[0]) << 8 | quint8(payload[1]))), payload.sliced(2).toByteArray() };
}

void FrameDecoder::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<DecodeEvent> FrameDecoder::next()
{
    if (m_buffer.isEmpty())
        return std::nullopt;
    const qsizetype start = m_buffer.indexOf(QByteArrayView(kPreamble));
    if (start < 0) {
        // Keep a tail that could be the start of a preamble split across chunks.
        qsizetype keep = 0;
        for (qsizetype n = std::min<qsizetype>(kPreamble.size() - 1, m_buffer.size()); n > 0; --n) {
            if (QByteArrayView(m_buffer).last(n) == kPreamble.first(n)) {
                keep = n;
                break;
            }
        }
        if (m_buffer.size() == keep)
            return std::nullopt;
        m_buffer.remove(0, m_buffer.size() - keep);
        return DecodeError::Garbage;
    }
    if (start > 0) {
        m_buffer.remove(0, start);
        return DecodeError::Garbage;
    }
    if (m_buffer.size() < kHeaderSize)
        return std::nullopt;
    const int length = quint8(m_buffer[5]) << 8 | quint8(m_buffer[6]);
    if (length < 2 || length > kMaxLength) {
        // Drop this preamble's first byte so the search moves on to the next one.
        m_buffer.remove(0, 1);
        return DecodeError::BadLength;
    }
    if (m_buffer.size() < kHeaderSize + length)
        return std::nullopt;
    const QByteArrayView whole = QByteArrayView(m_buffer).first(kHeaderSize + length);
    const bool valid = checksum(whole.sliced(kPreamble.size(), 2 + length - 1)) == quint8(whole.back());
    if (!valid) {
        // The length itself may be what is damaged: step past this preamble only and resynchronise,
        // so a good frame inside the span is not lost.
        m_buffer.remove(0, 1);
        return DecodeError::BadChecksum;
    }
    DecodedFrame decoded { whole.sliced(kHeaderSize, length - 1).toByteArray() };
    m_buffer.remove(0, kHeaderSize + length);
    return decoded;
}

} // namespace RegPoint::Devices::Sam
