#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace RegPoint::Kiosk {

// Writes `bytes` to `path` so that, once this returns ok, they are on the drive under that name:
// written beside it (".part", never over an existing file), flushed with fsync, renamed, and the
// folder flushed too. A USB stick pulled out afterwards holds the whole file or, if it was pulled
// during the write, no file of that name. Failure codes: "file.exists", "file.write".
Status writeFileDurably(const QString &path, const QByteArray &bytes);

// Reads a file back from the drive rather than from what the system still holds in memory (the
// page cache is dropped first), so a drive that lost the write shows it.
Result<QByteArray> readBackFromDrive(const QString &path, qint64 maxBytes);

} // namespace RegPoint::Kiosk
