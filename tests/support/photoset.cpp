#include "photoset.h"

#include "photo/photofixer.h"
#include "photo/photoinspector.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <cmath>
#include <vector>

namespace RegPoint::Tests {

namespace PhotoVariants {

namespace {
QImage canvasLike(const QImage &in)
{
    QImage out(in.size(), QImage::Format_RGB888);
    out.fill(in.pixelColor(2, 2));
    return out;
}
} // namespace

QImage grayscale(const QImage &in)
{
    return in.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_RGB888);
}

QImage blurred(const QImage &in, int factor)
{
    return in.scaled(in.width() / factor, in.height() / factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(in.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage shifted(const QImage &in, int dx, int dy)
{
    QImage out = canvasLike(in);
    QPainter(&out).drawImage(dx, dy, in);
    return out;
}

// Draws `in` through `transform`, taken about `centre`.
QImage transformedAbout(const QImage &in, const QTransform &transform, QPointF centre)
{
    QImage out = canvasLike(in);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(QTransform::fromTranslate(-centre.x(), -centre.y()) * transform
        * QTransform::fromTranslate(centre.x(), centre.y()));
    painter.drawImage(0, 0, in);
    return out;
}

QImage scaledAbout(const QImage &in, double factor, QPointF centre)
{
    return transformedAbout(in, QTransform::fromScale(factor, factor), centre);
}

QImage rotatedAbout(const QImage &in, double degrees, QPointF centre)
{
    return transformedAbout(in, QTransform().rotate(degrees), centre);
}

QImage exposed(const QImage &in, double gain)
{
    QImage out = in.convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width() * 3; ++x)
            line[x] = uchar(std::clamp(line[x] * gain, 0.0, 255.0));
    }
    return out;
}

QImage twoPeople(const QImage &in)
{
    QImage out = canvasLike(in);
    const QImage half = in.scaled(in.width() / 2, in.height() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&out);
    painter.drawImage(0, in.height() / 4, half);
    painter.drawImage(in.width() / 2, in.height() / 4, half);
    return out;
}

QImage backdropMask(const QImage &in)
{
    const QImage rgb = in.convertToFormat(QImage::Format_RGB888);
    const QColor corner = rgb.pixelColor(2, 2);
    auto looksLikeBackdrop = [&](int x, int y) {
        const QColor c = rgb.pixelColor(x, y);
        return std::abs(c.red() - corner.red()) + std::abs(c.green() - corner.green())
            + std::abs(c.blue() - corner.blue())
            < 60;
    };
    QImage mask(rgb.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    std::vector<QPoint> todo;
    for (int x = 0; x < rgb.width(); ++x)
        todo.insert(todo.end(), { QPoint(x, 0), QPoint(x, rgb.height() - 1) });
    for (int y = 0; y < rgb.height(); ++y)
        todo.insert(todo.end(), { QPoint(0, y), QPoint(rgb.width() - 1, y) });
    while (!todo.empty()) {
        const QPoint p = todo.back();
        todo.pop_back();
        if (!rgb.rect().contains(p) || mask.constScanLine(p.y())[p.x()] != 0 || !looksLikeBackdrop(p.x(), p.y()))
            continue;
        mask.scanLine(p.y())[p.x()] = 255;
        todo.insert(todo.end(), { p + QPoint(1, 0), p - QPoint(1, 0), p + QPoint(0, 1), p - QPoint(0, 1) });
    }
    return mask;
}

QImage recolouredBackdrop(const QImage &in, const QColor &colour)
{
    QImage out = in.convertToFormat(QImage::Format_RGB888);
    const QImage mask = backdropMask(out);
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            if (mask.constScanLine(y)[x])
                out.setPixelColor(x, y, colour);
        }
    }
    return out;
}

QImage shadowedBackdrop(const QImage &in, double depth)
{
    QImage out = in.convertToFormat(QImage::Format_RGB888);
    const QImage mask = backdropMask(out);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            if (!mask.constScanLine(y)[x])
                continue;
            const double gain = depth + (1.0 - depth) * x / (out.width() - 1);
            for (int c = 0; c < 3; ++c)
                line[x * 3 + c] = uchar(line[x * 3 + c] * gain);
        }
    }
    return out;
}

QImage paintedPupils(const QImage &in, QPointF left, QPointF right, double radius, const QColor &colour)
{
    QImage out = in.convertToFormat(QImage::Format_RGB888);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(left, radius, radius);
    painter.drawEllipse(right, radius, radius);
    return out;
}

QImage capped(const QImage &in, double midX, double crownY, double browY, double width, const QColor &colour)
{
    QImage out = in.convertToFormat(QImage::Format_RGB888);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const double rim = browY - 0.08 * width; // the cap sits just above the brows
    const double lift = 0.06 * width; // and stands a little above the hair
    QPainterPath dome;
    dome.moveTo(midX - width / 2, rim);
    dome.cubicTo(midX - width / 2, crownY - lift, midX + width / 2, crownY - lift, midX + width / 2, rim);
    dome.closeSubpath();
    painter.setBrush(colour);
    painter.drawPath(dome);
    painter.setBrush(colour.darker(140));
    painter.drawRoundedRect(QRectF(midX - 0.55 * width, rim - 0.05 * width, 1.1 * width, 0.1 * width), 4, 4);
    return out;
}

} // namespace PhotoVariants

namespace {

const QStringList kAllChecks { QStringLiteral("format"), QStringLiteral("size"), QStringLiteral("file_size"),
    QStringLiteral("color"), QStringLiteral("face_count"), QStringLiteral("centring"), QStringLiteral("hair_top"),
    QStringLiteral("eye_line"), QStringLiteral("face_width"), QStringLiteral("roll"), QStringLiteral("yaw"),
    QStringLiteral("eyes_open"), QStringLiteral("mouth_closed"), QStringLiteral("sharpness"),
    QStringLiteral("exposure"), QStringLiteral("background_color"), QStringLiteral("background_uniformity"),
    QStringLiteral("red_eye"), QStringLiteral("glasses_glare"), QStringLiteral("head_covering") };
const QStringList kFaceChecks { QStringLiteral("centring"), QStringLiteral("hair_top"), QStringLiteral("eye_line"),
    QStringLiteral("face_width"), QStringLiteral("roll"), QStringLiteral("yaw"), QStringLiteral("eyes_open"),
    QStringLiteral("mouth_closed"), QStringLiteral("sharpness"), QStringLiteral("exposure"),
    QStringLiteral("background_color"), QStringLiteral("background_uniformity"), QStringLiteral("red_eye"),
    QStringLiteral("glasses_glare"), QStringLiteral("head_covering") };

} // namespace

QStringList allPhotoChecks()
{
    return kAllChecks;
}

QStringList faceDependentChecks()
{
    return kFaceChecks;
}

namespace {

QByteArray encoded(const QImage &image, const char *format, int quality, int dpi)
{
    QImage withDensity = image;
    withDensity.setDotsPerMeterX(qRound(dpi / 0.0254));
    withDensity.setDotsPerMeterY(qRound(dpi / 0.0254));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    withDensity.save(&buffer, format, quality);
    return bytes;
}

// labels.json: { "file.jpg": { "all": true, "<check>": false, ... } }; "all" labels every check.
QHash<QString, bool> labelsFrom(const QJsonObject &object)
{
    QHash<QString, bool> labels;
    if (object.contains(QStringLiteral("all"))) {
        for (const QString &id : kAllChecks)
            labels.insert(id, object.value(QStringLiteral("all")).toBool());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QStringLiteral("all"))
            labels.insert(it.key(), it.value().toBool());
    }
    return labels;
}

// Labels of a variant: the source's, with `failing` set false and `unlabelled` removed.
QHash<QString, bool> derived(
    QHash<QString, bool> labels, const QStringList &failing, const QStringList &unlabelled = {})
{
    for (const QString &id : unlabelled)
        labels.remove(id);
    for (const QString &id : failing)
        labels.insert(id, false);
    return labels;
}

} // namespace

QList<LabelledPhoto> labelledPhotoSet(const QString &photoDir, const Kiosk::PhotoInspector &inspector)
{
    using namespace PhotoVariants;
    const Kiosk::PhotoProfile &profile = inspector.profile();
    const QJsonObject labels = QJsonDocument::fromJson(readFile(photoDir + QStringLiteral("/labels.json"))).object();
    QList<LabelledPhoto> set;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        set.append({ it.key(), readFile(photoDir + u'/' + it.key()), labelsFrom(it.value().toObject()),
            QStringLiteral("astronaut") });

    const auto compliant = std::find_if(set.begin(), set.end(),
        [](const LabelledPhoto &p) { return p.name == QStringLiteral("astronaut-compliant.jpg"); });
    if (compliant == set.end() || compliant->file.isEmpty())
        return set;
    const LabelledPhoto source = *compliant;
    const QImage image = QImage::fromData(source.file).convertToFormat(QImage::Format_RGB888);
    const std::optional<Kiosk::FaceGeometry> face = inspector.locateFace(image);
    if (!face || !face->bothEyes)
        return set;
    const QPointF eyes(face->midX, face->eyeLineY);
    const double eyeBox = face->face.width() / 5.0; // about one eye's width

    auto add = [&](const QString &name, const QImage &variant, const QStringList &failing,
                   const QStringList &unlabelled = {}) {
        set.append({ name, Kiosk::encodeForProfile(variant, profile), derived(source.expected, failing, unlabelled),
            QStringLiteral("astronaut") });
    };
    // Still compliant: small changes a good checker must not reject.
    add(QStringLiteral("ok-shift-10px"), shifted(image, 10), {});
    add(QStringLiteral("ok-head-8pc-smaller"), scaledAbout(image, 0.92, eyes), {});
    add(QStringLiteral("ok-head-8pc-larger"), scaledAbout(image, 1.08, eyes), {});
    add(QStringLiteral("ok-tilt-3deg"), rotatedAbout(image, 3, eyes), {});
    add(QStringLiteral("ok-darker-10pc"), exposed(image, 0.9), {}, { QStringLiteral("background_color") });
    add(QStringLiteral("ok-white-backdrop"), recolouredBackdrop(image, QColor(255, 255, 255)), {});
    add(QStringLiteral("ok-grey-backdrop"), recolouredBackdrop(image, QColor(240, 240, 240)), {});

    // One defect each. Where a defect moves more than its own rule (a smaller head also leaves
    // more room above it), every rule it breaks is labelled.
    // Grey stays an allowed backdrop colour when the photo loses its colour.
    add(QStringLiteral("grayscale"), grayscale(image), { QStringLiteral("color") });
    add(QStringLiteral("blurred"), blurred(image), { QStringLiteral("sharpness") });
    add(QStringLiteral("slightly-blurred"), blurred(image, 3), { QStringLiteral("sharpness") });
    add(QStringLiteral("off-centre-right"), shifted(image, 60), { QStringLiteral("centring") });
    add(QStringLiteral("off-centre-left"), shifted(image, -60), { QStringLiteral("centring") });
    add(QStringLiteral("head-too-small"), scaledAbout(image, 0.65, eyes),
        { QStringLiteral("face_width"), QStringLiteral("hair_top") });
    // Enlarged this much the picture is soft, and little backdrop is left beside the hair.
    add(QStringLiteral("head-too-large"), scaledAbout(image, 1.7, eyes),
        { QStringLiteral("face_width"), QStringLiteral("hair_top") },
        { QStringLiteral("sharpness"), QStringLiteral("background_color"), QStringLiteral("background_uniformity") });
    add(QStringLiteral("head-too-high"), shifted(image, 0, -90),
        { QStringLiteral("eye_line"), QStringLiteral("hair_top") });
    add(QStringLiteral("head-too-low"), shifted(image, 0, 80),
        { QStringLiteral("eye_line"), QStringLiteral("hair_top") });
    add(QStringLiteral("tilted-12deg"), rotatedAbout(image, 12, eyes), { QStringLiteral("roll") },
        { QStringLiteral("hair_top"), QStringLiteral("yaw") });
    add(QStringLiteral("backdrop-pink"), recolouredBackdrop(image, QColor(235, 170, 180)),
        { QStringLiteral("background_color") });
    add(QStringLiteral("backdrop-dark-grey"), recolouredBackdrop(image, QColor(90, 90, 90)),
        { QStringLiteral("background_color") }, { QStringLiteral("hair_top") });
    add(QStringLiteral("backdrop-shadow"), shadowedBackdrop(image, 0.6), { QStringLiteral("background_uniformity") },
        { QStringLiteral("background_color") });
    add(QStringLiteral("two-faces"), twoPeople(image), { QStringLiteral("face_count") }, kFaceChecks);
    // A bare backdrop also compresses far under the file-size window.
    add(QStringLiteral("no-face"), recolouredBackdrop(canvasLike(image), QColor(100, 197, 255)),
        { QStringLiteral("face_count"), QStringLiteral("file_size") }, kFaceChecks);
    add(QStringLiteral("under-exposed"), exposed(image, 0.35), { QStringLiteral("exposure") },
        { QStringLiteral("background_color"), QStringLiteral("background_uniformity"), QStringLiteral("hair_top") });
    add(QStringLiteral("over-exposed"), exposed(image, 2.2), { QStringLiteral("exposure") },
        { QStringLiteral("background_color"), QStringLiteral("background_uniformity"), QStringLiteral("hair_top") });
    add(QStringLiteral("red-eye"),
        paintedPupils(image, face->leftEye, face->rightEye, eyeBox * 0.22, QColor(200, 20, 25)),
        { QStringLiteral("red_eye") });
    add(QStringLiteral("glasses-glare"),
        paintedPupils(image, face->leftEye - QPointF(0, eyeBox * 0.1), face->rightEye - QPointF(0, eyeBox * 0.1),
            eyeBox * 0.16, QColor(255, 255, 255)),
        { QStringLiteral("glasses_glare") });

    // A navy cap over the hair; the head top it leaves is the cap's.
    add(QStringLiteral("cap"),
        capped(image, face->midX, face->hairTopY, face->eyeLineY - 0.45 * (face->rightEye.x() - face->leftEye.x()),
            face->cheekWidth * 1.15, QColor(40, 60, 130)),
        { QStringLiteral("head_covering") }, { QStringLiteral("hair_top") });

    {
        // Closed eyes: lids the colour of the cheek below each eye, with a dark lash line.
        const QColor skin = image.pixelColor((face->leftEye + QPointF(0, eyeBox * 1.2)).toPoint());
        QImage lids = paintedPupils(image, face->leftEye, face->rightEye, eyeBox * 0.45, skin);
        QPainter painter(&lids);
        painter.setPen(QPen(QColor(40, 30, 30), 2));
        for (const QPointF &eye : { face->leftEye, face->rightEye })
            painter.drawLine(eye - QPointF(eyeBox * 0.4, -eyeBox * 0.1), eye + QPointF(eyeBox * 0.4, eyeBox * 0.1));
        painter.end();
        add(QStringLiteral("eyes-closed"), lids, { QStringLiteral("eyes_open") },
            { QStringLiteral("roll"), QStringLiteral("yaw"), QStringLiteral("eye_line"), QStringLiteral("red_eye"),
                QStringLiteral("glasses_glare") });
    }

    // File defects: the picture is fine, the file is not.
    const QStringList fileOnly = kAllChecks.mid(3); // only format, size and file_size stay labelled
    auto addFile = [&](const QString &name, const QByteArray &bytes, const QStringList &failing) {
        set.append({ name, bytes, derived(source.expected, failing, fileOnly), QStringLiteral("astronaut") });
    };
    addFile(
        QStringLiteral("truncated.jpg"), source.file.left(source.file.size() * 2 / 3), { QStringLiteral("format") });
    addFile(QStringLiteral("png-not-jpeg.png"), encoded(image, "PNG", -1, profile.dpi),
        { QStringLiteral("format"), QStringLiteral("file_size") });
    addFile(QStringLiteral("72dpi.jpg"), encoded(image, "JPEG", 80, 72), { QStringLiteral("format") });
    addFile(
        QStringLiteral("too-big-file.jpg"), encoded(image, "JPEG", 100, profile.dpi), { QStringLiteral("file_size") });
    addFile(
        QStringLiteral("too-small-file.jpg"), encoded(image, "JPEG", 8, profile.dpi), { QStringLiteral("file_size") });
    addFile(QStringLiteral("wrong-frame-size.jpg"), Kiosk::encodeForProfile(image.scaled(400, 600), profile),
        { QStringLiteral("size") });
    return set;
}

} // namespace RegPoint::Tests
