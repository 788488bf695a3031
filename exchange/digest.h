#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace RegPoint::Exchange {

// SHA-256 through OpenSSL: a dozen times faster than QCryptographicHash in Qt 6.4, which shows
// when the intake and the day end hash every 43 KB envelope (docs/scaling.md).
QByteArray sha256(QByteArrayView data);
QString sha256Hex(QByteArrayView data);

// Standard base64 (RFC 4648, with padding, no line breaks), strictly: any other character, a bad
// length or bad padding gives nullopt, where QByteArray::fromBase64 would skip what it cannot read.
std::optional<QByteArray> fromBase64Strict(QByteArrayView text);

} // namespace RegPoint::Exchange
