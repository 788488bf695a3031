#include "captureslip.h"

#include "qrcode.h"
#include "records/recordview.h"

#include <QPainter>

namespace RegPoint::Kiosk {

namespace {
constexpr qreal kMargin = 15; // mm
constexpr qreal kSlipHeight = 148.5; // half of A4
constexpr qreal kSlipQrSide = 42;
} // namespace

CaptureSlip CaptureSlip::of(const RecordView &record, const QString &serial, const QString &pointCode)
{
    return { serial, record.maskedName, record.maskedIdNumber, pointCode, record.shortId, record.createdAt };
}

int CaptureSlip::examYear() const
{
    const QDate day = savedAt.date();
    return day.month() >= 7 ? day.year() + 1 : day.year();
}

QPageSize CaptureSlip::pageSize()
{
    return { QPageSize::A4 };
}

QString CaptureSlip::jobTitle() const
{
    return u"slip-"_qs + shortId;
}

void CaptureSlip::paint(PageCanvas &canvas) const
{
    const qreal width = 210 - 2 * kMargin;
    qreal y = 12;
    canvas.text({ kMargin, y, width, 9 }, u"湖南省%1年普通高校招生考试  报名凭条"_qs.arg(examYear()), 16,
        Qt::AlignHCenter | Qt::AlignTop, true);
    y += 9;
    canvas.text({ kMargin, y, width, 5 },
        u"Hunan %1 college entrance examination: registration slip"_qs.arg(examYear()), 8.5, Qt::AlignHCenter);
    y += 9;

    // The number first and largest: it is what the candidate needs from this paper.
    const qreal fieldsWidth = width - kSlipQrSide - 6;
    canvas.text({ kMargin, y, fieldsWidth, 5 }, u"报名流水号  Registration number"_qs, 9);
    canvas.fitText({ kMargin, y + 5, fieldsWidth, 13 }, serial, 24, 14, Qt::AlignLeft | Qt::AlignVCenter, true,
        PageCanvas::Face::Mono);
    const QRectF qrBox = canvas.mm(kMargin + width - kSlipQrSide, y - 1, kSlipQrSide, kSlipQrSide);
    if (const std::optional<QrCode> qr = QrCode::encode(serial.toUtf8()))
        qr->paint(canvas.painter(), qrBox);
    y += 21;

    const QList<std::pair<QString, QString>> fields {
        { u"考生姓名  Name"_qs, maskedName },
        { u"证件号码  ID number"_qs, maskedIdNumber },
        { u"报名点  Registration point"_qs, pointCode },
        { u"采集时间  Captured"_qs, savedAt.toString(u"yyyy-MM-dd HH:mm"_qs) },
        { u"记录号  Record"_qs, shortId },
    };
    for (const auto &[label, value] : fields) {
        canvas.text({ kMargin, y, 48, 6 }, label, 9, Qt::AlignLeft | Qt::AlignVCenter);
        canvas.fitText({ kMargin + 48, y, fieldsWidth - 48, 6 }, value, 11, 8, Qt::AlignLeft | Qt::AlignVCenter);
        y += 7;
    }
    y += 3;

    canvas.frame({ kMargin, y, width, 42 });
    canvas.text({ kMargin + 3, y + 2, width - 6, 20 },
        u"下一步：请登录湖南省普通高校招生考试网上报名系统（或手机 App），输入身份证号或上面的报名流水号，"
        "填写其余报名信息。报名结束后，请回到本报名点核对报名登记表并签字确认。请妥善保管本凭条。"_qs,
        10.5);
    canvas.text({ kMargin + 3, y + 22, width - 6, 18 },
        u"Next: log in to the online registration system (or the app) with your ID number or the registration "
        "number above and fill in the rest of the form. After registration closes, come back to this point to "
        "check and sign your registration sheet. Keep this slip."_qs,
        8.5);

    canvas.line(0, kSlipHeight, 210, kSlipHeight, 0.3, Qt::DashLine);
    canvas.text({ kMargin, kSlipHeight + 1, width, 5 }, u"沿虚线剪下  Cut along the line"_qs, 7, Qt::AlignRight);
}

QByteArray CaptureSlip::pdf() const
{
    return renderPdf(pageSize(), jobTitle(), 1, [this](PageCanvas &canvas, int) { paint(canvas); });
}

QImage CaptureSlip::image(qreal dotsPerInch) const
{
    return renderPageImage(pageSize(), dotsPerInch, [this](PageCanvas &canvas, int) { paint(canvas); });
}

} // namespace RegPoint::Kiosk
