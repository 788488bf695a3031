#include "pagecanvas.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>

#include <cmath>

namespace RegPoint::Kiosk {

namespace {
// The PDF's coordinate grid: fine enough for a QR module of 0.5 mm to land on whole dots.
constexpr int kPdfDpi = 600;

// Noto CJK draws a radical and the ideograph it looks like (⻚ U+2EDA, 页 U+9875) with one glyph,
// and Qt's PDF names each glyph by the lowest code point that uses it, so a search or a copy of
// "页" found "⻚". Which ideograph a radical's glyph stands for, read from the font itself.
const QHash<char16_t, char16_t> &ideographOfRadical()
{
    static const QHash<char16_t, char16_t> table = [] {
        QHash<char16_t, char16_t> result;
        QFont cjk(u"Noto Sans CJK SC"_qs);
        cjk.setPointSize(12);
        const QRawFont font = QRawFont::fromFont(cjk);
        if (!font.isValid())
            return result;
        QHash<quint32, char16_t> ideographOfGlyph;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c) {
            const QChar ch(c);
            quint32 glyph = 0;
            int count = 1;
            if (font.glyphIndexesForChars(&ch, 1, &glyph, &count) && glyph != 0)
                ideographOfGlyph.insert(glyph, c);
        }
        for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
            const QChar ch(r);
            quint32 glyph = 0;
            int count = 1;
            if (font.glyphIndexesForChars(&ch, 1, &glyph, &count) && glyph != 0 && ideographOfGlyph.contains(glyph))
                result.insert(r, ideographOfGlyph.value(glyph));
        }
        return result;
    }();
    return table;
}

// Rewrites the text maps (ToUnicode CMaps, which QPdfWriter leaves uncompressed) in place: each
// <XXXX> is replaced by one of the same length, so no object moves and the xref stays right.
void nameGlyphsByTheirIdeographs(QByteArray &pdf)
{
    static const QRegularExpression section(
        u"beginbf(?:range|char)\\n(.*?)endbf(?:range|char)"_qs, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression code(u"<([0-9A-Fa-f]{4})>"_qs);
    const QString text = QString::fromLatin1(pdf);
    for (auto match = section.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        for (qsizetype line = found.capturedStart(1); line < found.capturedEnd(1);) {
            const qsizetype end = text.indexOf(u'\n', line);
            if (end < 0)
                break;
            // In each line the first code (two in a range) names glyphs; the rest are code points.
            const QString row = text.mid(line, end - line);
            const int skip = row.startsWith(u'<') && found.captured(0).startsWith(u"beginbfrange") ? 2 : 1;
            int seen = 0;
            for (auto codes = code.globalMatch(row); codes.hasNext();) {
                const QRegularExpressionMatch c = codes.next();
                if (++seen <= skip)
                    continue;
                const auto mapped = ideographOfRadical().constFind(char16_t(c.captured(1).toUInt(nullptr, 16)));
                if (mapped != ideographOfRadical().constEnd()) {
                    const QByteArray hex = QByteArray::number(int(*mapped), 16).toUpper().rightJustified(4, '0');
                    pdf.replace(line + c.capturedStart(1), 4, hex);
                }
            }
            line = end + 1;
        }
    }
}
} // namespace

PageCanvas::PageCanvas(QPainter &painter, qreal dotsPerInch)
    : m_painter(painter)
    , m_dpi(dotsPerInch)
{ }

QRectF PageCanvas::mm(qreal x, qreal y, qreal width, qreal height) const
{
    return { mm(x), mm(y), mm(width), mm(height) };
}

QFont PageCanvas::font(qreal points, bool bold, Face face)
{
    static const QStringList sans { u"DejaVu Sans"_qs, u"Noto Sans CJK SC"_qs };
    static const QStringList serif { u"DejaVu Serif"_qs, u"Noto Serif CJK SC"_qs, u"Noto Sans CJK SC"_qs };
    static const QStringList mono { u"Noto Sans Mono CJK SC"_qs, u"Noto Sans CJK SC"_qs };
    QFont font;
    font.setFamilies(face == Face::Serif ? serif : face == Face::Mono ? mono : sans);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

qreal PageCanvas::fitText(
    const QRectF &boxMm, const QString &text, qreal points, qreal minPoints, int alignment, bool bold, Face face)
{
    const QRectF box = mm(boxMm.x(), boxMm.y(), boxMm.width(), boxMm.height());
    int flags = alignment | Qt::TextWordWrap;
    qreal size = points;
    for (;; size -= 0.5) {
        size = std::max(size, minPoints);
        const QFontMetricsF metrics(font(size, bold, face), m_painter.device());
        const QRectF needed = metrics.boundingRect(QRectF(box.topLeft(), QSizeF(box.width(), 1e6)), flags, text);
        const bool narrowEnough = needed.width() <= box.width() + 0.5;
        if ((narrowEnough && needed.height() <= box.height()) || size <= minPoints) {
            // A word wider than the box (an unbroken English name) wraps anywhere instead.
            if (!narrowEnough)
                flags = alignment | Qt::TextWrapAnywhere;
            break;
        }
    }
    m_painter.setFont(font(size, bold, face));
    m_painter.drawText(box, flags, text);
    return size;
}

qreal PageCanvas::textHeight(qreal widthMm, const QString &text, qreal points, bool bold, Face face) const
{
    const QFontMetricsF metrics(font(points, bold, face), m_painter.device());
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, mm(widthMm), 1e6), Qt::AlignLeft | Qt::TextWordWrap, text);
    return needed.height() * 25.4 / m_dpi;
}

qreal PageCanvas::textWidth(const QString &text, qreal points, bool bold, Face face) const
{
    return QFontMetricsF(font(points, bold, face), m_painter.device()).horizontalAdvance(text) * 25.4 / m_dpi;
}

void PageCanvas::fill(const QRectF &boxMm, const QColor &colour)
{
    m_painter.fillRect(mm(boxMm.x(), boxMm.y(), boxMm.width(), boxMm.height()), colour);
}

void PageCanvas::text(const QRectF &boxMm, const QString &text, qreal points, int alignment, bool bold, Face face)
{
    m_painter.setFont(font(points, bold, face));
    m_painter.drawText(mm(boxMm.x(), boxMm.y(), boxMm.width(), boxMm.height()), alignment | Qt::TextWordWrap, text);
}

void PageCanvas::line(qreal x1Mm, qreal y1Mm, qreal x2Mm, qreal y2Mm, qreal widthMm, Qt::PenStyle style)
{
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, mm(widthMm), style));
    m_painter.drawLine(QPointF(mm(x1Mm), mm(y1Mm)), QPointF(mm(x2Mm), mm(y2Mm)));
    m_painter.restore();
}

void PageCanvas::frame(const QRectF &boxMm, qreal widthMm)
{
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, mm(widthMm)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(mm(boxMm.x(), boxMm.y(), boxMm.width(), boxMm.height()));
    m_painter.restore();
}

QByteArray renderPdf(const QPageSize &size, const QString &title, int pages, const PagePainter &paint)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfDpi);
        writer.setPageSize(size);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(u"RegPoint"_qs);
        QPainter painter(&writer);
        painter.setPen(Qt::black);
        PageCanvas canvas(painter, kPdfDpi);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paint(canvas, page);
        }
    }
    nameGlyphsByTheirIdeographs(pdf);
    return pdf;
}

QImage renderPageImage(const QPageSize &size, qreal dotsPerInch, const PagePainter &paint, int page)
{
    const QSizeF inches = size.size(QPageSize::Inch);
    QImage image(int(std::lround(inches.width() * dotsPerInch)), int(std::lround(inches.height() * dotsPerInch)),
        QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerInch / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dotsPerInch / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    PageCanvas canvas(painter, dotsPerInch);
    paint(canvas, page);
    return image;
}

} // namespace RegPoint::Kiosk
