#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace RegPoint::Kiosk {

std::optional<QrCode> QrCode::encode(const QByteArray &text)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode result;
    result.m_modules = code->width;
    result.m_dark.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        result.m_dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module (qrencode.h)
    return result;
}

void QrCode::paint(QPainter &painter, const QRectF &area) const
{
    const int side = m_modules + 2 * kQuietZone;
    const qreal module = std::min(area.width(), area.height()) / side;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(area, Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_modules; ++y) {
        for (int x = 0; x < m_modules; ++x) {
            if (dark(x, y)) {
                // A touch wider than the module so neighbours join without hairline gaps.
                painter.drawRect(QRectF(area.left() + (x + kQuietZone) * module, area.top() + (y + kQuietZone) * module,
                    module * 1.02, module * 1.02));
            }
        }
    }
    painter.restore();
}

} // namespace RegPoint::Kiosk
