// libFuzzer target: whatever bytes a reader (or a broken cable) sends, the frame decoder and the
// card parsers neither crash nor read out of bounds, and every frame they accept is well formed.

#include "idcard/idcarddata.h"
#include "idcard/samframe.h"

#include <cstdint>
#include <cstdlib>

using namespace RegPoint::Devices;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype chunk = 1 + data[0] % 64; // the first byte picks how the stream is chunked

    Sam::FrameDecoder decoder;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        decoder.feed(input.sliced(at, std::min(chunk, input.size() - at)));
        while (const auto event = decoder.next()) {
            const auto *frame = std::get_if<Sam::DecodedFrame>(&*event);
            if (!frame)
                continue;
            // Invariant: an accepted frame re-encodes to bytes that were in the stream.
            if (!input.toByteArray().contains(Sam::frame(frame->payload)))
                abort();
            if (frame->payload.size() > Sam::kMaxLength)
                abort();
            if (const auto response = Sam::parseResponse(frame->payload)) {
                (void)parseReadData(response->data);
                (void)parseAddedAddress(response->data);
            }
            (void)Sam::parseRequest(frame->payload);
        }
        if (decoder.buffered() > Sam::kHeaderSize + Sam::kMaxLength + 64)
            abort(); // the buffer stays bounded
    }
    // The parsers straight on raw input as well.
    (void)parseReadData(input);
    if (input.size() >= 256)
        (void)parseCardText(input.first(256));
    (void)decodeUcs2(input);
    return 0;
}
