#include "testpage.h"

#include "pagecanvas.h"
#include "qrcode.h"

#include <QPainter>

namespace RegPoint::Kiosk {

QByteArray testPagePdf(const QDateTime &printedAt, const QString &pointCode, const QString &queue)
{
    const auto paint = [&](PageCanvas &canvas, int) {
        canvas.frame({ 10, 10, 190, 277 }, 0.3);
        canvas.text({ 20, 20, 170, 10 }, u"RegPoint 打印测试页  Printer test page"_qs, 18, Qt::AlignHCenter, true);
        canvas.text({ 20, 34, 170, 24 },
            u"报名点 Point: %1\n打印队列 Queue: %2\n打印时间 Printed: %3"_qs.arg(
                pointCode.isEmpty() ? u"-"_qs : pointCode, queue, printedAt.toString(u"yyyy-MM-dd HH:mm:ss"_qs)),
            11);
        canvas.text({ 20, 62, 170, 20 },
            u"湖南省普通高校招生考试报名登记表 · 考生签字 · 欧阳·买买提 · 证件号码 4301**********0017"_qs, 12);
        // The ruler: 100 mm with a tick each millimetre; measured on paper, it shows any scaling.
        const qreal y = 95;
        canvas.line(20, y, 120, y, 0.3);
        for (int mm = 0; mm <= 100; ++mm)
            canvas.line(20 + mm, y, 20 + mm, y - (mm % 10 == 0 ? 6 : mm % 5 == 0 ? 4 : 2), 0.15);
        canvas.text(
            { 20, y + 2, 120, 6 }, u"0 mm  —  100 mm: 此线应长 100 毫米 (this line should measure 100 mm)"_qs, 8);
        canvas.text({ 20, 285 - 12, 170, 6 },
            u"四周方框距纸边 10 毫米 (the frame is 10 mm inside the edge of the paper)"_qs, 8, Qt::AlignHCenter);
        if (const std::optional<QrCode> qr = QrCode::encode("RegPoint test page"))
            qr->paint(canvas.painter(), canvas.mm(140, 110, 40, 40));
    };
    return renderPdf(QPageSize(QPageSize::A4), u"RegPoint test page"_qs, 1, paint);
}

} // namespace RegPoint::Kiosk
