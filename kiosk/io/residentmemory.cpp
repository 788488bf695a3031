#include "residentmemory.h"

#include <QFile>

namespace RegPoint::Kiosk {

qint64 residentKilobytes()
{
    // A /proc file has no size: read it whole rather than asking where it ends.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace RegPoint::Kiosk
