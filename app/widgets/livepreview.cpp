#include "livepreview.h"

#include <QPainter>
#include <QPainterPath>

namespace RegPoint::App {

namespace {
const QColor kReady(62, 189, 147);
const QColor kNotReady(222, 145, 29);
const QColor kBand(38, 128, 194, 70);
} // namespace

LivePreview::LivePreview(const Kiosk::PhotoProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("livePreview"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
}

void LivePreview::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void LivePreview::setGuidance(const Kiosk::LiveGuidance &guidance)
{
    m_guidance = guidance;
    update();
}

void LivePreview::setCaptureProgress(double progress)
{
    if (qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    update();
}

void LivePreview::clear()
{
    m_frame = QImage();
    m_guidance.reset();
    m_progress = 0;
    update();
}

void LivePreview::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QRectF LivePreview::imageArea() const
{
    if (m_frame.isNull())
        return rect();
    QSizeF size = m_frame.size();
    size.scale(this->size(), Qt::KeepAspectRatio);
    return { QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size };
}

void LivePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(31, 41, 51));
    if (m_frame.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    ++m_framesShown;
    const QRectF area = imageArea();
    painter.drawImage(area, m_frame);
    const double k = area.width() / m_frame.width(); // frame pixels → widget pixels

    // The part of the frame a photo is cut from: full height, the profile's aspect, centred.
    const double guideHeight = area.height();
    const double guideWidth = guideHeight * m_profile.size.width() / m_profile.size.height();
    const QRectF guide(area.center().x() - guideWidth / 2, area.top(), guideWidth, guideHeight);
    QPainterPath outside;
    outside.addRect(area);
    outside.addRect(guide);
    painter.fillPath(outside, QColor(0, 0, 0, 90));
    const double perRow = guideHeight / m_profile.size.height();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Kiosk::IntRange &band : { m_profile.hairTopPx, m_profile.eyeLinePx })
        painter.fillRect(
            QRectF(guide.left(), guide.top() + band.min * perRow, guide.width(), (band.max - band.min) * perRow),
            kBand);

    if (m_guidance && m_guidance->faceFound) {
        const QRectF face(area.left() + m_guidance->face.x() * k, area.top() + m_guidance->face.y() * k,
            m_guidance->face.width() * k, m_guidance->face.height() * k);
        const QColor colour = m_guidance->readyToCapture ? kReady : kNotReady;
        painter.setPen(QPen(colour, 3));
        painter.drawRoundedRect(face, 8, 8);
        if (m_progress > 0) {
            const QRectF ring(face.right() - 36, face.top() - 44, 32, 32);
            painter.setPen(QPen(kReady, 5, Qt::SolidLine, Qt::RoundCap));
            painter.drawArc(ring, 90 * 16, -int(m_progress * 360 * 16));
        }
    }
}

} // namespace RegPoint::App
