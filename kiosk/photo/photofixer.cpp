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

struct PhotoFixerTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoFixer)
};

// The mean colour of `area` (clipped to the image), sampling every second pixel of every
// `rowStep`-th row.
struct MeanColour
{
    double red = 0, green = 0, blue = 0;
    qint64 samples = 0;
    QColor colour(const QColor &fallback) const { return samples ? QColor(int(red), int(green), int(blue)) : fallback; }
    double luma() const { return 0.299 * red + 0.587 * green + 0.114 * blue; }
};

MeanColour meanColour(const QImage &image, const QRect &area, int rowStep = 2)
{
    MeanColour m;
    const QRect clipped = area & image.rect();
    for (int y = clipped.top(); y <= clipped.bottom(); y += rowStep) {
        for (int x = clipped.left(); x <= clipped.right(); x += 2) {
            const QRgb c = image.pixel(x, y);
            m.red += qRed(c);
            m.green += qGreen(c);
            m.blue += qBlue(c);
            ++m.samples;
        }
    }
    if (m.samples) {
        m.red /= double(m.samples);
        m.green /= double(m.samples);
        m.blue /= double(m.samples);
    }
    return m;
}

// The colour just above the head: what padding added to the top of the frame should look like.
QColor backgroundAbove(const QImage &image, const FaceGeometry &geo)
{
    return meanColour(image, QRect(0, 0, image.width(), std::max(1, std::min(geo.hairTopY, 12))), 1).colour(Qt::white);
}

Failure noSingleFace()
{
    return { QStringLiteral("photo.no-single-face"), [] {
                return PhotoFixerTr::tr(
                    "The photo does not show exactly one face, so it cannot be fixed. Take a new photo.");
            } };
}

Failure uncleanBackground()
{
    return { QStringLiteral("photo.background-unclean"),
        [] {
            return PhotoFixerTr::tr(
                "The background cannot be replaced cleanly: hair or clothes blend into it. Take the photo in front of "
                "the backdrop.");
        } };
}

// The allowed backdrop colour for a replaced background.
QColor backdropFor(const QImage &frame, const FaceGeometry &geo, const QList<QColor> &allowed)
{
    // The clothes: the middle of the chest, between the chin and the lower edge.
    const int chestTop = int(geo.chinY + 0.5 * (geo.chinY - geo.eyeLineY));
    const QColor clothes = meanColour(frame,
        QRect(int(geo.midX - geo.cheekWidth / 3), chestTop, int(geo.cheekWidth * 2 / 3), frame.height() - chestTop))
                               .colour(Qt::black);
    const QColor now = backgroundAbove(frame, geo);
    auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    // Clothes must stand apart from the backdrop (a white shirt on white is the classic failure):
    // of the colours far enough from them, the one nearest what is behind the head now (the
    // least visible edge in the hair); if none is, the one furthest from the clothes.
    constexpr int kClothesApart = 90; // sum of the channel differences
    QColor best;
    int bestDistance = INT_MAX;
    for (const QColor &c : allowed) {
        if (distance(c, clothes) >= kClothesApart && distance(c, now) < bestDistance) {
            bestDistance = distance(c, now);
            best = c;
        }
    }
    if (best.isValid())
        return best;
    best = allowed.value(0, Qt::white);
    for (const QColor &c : allowed) {
        if (distance(c, clothes) > distance(best, clothes))
            best = c;
    }
    return best;
}

// Everything but the person becomes `colour`, through the person mask feathered over a few
// pixels so hair edges blend instead of cutting.
QImage replaceBackground(const QImage &frame, const QImage &personMask, const QColor &colour)
{
    const QImage mask = personMask.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat alpha;
    cv::Mat(mask.height(), mask.width(), CV_8U, const_cast<uchar *>(mask.constBits()), size_t(mask.bytesPerLine()))
        .convertTo(alpha, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(alpha, alpha, cv::Size(0, 0), 1.5);
    QImage out(frame.size(), QImage::Format_RGB888);
    const cv::Mat person(
        frame.height(), frame.width(), CV_8UC3, const_cast<uchar *>(frame.constBits()), size_t(frame.bytesPerLine()));
    const cv::Mat backdrop(person.size(), CV_8UC3, cv::Scalar(colour.red(), colour.green(), colour.blue()));
    cv::Mat blended(out.height(), out.width(), CV_8UC3, out.bits(), size_t(out.bytesPerLine()));
    cv::blendLinear(person, backdrop, alpha, 1.0f - alpha, blended);
    return out;
}

// `image` drawn through the crop into a frame of `size`, `fill` where the crop leaves it.
QImage cropped(const QImage &image, const QRectF &crop, const QSize &size, const QColor &fill, QImage::Format format)
{
    QImage frame(size, format);
    frame.fill(fill);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(size)), image, crop);
    return frame;
}

} // namespace

PhotoFixer::PhotoFixer(const PhotoInspector &inspector)
    : m_inspector(inspector)
{ }

Result<PhotoFix> PhotoFixer::fix(const QImage &sourceAnyFormat) const
{
    const QImage source = sourceAnyFormat.convertToFormat(QImage::Format_RGB888);
    if (source.size() == m_inspector.profile().size) {
        std::optional<FaceGeometry> geo;
        const PhotoReport report = m_inspector.inspectImage(source, &geo);
        return fix(source, report, std::move(geo));
    }
    std::optional<FaceGeometry> geo = m_inspector.locateFace(source);
    if (geo && geo->headCut) // a coarse cut of a busy scene may run the hair into the top edge: look closer
        geo = m_inspector.locateFace(source, true);
    if (!geo)
        return noSingleFace();
    return reframe(source, *geo);
}

Result<PhotoFix> PhotoFixer::fix(
    const QImage &sourceAnyFormat, const PhotoReport &asChecked, std::optional<FaceGeometry> where) const
{
    const QImage source = sourceAnyFormat.convertToFormat(QImage::Format_RGB888);
    // Only the file is wrong (format, dpi, size in KB): re-encode the picture as it is.
    const bool onlyTheFile = std::all_of(asChecked.checks.begin(), asChecked.checks.end(), [](const PhotoCheck &c) {
        return c.ok || c.severity != PhotoSeverity::Error || c.id == QLatin1String("format")
            || c.id == QLatin1String("file_size");
    });
    if (source.size() == m_inspector.profile().size && onlyTheFile)
        return encoded(source, {});
    if (!where)
        return noSingleFace();
    return reframe(source, *where);
}

PhotoFix PhotoFixer::encoded(const QImage &image, QStringList applied) const
{
    PhotoFix result;
    result.jpeg = encodeForProfile(image, m_inspector.profile());
    result.applied = std::move(applied);
    result.applied.append(QStringLiteral("encode"));
    result.image = image;
    result.report = m_inspector.inspectFile(result.jpeg);
    return result;
}

Result<PhotoFix> PhotoFixer::reframe(const QImage &source, const FaceGeometry &found) const
{
    const PhotoProfile &p = m_inspector.profile();
    const std::optional<FaceGeometry> geo = found;
    QStringList applied;
    if (geo->headCut) {
        // A head reaches 1.1 to 1.4 eye-to-chin distances above the eyes, hair included (the
        // hand-measured real faces): a cut that runs into the top edge from further down has
        // taken in the scene above, and the fault is the background, not the framing.
        if (geo->eyeLineY > 1.5 * (geo->chinY - geo->eyeLineY))
            return uncleanBackground();
        return Failure { QStringLiteral("photo.head-cut"),
            [] {
                return PhotoFixerTr::tr(
                    "The top of the head is cut off in this photo, so it cannot be fixed. Take a new photo with "
                    "space above the hair.");
            } };
    }

    // The crop, in source pixels, for a scale (output pixels per source pixel) and an eye line.
    // Above the head the backdrop may be extended; below, the body must continue out of the frame
    // as in any portrait, and at the sides the crop may only leave the source where the person
    // does not touch its edge: otherwise the result is a floating bust or a shoulder cut straight.
    const QImage &mask = geo->personMask;
    auto touches = [&mask](int x) {
        for (int y = 0; y < mask.height(); ++y) {
            if (mask.constScanLine(y)[x])
                return true;
        }
        return false;
    };
    const bool personAtLeft = touches(0), personAtRight = touches(mask.width() - 1);
    auto cropFor = [&](double scale, double eyeAt) {
        return QRectF(geo->midX - p.size.width() / 2.0 / scale, geo->eyeLineY - eyeAt / scale, p.size.width() / scale,
            p.size.height() / scale);
    };
    auto wholeBody = [&](const QRectF &c) {
        const double slack = 0.5; // rounding
        return geo->bodyReachesBottom && c.bottom() <= source.height() + slack && !(c.left() < -slack && personAtLeft)
            && !(c.right() > source.width() + slack && personAtRight);
    };
    // Every face width and eye line in range that keeps the hair top in range too; of those whose
    // crop keeps the body whole, the one furthest inside every limit, so the detector's jitter on
    // the result cannot push a value over one.
    const double eyeToHair = geo->eyeLineY - geo->hairTopY;
    double scale = 0, eyeAt = 0, bestMargin = -1;
    bool anyFits = false;
    for (int width = p.faceWidthPx.min; width <= p.faceWidthPx.max; width += 2) {
        const double s = width / geo->cheekWidth;
        const double low = std::max<double>(p.eyeLinePx.min, p.hairTopPx.min + eyeToHair * s);
        const double high = std::min<double>(p.eyeLinePx.max, p.hairTopPx.max + eyeToHair * s);
        for (int step = 0; low + 2.0 * step <= high; ++step) {
            const double at = low + 2.0 * step; // an integer counter: no rounding builds up
            anyFits = true;
            if (!wholeBody(cropFor(s, at)))
                continue;
            const double margin = std::min(
                { at - low, high - at, double(width - p.faceWidthPx.min), double(p.faceWidthPx.max - width) });
            if (margin > bestMargin) {
                bestMargin = margin;
                scale = s;
                eyeAt = at;
            }
        }
    }
    if (!anyFits)
        return Failure { QStringLiteral("photo.proportions"),
            [] {
                return PhotoFixerTr::tr(
                    "The head's proportions do not fit the frame rules at any allowed size (hair or chin cut off?). "
                    "Take a new photo.");
            } };
    if (scale == 0)
        return Failure { QStringLiteral("photo.body-cut"),
            [] {
                return PhotoFixerTr::tr(
                    "The photo does not show enough of the shoulders to be framed by the rules; it would become a "
                    "floating bust. Take a new photo from a little further away, head and shoulders in the picture.");
            } };
    const QRectF crop = cropFor(scale, eyeAt);

    QImage frame = cropped(source, crop, p.size, backgroundAbove(source, *geo), QImage::Format_RGB888);
    QImage frameMask = cropped(mask, crop, p.size, Qt::black, QImage::Format_Grayscale8);
    applied.append(QStringLiteral("crop_scale"));
    if (!QRectF(source.rect()).contains(crop))
        applied.append(QStringLiteral("pad"));

    // Exposure: one gain for the whole frame, so the face averages a mid-tone.
    const QRect faceOut((geo->face.x() - crop.x()) * scale, (geo->face.y() - crop.y()) * scale,
        geo->face.width() * scale, geo->face.height() * scale);
    const double faceLuma = meanColour(frame, faceOut).luma();
    if (faceLuma > 0 && (faceLuma < 110 || faceLuma > 175)) {
        const double gain = std::clamp(140.0 / faceLuma, 0.5, 2.5);
        for (int y = 0; y < frame.height(); ++y) {
            uchar *line = frame.scanLine(y);
            for (int x = 0; x < frame.width() * 3; ++x)
                line[x] = uchar(std::clamp(std::lround(line[x] * gain), 0L, 255L));
        }
        applied.append(QStringLiteral("exposure"));
    }

    // Background: replaced with the nearest allowed colour, only when it fails as it is, and only
    // along a clean cut, made finely on the framed photo: an outline ragged with hair or clothes
    // that blend into the scene, a cut into the head, or shoulders lost into the backdrop would
    // give a photo no clerk accepts.
    FaceGeometry placed = *geo;
    placed.face = faceOut;
    placed.hairTopY = int((geo->hairTopY - crop.y()) * scale);
    placed.eyeLineY = (geo->eyeLineY - crop.y()) * scale;
    placed.chinY = (geo->chinY - crop.y()) * scale;
    placed.midX = (geo->midX - crop.x()) * scale;
    placed.leftEye = (geo->leftEye - crop.topLeft()) * scale;
    placed.rightEye = (geo->rightEye - crop.topLeft()) * scale;
    placed.cheekWidth = geo->cheekWidth * scale;
    placed.personMask = frameMask;
    const QList<PhotoCheck> background = m_inspector.inspectBackground(frame, placed);
    if (std::any_of(background.begin(), background.end(), [](const PhotoCheck &c) { return !c.ok; })) {
        // The landmarks carried into the frame: no second search for the face.
        FaceGeometry inFrame = placed;
        inFrame.landmarks.clear();
        for (const QPointF &q : geo->landmarks)
            inFrame.landmarks.append((q - crop.topLeft()) * scale);
        const FaceGeometry cut = m_inspector.cutPerson(frame, inFrame);
        // (The cut may run into the padding above the head; the check of the result judges that.)
        if (cut.outlineRoughness > kMaxOutlineRoughness || cut.headFill < kMinHeadFill)
            return uncleanBackground();
        if (!cut.bodyReachesBottom)
            return Failure { QStringLiteral("photo.body-cut"),
                [] {
                    return PhotoFixerTr::tr(
                        "The clothes cannot be told from the background, so the shoulders would disappear. Take the "
                        "photo in front of the backdrop, in clothes of another colour.");
                } };
        frame = replaceBackground(frame, cut.personMask, backdropFor(frame, cut, p.backgrounds));
        applied.append(QStringLiteral("background"));
    }

    return encoded(frame, applied);
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
        if (bytes.size() <= qint64(p.fileKb.max) * 1024)
            break;
    }
    return best;
}

} // namespace RegPoint::Kiosk
