#pragma once

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace RegPoint::Kiosk {

// Draws a printed page in millimetres and points on any paint device: the PDF that goes to the
// printer, or an image of the same page for the screen and the tests. Chinese is set in Noto
// Sans CJK SC, asked for by name (left to itself Qt picks the Japanese cut, PLATFORM.md).
class PageCanvas
{
public:
    enum class Face
    {
        Sans,
        Serif,
        Mono,
    };

    PageCanvas(QPainter &painter, qreal dotsPerInch);

    QPainter &painter() { return m_painter; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QRectF mm(qreal x, qreal y, qreal width, qreal height) const;
    static QFont font(qreal points, bool bold = false, Face face = Face::Sans);

    // Draws `text` in the box (millimetres), wrapped, at `points` or smaller, down to
    // `minPoints`, so that it fits: a long address or name shrinks rather than being cut. At the
    // smallest size it may still overflow the box's bottom, never its sides; returns the size used.
    qreal fitText(const QRectF &boxMm, const QString &text, qreal points, qreal minPoints,
        int alignment = Qt::AlignLeft | Qt::AlignTop, bool bold = false, Face face = Face::Sans);
    // The width of `text` on one line at `points`, in millimetres.
    qreal textWidth(const QString &text, qreal points, bool bold = false, Face face = Face::Sans) const;
    // The height `text` takes wrapped in `widthMm` at `points`, in millimetres.
    qreal textHeight(qreal widthMm, const QString &text, qreal points, bool bold = false, Face face = Face::Sans) const;
    void text(const QRectF &boxMm, const QString &text, qreal points, int alignment = Qt::AlignLeft | Qt::AlignTop,
        bool bold = false, Face face = Face::Sans);
    void line(qreal x1Mm, qreal y1Mm, qreal x2Mm, qreal y2Mm, qreal widthMm = 0.25, Qt::PenStyle style = Qt::SolidLine);
    void frame(const QRectF &boxMm, qreal widthMm = 0.25);
    void fill(const QRectF &boxMm, const QColor &colour);

private:
    QPainter &m_painter;
    const qreal m_dpi;
};

using PagePainter = std::function<void(PageCanvas &canvas, int page)>;

// The pages as one PDF in memory (it is printed or archived from there, never written to disk in
// clear). `title` goes into the PDF's metadata: nothing personal.
QByteArray renderPdf(const QPageSize &size, const QString &title, int pages, const PagePainter &paint);
// One page as an image at `dotsPerInch`, white behind it.
QImage renderPageImage(const QPageSize &size, qreal dotsPerInch, const PagePainter &paint, int page = 0);

} // namespace RegPoint::Kiosk
