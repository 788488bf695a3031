// libFuzzer target: whatever bytes a point (or anyone past the TLS handshake) posts, the
// protocol decoders of regpoint_exchange neither crash nor accept something they cannot write
// back: every accepted message re-encodes to JSON that decodes to the same message.

#include "configbundle.h"
#include "jsonfields.h"
#include "receipt.h"
#include "serialblock.h"
#include "syncmessages.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace RegPoint;
using namespace RegPoint::Exchange;

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

template<typename T>
void roundTrip(const Result<T> &first)
{
    if (!first) {
        if (first.failure().code != kMalformed)
            abort(); // every refusal of a decoder is request.malformed
        return;
    }
    const QByteArray again = compact(first->toJson());
    const Result<T> second = T::fromJson(again);
    if (!second || compact(second->toJson()) != again)
        abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip(Manifest::fromJson(input));
    roundTrip(StatusRequest::fromJson(input));
    roundTrip(StatusAnswer::fromJson(input));
    roundTrip(SerialBlockRequest::fromJson(input));
    roundTrip(ManifestAnswer::fromJson(input));
    roundTrip(RecordAnswer::fromJson(input));
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    (void)ReceiptBody::fromJson(object);
    (void)ConfigBundle::fromJson(object);
    (void)SerialBlock::fromJson(object);
    (void)ProtocolError::fromJson(input);
    return 0;
}
