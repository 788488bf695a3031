#pragma once

#include <QByteArray>
#include <QRectF>
#include <QVector>

#include <optional>

class QPainter;

namespace RegPoint::Kiosk {

// A QR code (libqrencode, error correction M: a slip creased in a pocket still scans).
class QrCode
{
public:
    static std::optional<QrCode> encode(const QByteArray &text);

    int modules() const { return m_modules; } // per side, without the quiet zone
    bool dark(int x, int y) const { return m_dark.at(y * m_modules + x); }
    // Fills `area` (square) with the code and its 4-module quiet zone; white behind it.
    void paint(QPainter &painter, const QRectF &area) const;

    static constexpr int kQuietZone = 4;

private:
    int m_modules = 0;
    QVector<bool> m_dark;
};

} // namespace RegPoint::Kiosk
