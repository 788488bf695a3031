#include "realfaceset.h"

#include "photo/photofixer.h"
#include "photo/photoprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTransform>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace RegPoint::Tests {

namespace {

QPointF point(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 2 ? QPointF(a[0].toDouble(), a[1].toDouble()) : QPointF();
}

double cheekWidth(const FaceSource &s)
{
    return std::hypot(s.cheekRight.x() - s.cheekLeft.x(), s.cheekRight.y() - s.cheekLeft.y());
}

// The hand-measured points of one photo, in its pixels.
struct Points
{
    QPointF leftEye, rightEye, crown, chin, cheekLeft, cheekRight;
    Points mapped(const QTransform &t) const
    {
        return { t.map(leftEye), t.map(rightEye), t.map(crown), t.map(chin), t.map(cheekLeft), t.map(cheekRight) };
    }
    double eyeLine() const { return (leftEye.y() + rightEye.y()) / 2; }
    double midX() const { return (leftEye.x() + rightEye.x()) / 2; }
    double faceWidth() const { return QLineF(cheekLeft, cheekRight).length(); }
    double roll() const { return std::atan2(rightEye.y() - leftEye.y(), rightEye.x() - leftEye.x()) * 180.0 / M_PI; }
    double eyeDistance() const { return QLineF(leftEye, rightEye).length(); }
};

// A measured value against a range: true inside by `margin`, false outside by `margin`, and no
// label in between, where a few pixels of hand-measuring error could flip the verdict.
void label(QHash<QString, bool> &labels, const QString &id, double value, double min, double max, double margin)
{
    if (value >= min + margin && value <= max - margin)
        labels.insert(id, true);
    else if (value <= min - margin || value >= max + margin)
        labels.insert(id, false);
    else
        labels.remove(id);
}

void labelGeometry(QHash<QString, bool> &labels, const Points &p, const Kiosk::PhotoProfile &profile)
{
    const double w = profile.size.width();
    label(labels, QStringLiteral("centring"), (p.midX() - w / 2) / w, -profile.centreTolerance, profile.centreTolerance,
        0.015);
    label(labels, QStringLiteral("eye_line"), p.eyeLine(), profile.eyeLinePx.min, profile.eyeLinePx.max, 8);
    label(labels, QStringLiteral("face_width"), p.faceWidth(), profile.faceWidthPx.min, profile.faceWidthPx.max, 8);
    label(labels, QStringLiteral("hair_top"), p.crown.y(), profile.hairTopPx.min, profile.hairTopPx.max, 8);
    label(labels, QStringLiteral("roll"), p.roll(), -profile.maxRollDegrees, profile.maxRollDegrees, 2.5);
}

cv::Mat wrap(const QImage &rgb888)
{
    return { rgb888.height(), rgb888.width(), CV_8UC3, const_cast<uchar *>(rgb888.constBits()),
        size_t(rgb888.bytesPerLine()) };
}

// How much of each source pixel is the person: GrabCut seeded from the hand-measured points
// (everything above the crown is background, the face and the chest are person), then feathered.
cv::Mat personAlpha(const QImage &source, const FaceSource &s)
{
    const cv::Mat rgb = wrap(source);
    const double k = 400.0 / rgb.cols;
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(), k, k, cv::INTER_AREA);
    cv::cvtColor(small, small, cv::COLOR_RGB2BGR);
    auto at = [k](QPointF p) { return cv::Point(int(p.x() * k), int(p.y() * k)); };
    const double width = cheekWidth(s);
    const double eyeY = (s.leftEye.y() + s.rightEye.y()) / 2;
    const double unit = std::max(20.0, s.chin.y() - eyeY);
    const QPointF mid((s.cheekLeft.x() + s.cheekRight.x()) / 2, eyeY);

    cv::Mat mask(small.size(), CV_8U, cv::Scalar(cv::GC_PR_BGD));
    // The head, hair included, between the crown and the chin.
    const QPointF headCentre(mid.x(), (s.crown.y() + s.chin.y()) / 2);
    cv::ellipse(mask, at(headCentre), cv::Size(int(0.8 * width * k), int(((s.chin.y() - s.crown.y()) / 2 + 10) * k)), 0,
        0, 360, cv::GC_PR_FGD, cv::FILLED);
    const std::vector<cv::Point> shoulders { at({ mid.x() - 0.45 * width, s.chin.y() }),
        at({ mid.x() + 0.45 * width, s.chin.y() }), at({ mid.x() + 1.8 * width, s.chin.y() + 0.9 * unit }),
        at({ mid.x() + 1.8 * width, 1e4 }), at({ mid.x() - 1.8 * width, 1e4 }),
        at({ mid.x() - 1.8 * width, s.chin.y() + 0.9 * unit }) };
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>> { shoulders }, cv::GC_PR_FGD);
    // Certainly background: above the crown, and far beside the head above the chin.
    const int aboveCrown = std::max(0, at(s.crown).y - 4);
    if (aboveCrown > 0)
        mask(cv::Rect(0, 0, small.cols, aboveCrown)).setTo(cv::GC_BGD);
    const int besideLeft = at({ s.cheekLeft.x() - 1.0 * width, 0 }).x;
    const int besideRight = at({ s.cheekRight.x() + 1.0 * width, 0 }).x;
    const int chinRow = std::min(small.rows, at(s.chin).y);
    if (besideLeft > 0)
        mask(cv::Rect(0, 0, besideLeft, chinRow)).setTo(cv::GC_BGD);
    if (besideRight < small.cols)
        mask(cv::Rect(besideRight, 0, small.cols - besideRight, chinRow)).setTo(cv::GC_BGD);
    // Certainly person: the face, the hair between the crown and the brows, and the chest.
    const double crownToEyes = eyeY - s.crown.y();
    cv::ellipse(mask, at({ s.crown.x() * 0.5 + mid.x() * 0.5, s.crown.y() + 0.5 * crownToEyes }),
        cv::Size(int(0.22 * width * k), int(std::max(2.0, 0.4 * crownToEyes) * k)), 0, 0, 360, cv::GC_FGD, cv::FILLED);
    cv::ellipse(mask, at({ mid.x(), eyeY + 0.35 * unit }), cv::Size(int(0.38 * width * k), int(0.7 * unit * k)), 0, 0,
        360, cv::GC_FGD, cv::FILLED);
    const cv::Rect chest(
        at({ mid.x() - 0.3 * width, s.chin.y() + 0.25 * unit }), at({ mid.x() + 0.3 * width, double(rgb.rows) }));
    mask(chest & cv::Rect(0, 0, small.cols, small.rows)).setTo(cv::GC_FGD);

    cv::Mat bgModel, fgModel;
    cv::theRNG().state = 0x5eed; // the same set on every run
    cv::grabCut(small, mask, cv::Rect(), bgModel, fgModel, 5, cv::GC_INIT_WITH_MASK);
    cv::Mat person = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    cv::morphologyEx(person, person, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
    cv::Mat alpha;
    person.convertTo(alpha, CV_32F, 1.0 / 255.0);
    cv::resize(alpha, alpha, rgb.size(), 0, 0, cv::INTER_LINEAR);
    cv::GaussianBlur(alpha, alpha, cv::Size(0, 0), 2.0);
    return alpha;
}

QImage composited(const QImage &source, const cv::Mat &alpha, const QColor &backdrop)
{
    QImage out = source.copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        const auto *a = alpha.ptr<float>(y);
        for (int x = 0; x < out.width(); ++x) {
            const float w = a[x];
            line[3 * x + 0] = uchar(std::lround(w * line[3 * x + 0] + (1 - w) * backdrop.red()));
            line[3 * x + 1] = uchar(std::lround(w * line[3 * x + 1] + (1 - w) * backdrop.green()));
            line[3 * x + 2] = uchar(std::lround(w * line[3 * x + 2] + (1 - w) * backdrop.blue()));
        }
    }
    return out;
}

// Output pixel = (source pixel - top left) * scale.
struct Framing
{
    double scale = 0;
    QPointF topLeft;
    QTransform transform() const
    {
        return QTransform::fromTranslate(-topLeft.x(), -topLeft.y()) * QTransform::fromScale(scale, scale);
    }
};

// The framing that puts every hand-measured value furthest inside its limits, with the crop
// inside the source at the bottom and the sides (no floating bust, no cut shoulder); above the
// head the new backdrop fills in. Nothing if no framing keeps 6 px of margin everywhere (the
// hand-measured points are good to about ±5 source pixels, ±3 in the photo).
std::optional<Framing> frameFor(const FaceSource &s, const QSize &sourceSize, const Kiosk::PhotoProfile &p)
{
    const double eyeY = (s.leftEye.y() + s.rightEye.y()) / 2, midX = (s.leftEye.x() + s.rightEye.x()) / 2;
    std::optional<Framing> best;
    double bestMargin = 6;
    for (int width = p.faceWidthPx.min; width <= p.faceWidthPx.max; width += 2) {
        const double scale = width / cheekWidth(s);
        for (int eyeAt = p.eyeLinePx.min; eyeAt <= p.eyeLinePx.max; eyeAt += 2) {
            const QPointF topLeft(midX - p.size.width() / 2.0 / scale, eyeY - eyeAt / scale);
            const double crownAt = (s.crown.y() - topLeft.y()) * scale;
            const double bottom = topLeft.y() + p.size.height() / scale;
            if (topLeft.x() < 0 || topLeft.x() + p.size.width() / scale > sourceSize.width()
                || bottom > sourceSize.height())
                continue;
            const double margin = std::min(
                { double(width - p.faceWidthPx.min), double(p.faceWidthPx.max - width), double(eyeAt - p.eyeLinePx.min),
                    double(p.eyeLinePx.max - eyeAt), crownAt - p.hairTopPx.min, p.hairTopPx.max - crownAt });
            if (margin > bestMargin) {
                bestMargin = margin;
                best = Framing { scale, topLeft };
            }
        }
    }
    return best;
}

QImage framed(const QImage &source, const Framing &f, const QSize &size, const QColor &fill)
{
    QImage out(size, QImage::Format_RGB888);
    out.fill(fill);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(f.transform());
    painter.drawImage(0, 0, source);
    return out;
}

// Grey levels of an ellipse over the face (between the eyes and the chin).
std::vector<int> faceGreys(const QImage &image, const Points &p)
{
    std::vector<int> greys;
    const QPointF centre(p.midX(), (p.eyeLine() + p.chin.y()) / 2);
    const double rx = p.faceWidth() * 0.4, ry = (p.chin.y() - p.eyeLine()) * 0.6;
    for (int y = int(centre.y() - ry); y <= int(centre.y() + ry); ++y) {
        for (int x = int(centre.x() - rx); x <= int(centre.x() + rx); ++x) {
            const double dx = (x - centre.x()) / rx, dy = (y - centre.y()) / ry;
            if (dx * dx + dy * dy <= 1 && image.rect().contains(x, y))
                greys.push_back(qGray(image.pixel(x, y)));
        }
    }
    std::sort(greys.begin(), greys.end());
    return greys;
}

} // namespace

QList<FaceSource> faceSources(const QString &labelsPath)
{
    QFile file(labelsPath);
    QList<FaceSource> sources;
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        FaceSource s;
        s.file = it.key();
        s.bothEyes = o.value(QStringLiteral("left_eye")).isArray() && o.value(QStringLiteral("right_eye")).isArray();
        s.leftEye = point(o.value(QStringLiteral("left_eye")));
        s.rightEye = point(o.value(QStringLiteral("right_eye")));
        s.crown = point(o.value(QStringLiteral("crown")));
        s.chin = point(o.value(QStringLiteral("chin")));
        s.cheekLeft = point(o.value(QStringLiteral("cheek_left")));
        s.cheekRight = point(o.value(QStringLiteral("cheek_right")));
        s.nose = point(o.value(QStringLiteral("nose_tip")));
        s.mouth = o.value(QStringLiteral("mouth")).toString();
        s.glasses = o.value(QStringLiteral("glasses")).toString();
        s.headCovering = o.value(QStringLiteral("head_covering")).toBool();
        s.busyBackground = o.value(QStringLiteral("busy_background")).toBool();
        s.clutter = o.value(QStringLiteral("clutter")).toBool();
        s.generatedRefused = o.value(QStringLiteral("generated_refused")).toString();
        s.usable = o.value(QStringLiteral("usable")).toBool() && !o.value(QStringLiteral("head_cut")).toBool();
        sources.append(s);
    }
    return sources;
}

QString realFacesDir()
{
    const QString fromEnvironment = qEnvironmentVariable("REGPOINT_FACES_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).exists() ? fromEnvironment : QString();
    const QString beside = QStringLiteral(REGPOINT_SOURCE_DIR "/../shared/data/faces");
    return QDir(beside).exists() ? QDir::cleanPath(beside) : QString();
}

QList<LabelledPhoto> realFaceSet(
    const QString &facesDir, const QString &labelsPath, const Kiosk::PhotoProfile &profile, QStringList *skipped)
{
    using namespace PhotoVariants;
    QList<LabelledPhoto> set;
    const QColor white(255, 255, 255);
    for (const FaceSource &s : faceSources(labelsPath)) {
        const QImage source = QImage(QDir(facesDir).filePath(s.file)).convertToFormat(QImage::Format_RGB888);
        if (source.isNull() || !s.usable || !s.bothEyes) {
            if (skipped)
                skipped->append(s.file + QStringLiteral(": not usable as a source (faces README)"));
            continue;
        }
        const std::optional<Framing> framing = frameFor(s, source.size(), profile);
        if (!framing) {
            if (skipped)
                skipped->append(s.file + QStringLiteral(": no framing keeps every rule 6 px inside its limits"));
            continue;
        }
        const QString person = s.file.section(u'.', 0, 0);
        const Points points
            = Points { s.leftEye, s.rightEye, s.crown, s.chin, s.cheekLeft, s.cheekRight }.mapped(framing->transform());

        // What the person looks like, whatever the framing: the reviewer's verdicts.
        QHash<QString, bool> base;
        for (const QString &id : allPhotoChecks())
            base.insert(id, true);
        // Lips the labeller called borderline stay unlabelled.
        if (!s.mouth.contains(QStringLiteral("borderline")))
            base.insert(QStringLiteral("mouth_closed"), s.mouth == QStringLiteral("closed"));
        else
            base.remove(QStringLiteral("mouth_closed"));
        // Turned: the nose tip beside the pupils' midpoint, over the pupils' distance (about 0.17
        // at 20°); frontal within 0.08, turned beyond 0.16.
        const double noseOffset = (s.nose.x() - (s.leftEye.x() + s.rightEye.x()) / 2)
            / std::max(1.0, QLineF(s.leftEye, s.rightEye).length());
        label(base, QStringLiteral("yaw"), noseOffset, -0.12, 0.12, 0.04);
        labelGeometry(base, points, profile);

        const cv::Mat alpha = personAlpha(source, s);
        // The matte must hold the whole head: just below the hand-measured crown is person.
        const QPointF belowCrown = s.crown + QPointF(0, 0.03 * (s.chin.y() - s.crown.y()));
        if (alpha.at<float>(int(belowCrown.y()), int(belowCrown.x())) < 0.5) {
            if (skipped)
                skipped->append(
                    s.file + QStringLiteral(": the matte lost the top of the head (hair on a like background)"));
            continue;
        }
        if (!s.generatedRefused.isEmpty()) {
            if (skipped)
                skipped->append(
                    s.file + QStringLiteral(": a reviewer refused the generated photo: ") + s.generatedRefused);
            continue;
        }
        if (s.clutter) {
            if (skipped)
                skipped->append(
                    s.file + QStringLiteral(": something of the person's beside the head stays in the frame"));
            continue;
        }
        auto make = [&](const QColor &backdrop) {
            return framed(composited(source, alpha, backdrop), *framing, profile.size, backdrop);
        };
        auto add = [&](const QString &variant, const QImage &image, const QHash<QString, bool> &labels) {
            set.append({ person + u'-' + variant, Kiosk::encodeForProfile(image, profile), labels, person });
        };
        auto with = [&](const QHash<QString, bool> &from, const QStringList &failing, const QStringList &unlabelled) {
            QHash<QString, bool> labels = from;
            for (const QString &id : unlabelled)
                labels.remove(id);
            for (const QString &id : failing)
                labels.insert(id, false);
            return labels;
        };
        auto moved
            = [&](const QImage &image, const QTransform &t, const QStringList &failing, const QStringList &unlabelled) {
                  QHash<QString, bool> labels = with(base, failing, unlabelled);
                  labelGeometry(labels, points.mapped(t), profile);
                  for (const QString &id : unlabelled)
                      labels.remove(id);
                  return std::make_pair(image, labels);
              };

        const QImage compliant = make(white);
        add(QStringLiteral("white"), compliant, base);
        add(QStringLiteral("grey"), make(QColor(240, 240, 240)), base);
        add(QStringLiteral("blue"), make(QColor(100, 197, 255)), base);

        const QPointF eyes(points.midX(), points.eyeLine());
        const double iod = points.eyeDistance();
        add(QStringLiteral("grayscale"), grayscale(compliant), with(base, { QStringLiteral("color") }, {}));
        // Blurred this much, fine features (the gap between the lips) are no longer there to judge.
        add(QStringLiteral("blurred"), blurred(compliant),
            with(base, { QStringLiteral("sharpness") }, { QStringLiteral("mouth_closed") }));
        {
            const QTransform t = QTransform::fromTranslate(60, 0);
            const auto [image, labels] = moved(shifted(compliant, 60), t, {}, {});
            add(QStringLiteral("off-centre"), image, labels);
        }
        for (const auto &[name, width] :
            { std::pair { "head-too-small", 150.0 }, std::pair { "head-too-large", 335.0 } }) {
            const double f = width / points.faceWidth();
            const QTransform t = QTransform::fromTranslate(-eyes.x(), -eyes.y()) * QTransform::fromScale(f, f)
                * QTransform::fromTranslate(eyes.x(), eyes.y());
            const QStringList soft = f > 1 ? QStringList { QStringLiteral("sharpness"),
                QStringLiteral("background_color"), QStringLiteral("background_uniformity") }
                                           : QStringList {};
            const auto [image, labels] = moved(scaledAbout(compliant, f, eyes), t, {}, soft);
            add(QString::fromLatin1(name), image, labels);
        }
        for (const auto &[name, eyeAt] :
            { std::pair { "head-too-high", 170.0 }, std::pair { "head-too-low", 335.0 } }) {
            const double dy = eyeAt - points.eyeLine();
            const auto [image, labels] = moved(shifted(compliant, 0, int(dy)), QTransform::fromTranslate(0, dy), {},
                dy > 0 ? QStringList {} : QStringList { QStringLiteral("background_color") });
            add(QString::fromLatin1(name), image, labels);
        }
        {
            const QTransform t = QTransform::fromTranslate(-eyes.x(), -eyes.y()) * QTransform().rotate(12)
                * QTransform::fromTranslate(eyes.x(), eyes.y());
            const auto [image, labels] = moved(rotatedAbout(compliant, 12, eyes), t, {},
                { QStringLiteral("hair_top"), QStringLiteral("yaw"), QStringLiteral("face_width"),
                    QStringLiteral("sharpness") });
            add(QStringLiteral("tilted"), image, labels);
        }
        add(QStringLiteral("backdrop-pink"), make(QColor(235, 170, 180)),
            with(base, { QStringLiteral("background_color") }, {}));
        add(QStringLiteral("backdrop-shadow"), shadowedBackdrop(compliant, 0.6),
            with(base, { QStringLiteral("background_uniformity") }, { QStringLiteral("background_color") }));
        // The scene the portrait was taken in, kept: objects, foliage, walls, lights.
        if (s.busyBackground)
            add(QStringLiteral("scene-background"), framed(source, *framing, profile.size, white),
                with(base, { QStringLiteral("background_uniformity") }, { QStringLiteral("background_color") }));
        {
            const std::vector<int> greys = faceGreys(compliant, points);
            if (!greys.empty()) {
                const double brightest = greys[greys.size() * 99 / 100], median = greys[greys.size() / 2];
                // A face too dark or washed out may be no face to any detector, and its landmarks
                // drift: only its exposure is judged.
                QStringList washedOut = faceDependentChecks();
                washedOut.removeAll(QStringLiteral("exposure"));
                washedOut.append(QStringLiteral("face_count"));
                // Under: the face's brightest points (eye whites, shine) no brighter than 70.
                add(QStringLiteral("under-exposed"),
                    exposed(compliant, std::min(0.35, 70.0 / std::max(1.0, brightest))),
                    with(base, { QStringLiteral("exposure") }, washedOut));
                // Over: the skin's middle grey pushed to 240 and beyond.
                add(QStringLiteral("over-exposed"), exposed(compliant, std::max(1.8, 240.0 / std::max(1.0, median))),
                    with(base, { QStringLiteral("exposure") }, washedOut));
            }
        }
        add(QStringLiteral("red-eye"),
            paintedPupils(compliant, points.leftEye, points.rightEye, 0.07 * iod, QColor(205, 25, 30)),
            with(base, { QStringLiteral("red_eye") }, {}));
        add(QStringLiteral("glare"),
            paintedPupils(compliant, points.leftEye - QPointF(0, 0.04 * iod), points.rightEye - QPointF(0, 0.04 * iod),
                0.08 * iod, white),
            with(base, { QStringLiteral("glasses_glare") }, {}));
        // A cap over the hair, down to just above the brows (its top above the hand-measured crown).
        {
            const double browY = points.eyeLine() - 0.3 * iod;
            add(QStringLiteral("cap"),
                capped(
                    compliant, points.midX(), points.crown.y(), browY, points.faceWidth() * 1.15, QColor(150, 30, 40)),
                with(base, { QStringLiteral("head_covering") }, { QStringLiteral("hair_top") }));
        }
        add(QStringLiteral("two-faces"), twoPeople(compliant),
            with(base, { QStringLiteral("face_count") }, faceDependentChecks()));
    }
    return set;
}

} // namespace RegPoint::Tests
