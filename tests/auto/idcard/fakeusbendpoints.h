#pragma once

#include "idcard/samframe.h"
#include "idcard/sammodule.h"
#include "idcard/usbsamframing.h"

#include <QMutex>

#include <deque>
#include <map>

namespace RegPoint::Tests {

// USB bulk pipes in front of a simulated SAM module. Split-pipe firmware answers on 0x81 (header)
// and 0x85 (body); single-pipe firmware rejects EP 0x06 and answers on 0x81 only. Reads hand out
// at most `packet` bytes at a time, as 64-byte USB packets would. Thread-safe: the reader's
// worker thread calls the transfers while the test moves cards.
class FakeUsbEndpoints final : public Devices::UsbEndpoints
{
public:
    enum class Firmware
    {
        SplitPipe,
        SinglePipe
    };

    struct Shared
    {
        QMutex mutex;
        Devices::SamModule module;
        bool gone = false;
        bool silent = false;
        std::map<quint8, int> writes; // per endpoint
    };

    FakeUsbEndpoints(std::shared_ptr<Shared> shared, Firmware firmware, int packet = 64)
        : m_shared(std::move(shared))
        , m_firmware(firmware)
        , m_packet(packet)
    { }

    bool bulkWrite(quint8 endpoint, QByteArrayView data, std::chrono::milliseconds) override
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->writes[endpoint];
        if (m_shared->gone)
            return false;
        if (endpoint == Devices::UsbSamFraming::kBodyOut && m_firmware == Firmware::SinglePipe)
            return false; // no such endpoint
        if (endpoint == Devices::UsbSamFraming::kHeaderOut && m_firmware == Firmware::SplitPipe) {
            m_pending = data.toByteArray();
            return true;
        }
        const QByteArray request
            = m_firmware == Firmware::SplitPipe ? m_pending + data.toByteArray() : data.toByteArray();
        m_pending.clear();
        // A frame is a header, a payload and a checksum byte. Less (the header alone, which
        // split-pipe framing sends first to EP 0x02) is no request: the module ignores it.
        if (request.size() < Devices::Sam::kHeaderSize + 1 || m_shared->silent)
            return true;
        const QByteArray answer
            = m_shared->module.answer(QByteArrayView(request).sliced(Devices::Sam::kHeaderSize, request.size() - 8));
        if (m_firmware == Firmware::SplitPipe) {
            m_in[Devices::UsbSamFraming::kHeaderIn].append(answer.left(Devices::Sam::kHeaderSize));
            m_in[Devices::UsbSamFraming::kBodyIn].append(answer.mid(Devices::Sam::kHeaderSize));
        } else {
            m_in[Devices::UsbSamFraming::kHeaderIn].append(answer);
        }
        return true;
    }

    std::optional<QByteArray> bulkRead(quint8 endpoint, int maxLength, std::chrono::milliseconds) override
    {
        QMutexLocker lock(&m_shared->mutex);
        QByteArray &queue = m_in[endpoint];
        if (m_shared->gone || queue.isEmpty())
            return std::nullopt; // a timeout, as libusb reports it
        const QByteArray chunk = queue.left(std::min(maxLength, m_packet));
        queue.remove(0, chunk.size());
        return chunk;
    }

    bool isGone() const override
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->gone;
    }

private:
    std::shared_ptr<Shared> m_shared;
    Firmware m_firmware;
    int m_packet;
    QByteArray m_pending;
    std::map<quint8, QByteArray> m_in;
};

} // namespace RegPoint::Tests
