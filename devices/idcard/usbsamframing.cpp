#include "usbsamframing.h"

#include "samframe.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace RegPoint::Devices {

namespace {
int frameLength(QByteArrayView header)
{
    return quint8(header[5]) << 8 | quint8(header[6]);
}
bool isHeader(QByteArrayView header)
{
    return header.size() == Sam::kHeaderSize && header.first(5) == Sam::kPreamble;
}
} // namespace

UsbSamFraming::UsbSamFraming(UsbEndpoints &endpoints)
    : m_endpoints(endpoints)
{ }

std::optional<QByteArray> UsbSamFraming::transact(const QByteArray &requestFrame, std::chrono::milliseconds timeout)
{
    if (requestFrame.size() < Sam::kHeaderSize)
        return std::nullopt;
    if (m_mode == Mode::SplitPipe) {
        if (auto answer = transactSplit(requestFrame, timeout)) {
            m_modeConfirmed = true;
            return answer;
        }
        if (m_modeConfirmed || m_endpoints.isGone())
            return std::nullopt; // split-pipe worked before: this is a silent device, not other firmware
        qCInfo(lcReader) << "USB reader: split-pipe framing failed, trying single-pipe";
        m_mode = Mode::SinglePipe;
    }
    return transactSingle(requestFrame, timeout);
}

std::optional<QByteArray> UsbSamFraming::readExactly(quint8 endpoint, int length, std::chrono::milliseconds timeout)
{
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (out.size() < length) {
        const auto left = timeout - std::chrono::milliseconds(timer.elapsed());
        if (left.count() <= 0)
            return std::nullopt;
        const auto chunk = m_endpoints.bulkRead(endpoint, std::max(kPacketSize, length - int(out.size())), left);
        if (!chunk)
            return std::nullopt;
        out.append(*chunk);
    }
    return out;
}

std::optional<QByteArray> UsbSamFraming::transactSplit(const QByteArray &request, std::chrono::milliseconds timeout)
{
    if (!m_endpoints.bulkWrite(kHeaderOut, QByteArrayView(request).first(Sam::kHeaderSize), timeout)
        || !m_endpoints.bulkWrite(kBodyOut, QByteArrayView(request).sliced(Sam::kHeaderSize), timeout))
        return std::nullopt;
    const auto header = readExactly(kHeaderIn, Sam::kHeaderSize, timeout);
    if (!header || !isHeader(*header))
        return std::nullopt;
    const int length = frameLength(*header);
    if (length < 2 || length > Sam::kMaxLength)
        return std::nullopt;
    const auto body = readExactly(kBodyIn, length, timeout);
    if (!body || body->size() != length)
        return std::nullopt;
    return *header + *body;
}

std::optional<QByteArray> UsbSamFraming::transactSingle(const QByteArray &request, std::chrono::milliseconds timeout)
{
    if (!m_endpoints.bulkWrite(kHeaderOut, request, timeout))
        return std::nullopt;
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    // 64-byte packets until the length field says the frame is complete.
    while (answer.size() < Sam::kHeaderSize || answer.size() < Sam::kHeaderSize + frameLength(answer)) {
        const auto left = timeout - std::chrono::milliseconds(timer.elapsed());
        if (left.count() <= 0)
            return std::nullopt;
        const auto packet = m_endpoints.bulkRead(kHeaderIn, kPacketSize, left);
        if (!packet)
            return std::nullopt;
        answer.append(*packet);
        if (answer.size() >= Sam::kHeaderSize
            && (!isHeader(QByteArrayView(answer).first(Sam::kHeaderSize)) || frameLength(answer) > Sam::kMaxLength))
            return std::nullopt;
    }
    answer.truncate(Sam::kHeaderSize + frameLength(answer));
    return answer;
}

} // namespace RegPoint::Devices
