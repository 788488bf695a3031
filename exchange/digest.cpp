#include "digest.h"

#include "openssl_p.h"

#include <array>

namespace RegPoint::Exchange {

namespace {

constexpr quint8 kInvalid = 0xff;

constexpr std::array<quint8, 256> decodeTable()
{
    std::array<quint8, 256> table {};
    table.fill(kInvalid);
    constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (quint8 i = 0; i < 64; ++i)
        table[quint8(kAlphabet[i])] = i;
    return table;
}

constexpr std::array<quint8, 256> kDecode = decodeTable();

} // namespace

QByteArray sha256(QByteArrayView data)
{
    return Ossl::sha256(data);
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(Ossl::sha256(data).toHex());
}

std::optional<QByteArray> fromBase64Strict(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    if (text.endsWith("=="))
        padding = 2;
    else if (text.endsWith('='))
        padding = 1;
    const auto *in = reinterpret_cast<const quint8 *>(text.data());
    const qsizetype groups = text.size() / 4;
    QByteArray out(groups * 3 - padding, Qt::Uninitialized);
    if (groups == 0)
        return out;
    auto *o = reinterpret_cast<quint8 *>(out.data());
    // Every group but the last is four digits: no padding to look for, and one test for a
    // character outside the alphabet at the end (kInvalid has bits above the six of a digit).
    quint32 digits = 0;
    for (qsizetype g = 0; g < groups - 1; ++g, in += 4, o += 3) {
        const quint32 a = kDecode[in[0]], b = kDecode[in[1]], c = kDecode[in[2]], d = kDecode[in[3]];
        digits |= a | b | c | d;
        const quint32 v = a << 18 | b << 12 | c << 6 | d;
        o[0] = quint8(v >> 16);
        o[1] = quint8(v >> 8);
        o[2] = quint8(v);
    }
    const quint32 a = kDecode[in[0]], b = kDecode[in[1]];
    const quint32 c = padding == 2 ? 0 : kDecode[in[2]];
    const quint32 d = padding >= 1 ? 0 : kDecode[in[3]];
    if ((digits | a | b | c | d) > 63)
        return std::nullopt;
    const quint32 v = a << 18 | b << 12 | c << 6 | d;
    if ((padding == 2 && (v & 0xffff) != 0) || (padding == 1 && (v & 0xff) != 0))
        return std::nullopt; // bits that padding says are not there
    *o++ = quint8(v >> 16);
    if (padding < 2)
        *o++ = quint8(v >> 8);
    if (padding < 1)
        *o = quint8(v);
    return out;
}

} // namespace RegPoint::Exchange
