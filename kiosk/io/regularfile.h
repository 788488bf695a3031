#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace RegPoint::Kiosk {

// Reads a file that someone else chose (a photo from a USB stick, a profile, a certificate) without
// trusting what the path names: only a regular file is read (never a device, a FIFO or a socket,
// which could block or never end), and only if it has at most `maxBytes` bytes; a larger file is
// refused from its size, before a byte is read. Failure codes: "file.unreadable",
// "file.not-regular", "file.too-large"; the message names the file and what to do.
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

// A file the point itself wrote (its keys, certificates, point code), whole; empty if unreadable.
QByteArray readOwnFile(const QString &path);

// The size a regular file has, without reading it; -1 if it is no regular file or cannot be opened.
qint64 regularFileSize(const QString &path);

} // namespace RegPoint::Kiosk
