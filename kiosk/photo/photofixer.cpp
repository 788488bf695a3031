#include "photofixer.h"

#include "photo/photoinspector.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <climits>

#include <cmath>

namespace RegPoint::Kiosk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoFixer)
};

// The colour just above the head: what padding added to the top of the frame should look like.
QColor backgroundAbove(const QImage &image, const FaceGeometry &geo)
{
    const int rows = std::max(1, std::min(geo.hairTopY, 12));
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            r += c.red();
            g += c.green();
            b += c.blue();
            ++n;
        }
    }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor(Qt::white);
}

double meanLuma(const QImage &image, const QRect &area)
{
    double sum = 0;
    qint64 n = 0;
    const QRect r = area & image.rect();
    for (int y = r.top(); y <= r.bottom(); y += 2) {
        for (int x = r.left(); x <= r.right(); x += 2) {
            const QRgb c = image.pixel(x, y);
            sum += 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
            ++n;
        }
    }
    return n ? sum / double(n) : 0;
}

// Replaces everything but the person with `colour`: GrabCut seeded with the face as certain
// foreground, the frame's top corners and sides as certain background, and a person-shaped
// region (head, neck, shoulders down to the bottom edge) as probable foreground. Runs on a
// copy at about a third of the size with one iteration (on the test portraits the same cut as
// half size and two iterations, in a third of the time); the mask is feathered so hair edges
// blend instead of cutting.
// The allowed backdrop colour closest to what is behind the head now (least visible edge).
QColor nearestAllowed(const QImage &frame, const FaceGeometry &geo, const QList<QColor> &allowed)
{
    const QColor now = backgroundAbove(frame, geo);
    QColor best = allowed.value(0, Qt::white);
    int bestDistance = INT_MAX;
    for (const QColor &c : allowed) {
        const int d
            = std::abs(c.red() - now.red()) + std::abs(c.green() - now.green()) + std::abs(c.blue() - now.blue());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QImage replaceBackground(const QImage &frame, const QRect &face, int hairTop, const QColor &colour)
{
    const cv::Mat full(
        frame.height(), frame.width(), CV_8UC3, const_cast<uchar *>(frame.constBits()), size_t(frame.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(full, bgr, cv::COLOR_RGB2BGR);
    const double k = 0.35;
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), k, k, cv::INTER_AREA);
    const auto at = [k](double v) { return int(std::lround(v * k)); };

    cv::Mat mask(small.size(), CV_8U, cv::Scalar(cv::GC_BGD));
    const int top = std::max(0, at(hairTop - 4));
    const int personLeft = std::max(0, at(face.x() - 0.9 * face.width()));
    const int personRight = std::min(small.cols, at(face.right() + 0.9 * face.width()));
    mask(cv::Rect(personLeft, top, personRight - personLeft, small.rows - top)).setTo(cv::GC_PR_FGD);
    // Above the shoulders the person is no wider than the head.
    const int shoulders = std::min(small.rows, at(face.bottom() + 0.35 * face.height()));
    const int headLeft = std::max(0, at(face.x() - 0.15 * face.width()));
    const int headRight = std::min(small.cols, at(face.right() + 0.15 * face.width()));
    mask(cv::Rect(personLeft, top, std::max(0, headLeft - personLeft), std::max(0, shoulders - top)))
        .setTo(cv::GC_PR_BGD);
    mask(cv::Rect(headRight, top, std::max(0, personRight - headRight), std::max(0, shoulders - top)))
        .setTo(cv::GC_PR_BGD);
    const cv::Rect inner(at(face.x() + 0.2 * face.width()), at(face.y() + 0.15 * face.height()), at(0.6 * face.width()),
        at(0.75 * face.height()));
    mask(inner & cv::Rect(0, 0, small.cols, small.rows)).setTo(cv::GC_FGD);

    cv::Mat bgModel, fgModel;
    cv::grabCut(small, mask, cv::Rect(), bgModel, fgModel, 1, cv::GC_INIT_WITH_MASK);
    cv::Mat person = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    cv::Mat alpha;
    person.convertTo(alpha, CV_32F, 1.0 / 255.0);
    cv::resize(alpha, alpha, full.size(), 0, 0, cv::INTER_LINEAR);
    cv::GaussianBlur(alpha, alpha, cv::Size(7, 7), 0);

    QImage out = frame.copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        const float *a = alpha.ptr<float>(y);
        for (int x = 0; x < out.width(); ++x) {
            const float w = a[x];
            line[3 * x + 0] = uchar(std::lround(w * line[3 * x + 0] + (1 - w) * colour.red()));
            line[3 * x + 1] = uchar(std::lround(w * line[3 * x + 1] + (1 - w) * colour.green()));
            line[3 * x + 2] = uchar(std::lround(w * line[3 * x + 2] + (1 - w) * colour.blue()));
        }
    }
    return out;
}

} // namespace

PhotoFixer::PhotoFixer(const PhotoInspector &inspector)
    : m_inspector(inspector)
{ }

Result<PhotoFix> PhotoFixer::fix(const QImage &sourceAnyFormat) const
{
    const QImage source = sourceAnyFormat.convertToFormat(QImage::Format_RGB888);
    const std::optional<FaceGeometry> geo = m_inspector.locateFace(source);
    if (!geo)
        return Failure { QStringLiteral("photo.no-single-face"),
            Tr::tr("The photo does not show exactly one face, so it cannot be fixed. Take a new photo.") };
    const PhotoProfile &p = m_inspector.profile();
    PhotoFix result;

    // Output pixels per source pixel. Every face width in range gives an interval of eye-line
    // positions that also keeps the hair top in range; take the width whose worst margin (to the
    // face-width limits and to that interval's ends) is largest, and the interval's middle, so the
    // detector's jitter on the result cannot push a value over a limit.
    const double cheek = geo->face.width() * PhotoInspector::kCheekToBoxRatio;
    const double eyeToHair = geo->eyeLineY - geo->hairTopY;
    double scale = 0, eyeAt = 0, bestMargin = -1;
    for (int width = p.faceWidthPx.min; width <= p.faceWidthPx.max; width += 2) {
        const double s = width / cheek;
        const double low = std::max<double>(p.eyeLinePx.min, p.hairTopPx.min + eyeToHair * s);
        const double high = std::min<double>(p.eyeLinePx.max, p.hairTopPx.max + eyeToHair * s);
        if (low > high)
            continue;
        const double margin
            = std::min({ (high - low) / 2, double(width - p.faceWidthPx.min), double(p.faceWidthPx.max - width) });
        if (margin > bestMargin) {
            bestMargin = margin;
            scale = s;
            eyeAt = (low + high) / 2;
        }
    }
    if (scale == 0)
        return Failure { QStringLiteral("photo.proportions"),
            Tr::tr("The head's proportions do not fit the frame rules at any allowed size (hair or chin cut off?). "
                   "Take a new photo.") };

    // The crop, in source pixels; where it leaves the source, the background colour fills in.
    const QRectF crop(geo->midX - p.size.width() / 2.0 / scale, geo->eyeLineY - eyeAt / scale, p.size.width() / scale,
        p.size.height() / scale);
    QImage frame(p.size, QImage::Format_RGB888);
    frame.fill(backgroundAbove(source, *geo));
    {
        QPainter painter(&frame);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(p.size)), source, crop);
    }
    result.applied.append(QStringLiteral("crop_scale"));
    if (!QRectF(source.rect()).contains(crop))
        result.applied.append(QStringLiteral("pad"));

    // Exposure: one gain for the whole frame, so the face averages a mid-tone.
    const QRect faceOut((geo->face.x() - crop.x()) * scale, (geo->face.y() - crop.y()) * scale,
        geo->face.width() * scale, geo->face.height() * scale);
    const double luma = meanLuma(frame, faceOut);
    if (luma > 0 && (luma < 110 || luma > 175)) {
        const double gain = std::clamp(140.0 / luma, 0.5, 2.5);
        for (int y = 0; y < frame.height(); ++y) {
            uchar *line = frame.scanLine(y);
            for (int x = 0; x < frame.width() * 3; ++x)
                line[x] = uchar(std::clamp(std::lround(line[x] * gain), 0L, 255L));
        }
        result.applied.append(QStringLiteral("exposure"));
    }

    // Background: replaced with the nearest allowed colour, only when it fails as it is. The face
    // is where the crop put it: no second search.
    FaceGeometry placed = *geo;
    placed.face = QRect(int((geo->face.x() - crop.x()) * scale), int((geo->face.y() - crop.y()) * scale),
        int(geo->face.width() * scale), int(geo->face.height() * scale));
    placed.hairTopY = int((geo->hairTopY - crop.y()) * scale);
    placed.eyeLineY = (geo->eyeLineY - crop.y()) * scale;
    const QList<PhotoCheck> background = m_inspector.inspectBackground(frame, placed);
    if (std::any_of(background.begin(), background.end(), [](const PhotoCheck &c) { return !c.ok; })) {
        frame = replaceBackground(frame, placed.face, placed.hairTopY, nearestAllowed(frame, placed, p.backgrounds));
        result.applied.append(QStringLiteral("background"));
    }

    result.jpeg = encodeForProfile(frame, p);
    result.applied.append(QStringLiteral("encode"));
    result.image = frame;
    result.report = m_inspector.inspectFile(result.jpeg);
    return result;
}

QByteArray encodeForProfile(const QImage &image, const PhotoProfile &p)
{
    QImage withDensity = image;
    const int dotsPerMeter = qRound(p.dpi / 0.0254);
    withDensity.setDotsPerMeterX(dotsPerMeter);
    withDensity.setDotsPerMeterY(dotsPerMeter);
    QByteArray best;
    for (int quality = 95; quality >= p.minJpegQuality; quality -= 5) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(quality);
        writer.write(withDensity);
        best = bytes;
        if (bytes.size() <= p.fileKb.max * 1024)
            break;
    }
    return best;
}

} // namespace RegPoint::Kiosk
