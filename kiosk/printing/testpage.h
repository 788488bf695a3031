#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace RegPoint::Kiosk {

// The printer's test page: Chinese and Latin text, a 100 mm ruler and a frame 10 mm inside the
// edge (a printer that scales or shifts the page shows it at once), and a QR code. Nothing personal.
QByteArray testPagePdf(const QDateTime &printedAt, const QString &pointCode, const QString &queue);

} // namespace RegPoint::Kiosk
