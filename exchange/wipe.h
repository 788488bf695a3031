#pragma once

#include <QByteArray>
#include <QString>

namespace RegPoint {

// Overwrites a buffer that held personal data before its memory is released.
void wipe(QByteArray &buffer);
void wipe(QString &text);

} // namespace RegPoint
