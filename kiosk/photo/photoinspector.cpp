#include "photoinspector.h"

#include "photo/backgroundchecks_p.h"
#include "photo/facelandmarks_p.h"
#include "photo/facemeasures_p.h"
#include "photo/personmask_p.h"
#include "photo/photoinspector_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QLoggingCategory>

#include <opencv2/imgproc.hpp>

#include <cmath>

Q_LOGGING_CATEGORY(lcPhoto, "regpoint.kiosk.photo")

namespace RegPoint::Kiosk {

namespace {

struct PhotoInspectorTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoChecks)
};

using Sev = PhotoSeverity;

QString px(double v)
{
    return QStringLiteral("%1 px").arg(qRound(v));
}
QString range(const IntRange &r, const char *unit = "px")
{
    return QStringLiteral("%1–%2 %3").arg(r.min).arg(r.max).arg(QString::fromLatin1(unit));
}

cv::Mat toBgr(const QImage &image)
{
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar *>(bgr.constBits()), size_t(bgr.bytesPerLine()))
        .clone();
}

// What a picture's header claims, "W×H", without decoding it.
QString claimedSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QSize size = QImageReader(&buffer).size();
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

struct PhotoInspector::Location
{
    qsizetype people = 0;
    FaceLandmarks face;
    PersonMask mask;
};

QString PhotoInspector::defaultCascadeDir()
{
    return QStringLiteral("/usr/share/opencv4");
}

PhotoInspector::PhotoInspector(PhotoProfile profile, const QString &cascadeDir, const QString &landmarkModel)
    : m_profile(std::move(profile))
    , m_detectors(std::make_unique<Detectors>())
{
    m_detectors->landmarker = std::make_unique<FaceLandmarker>(
        landmarkModel.isEmpty() ? FaceLandmarker::defaultModelPath() : landmarkModel);
    Detectors *detectors = m_detectors.get();
    auto readCascades = [detectors, dir = QDir(cascadeDir)] {
        auto load = [&dir](cv::CascadeClassifier &c, const char *file) {
            const QString path = dir.filePath(QStringLiteral("haarcascades/") + QString::fromLatin1(file));
            if (!c.load(path.toStdString()))
                qCWarning(lcPhoto) << "cannot load" << path << "(install opencv-data)";
        };
        load(detectors->face, "haarcascade_frontalface_alt2.xml");
        load(detectors->eyes, "haarcascade_eye.xml");
    };
    detectors->cascadesRead = std::async(std::launch::deferred, readCascades).share();
}

void PhotoInspector::warmUp() const
{
    detectors().landmarker->warmUp();
}

PhotoInspector::Detectors &PhotoInspector::detectors() const
{
    m_detectors->cascadesRead.wait();
    return *m_detectors;
}

PhotoInspector::~PhotoInspector() = default;

bool PhotoInspector::hasFaceDetector() const
{
    return !detectors().face.empty() && detectors().landmarker->isLoaded();
}

PhotoInspector::Location PhotoInspector::locate(
    const cv::Mat &bgr, const cv::Mat &gray, double minFace, bool fineMask) const
{
    Location where;
    if (!detectors().landmarker->isLoaded())
        return where;
    const std::vector<cv::Rect> faces
        = detectors().landmarker->detect(gray, minFace / std::max(1, std::min(gray.cols, gray.rows)));
    where.people = qsizetype(faces.size());
    if (where.people != 1)
        return where;
    where.face = detectors().landmarker->landmarks(gray, faces.front());
    where.mask = segmentPerson(bgr, where.face, fineMask ? MaskDetail::Replace : MaskDetail::Judge);
    return where;
}

std::optional<FaceGeometry> PhotoInspector::locateFace(const QImage &image, bool fineMask) const
{
    const cv::Mat bgr = toBgr(image);
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    // A source for the fix: faces down to a third of its shorter side first (a capture's face is
    // that large, and the search is four times cheaper), then any face that would not have to be
    // enlarged more than 1.25 times.
    const double large = std::min(bgr.cols, bgr.rows) / 3.0, smallest = 0.8 * m_profile.faceWidthPx.min;
    Location where = locate(bgr, gray, std::max(large, smallest), fineMask);
    if (where.people == 0 && large > smallest)
        where = locate(bgr, gray, smallest, fineMask);
    return geometryOf(where);
}

std::optional<FaceGeometry> PhotoInspector::geometryOf(const Location &where)
{
    if (where.people != 1)
        return std::nullopt;
    const FaceLandmarks &f = where.face;
    FaceGeometry geo;
    geo.face = QRect(f.box.x, f.box.y, f.box.width, f.box.height);
    geo.bothEyes = true;
    geo.leftEye = QPointF(f.leftEye().x, f.leftEye().y);
    geo.rightEye = QPointF(f.rightEye().x, f.rightEye().y);
    geo.eyeLineY = (geo.leftEye.y() + geo.rightEye.y()) / 2;
    geo.midX = (geo.leftEye.x() + geo.rightEye.x()) / 2;
    geo.cheekWidth = f.cheekWidth();
    geo.chinY = f.p[8].y;
    geo.hairTopY = std::max(0, where.mask.headTop);
    geo.headCut = where.mask.touchesTop;
    geo.bodyReachesBottom = where.mask.reachesBottom;
    geo.outlineRoughness = where.mask.edgeRoughness;
    geo.headFill = where.mask.headFill;
    const cv::Mat &m = where.mask.matte;
    geo.personMask = QImage(m.data, m.cols, m.rows, int(m.step), QImage::Format_Grayscale8).copy();
    for (const cv::Point2d &q : f.p)
        geo.landmarks.append(QPointF(q.x, q.y));
    return geo;
}

FaceGeometry PhotoInspector::cutPerson(const QImage &image, FaceGeometry where) const
{
    FaceLandmarks face;
    face.box = cv::Rect(where.face.x(), where.face.y(), where.face.width(), where.face.height());
    for (qsizetype i = 0; i < where.landmarks.size() && i < qsizetype(face.p.size()); ++i)
        face.p[size_t(i)] = cv::Point2d(where.landmarks[i].x(), where.landmarks[i].y());
    const PersonMask mask = segmentPerson(toBgr(image), face, MaskDetail::Replace);
    where.hairTopY = std::max(0, mask.headTop);
    where.headCut = mask.touchesTop;
    where.bodyReachesBottom = mask.reachesBottom;
    where.outlineRoughness = mask.edgeRoughness;
    where.headFill = mask.headFill;
    where.personMask
        = QImage(mask.matte.data, mask.matte.cols, mask.matte.rows, int(mask.matte.step), QImage::Format_Grayscale8)
              .copy();
    return where;
}

namespace {
// The matte's blended edge (a few pixels of hair against the backdrop) is neither person nor
// background: leave a margin of 1/40 of the frame's width around the person.
int backgroundMargin(const cv::Mat &image)
{
    return std::max(2, image.cols / 40);
}
} // namespace

QList<PhotoCheck> PhotoInspector::inspectBackground(const QImage &image, const FaceGeometry &where) const
{
    cv::Mat lab;
    cv::cvtColor(toBgr(image), lab, cv::COLOR_BGR2Lab);
    const QImage maskImage = where.personMask.convertToFormat(QImage::Format_Grayscale8);
    PersonMask mask;
    mask.person = cv::Mat(maskImage.height(), maskImage.width(), CV_8U, const_cast<uchar *>(maskImage.constBits()),
        size_t(maskImage.bytesPerLine()))
                      .clone();
    if (mask.person.size() != lab.size())
        mask.person = cv::Mat::zeros(lab.size(), CV_8U);
    const int eyeRow = std::clamp(int(where.eyeLineY), 0, lab.rows - 1);
    const double personWidth = cv::countNonZero(mask.person.row(eyeRow)) / std::max(1.0, where.cheekWidth);
    return checkBackground(lab, m_profile, mask.background(backgroundMargin(lab), int(where.chinY)), personWidth);
}

Result<QImage> decodePhoto(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The header's claim, before any decoding: QImageReader's own allocation limit is a setting
    // of the process (and of the environment, QT_IMAGEIO_MAXALLOC); this one is the photo's.
    const QSize claimed = reader.size();
    if (claimed.isValid() && qint64(claimed.width()) * claimed.height() > PhotoLimits::kMaxPixels)
        return Failure { QStringLiteral("photo.too-many-pixels"),
            [width = claimed.width(), height = claimed.height(), maxMegapixels = PhotoLimits::kMaxPixels / 1'000'000] {
                return PhotoInspectorTr::tr(
                    "The picture claims %1×%2 pixels; RegPoint reads photos of at most %3 megapixels. Export the "
                    "photo at a smaller size or take a new photo.")
                    .arg(width)
                    .arg(height)
                    .arg(maxMegapixels);
            } };
    QImage image;
    if (!reader.read(&image))
        return Failure { QStringLiteral("photo.unreadable"),
            bytes.isEmpty()
                ? PhotoInspectorTr::tr("The file is empty. Copy the photo again.")
                : PhotoInspectorTr::tr(
                    "The file is damaged or is no picture. Ask for the photo file again or take a new photo.") };
    return image;
}

PhotoReport PhotoInspector::inspectFile(const QByteArray &bytes, std::optional<FaceGeometry> *geometry) const
{
    PhotoReport report;
    const bool isJpeg = bytes.startsWith("\xFF\xD8\xFF");
    const Result<QImage> decoding = decodePhoto(bytes);
    const bool decoded = decoding.ok();
    const bool tooManyPixels = !decoded && decoding.failure().code == u"photo.too-many-pixels";
    const QImage image = decoded ? decoding.value() : QImage();
    // JFIF APP0: FF D8 FF E0 len "JFIF\0" version units Xdensity Ydensity.
    int dpi = 0;
    if (isJpeg && bytes.size() > 18 && bytes.mid(6, 5) == QByteArrayView("JFIF\0", 5) && bytes[13] == 1)
        dpi = quint8(bytes[14]) << 8 | quint8(bytes[15]);
    QString formatProblem;
    if (!decoded)
        formatProblem = decoding.failure().message;
    else if (!isJpeg)
        formatProblem = PhotoInspectorTr::tr("The photo must be a JPEG file (.jpg). Use \"fix\" to convert it.");
    else if (!bytes.trimmed().endsWith("\xFF\xD9"))
        formatProblem = PhotoInspectorTr::tr("The JPEG file is cut off (copied incompletely?). Copy the photo again.");
    else if (dpi != m_profile.dpi)
        formatProblem = PhotoInspectorTr::tr("The JPEG says %1 dpi instead of %2. Use \"fix\" to rewrite it.")
                            .arg(dpi)
                            .arg(m_profile.dpi);
    report.checks.append({ QStringLiteral("format"), formatProblem.isEmpty(), Sev::Error,
        decoded             ? (isJpeg ? QStringLiteral("JPEG %1 dpi").arg(dpi) : QStringLiteral("not JPEG"))
            : tooManyPixels ? claimedSize(bytes)
                            : QStringLiteral("unreadable"),
        QStringLiteral("JPEG %1 dpi").arg(m_profile.dpi),
        formatProblem.isEmpty() ? PhotoInspectorTr::tr("JPEG file.") : formatProblem });

    report.checks.append(fileSizeCheck(bytes.size()));
    if (decoded)
        report.checks += inspectImage(image, geometry).checks;
    return report;
}

PhotoCheck PhotoInspector::fileSizeCheck(qint64 bytes) const
{
    const double kb = double(bytes) / 1024.0;
    const bool sizeOk = m_profile.fileKb.contains(kb);
    return { QStringLiteral("file_size"), sizeOk, Sev::Error, QStringLiteral("%1 KB").arg(kb, 0, 'f', 1),
        range(m_profile.fileKb, "KB"),
        sizeOk ? PhotoInspectorTr::tr("File size within the limits.")
               : PhotoInspectorTr::tr("The file has %1 KB; it must have %2 to %3 KB. Use \"fix\" to re-encode it.")
                     .arg(kb, 0, 'f', 1)
                     .arg(m_profile.fileKb.min)
                     .arg(m_profile.fileKb.max) };
}

PhotoReport PhotoInspector::inspectImage(const QImage &image, std::optional<FaceGeometry> *geometry) const
{
    PhotoReport report;
    auto add = [&report](const char *id, bool ok, Sev severity, const QString &value, const QString &expected,
                   const QString &message) {
        report.checks.append({ QString::fromLatin1(id), ok, severity, value, expected, message });
    };
    const PhotoProfile &p = m_profile;
    const bool sizeOk = image.size() == p.size;
    add("size", sizeOk, Sev::Error, QStringLiteral("%1×%2").arg(image.width()).arg(image.height()),
        QStringLiteral("%1×%2").arg(p.size.width()).arg(p.size.height()),
        sizeOk ? PhotoInspectorTr::tr("Frame size correct.")
               : PhotoInspectorTr::tr("The photo must be %1×%2 pixels. Use \"fix\" to crop and scale it.")
                     .arg(p.size.width())
                     .arg(p.size.height()));

    const cv::Mat bgr = toBgr(image);
    cv::Mat lab, gray;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);

    // Colour: a grey image has no chroma anywhere; a colour photo has some on the face and
    // clothes however little of the frame they fill, so the most colourful 1 % decides.
    // Chroma in whole units (8-bit Lab never exceeds 181), by a table over a* and b*.
    static const std::vector<uchar> chromaOf = [] {
        std::vector<uchar> table(size_t(256) * 256);
        for (int a = 0; a < 256; ++a)
            for (int b = 0; b < 256; ++b)
                table[a * 256 + b] = uchar(std::hypot(a - 128.0, b - 128.0));
        return table;
    }();
    int histogram[182] = {};
    for (int y = 0; y < lab.rows; ++y) {
        const cv::Vec3b *v = lab.ptr<cv::Vec3b>(y);
        for (int x = 0; x < lab.cols; ++x)
            ++histogram[chromaOf[v[x][1] * 256 + v[x][2]]];
    }
    double topChroma = 0;
    for (qint64 seen = 0, c = 181; c >= 0; --c) {
        seen += histogram[c];
        if (seen * 100 >= qint64(lab.total())) {
            topChroma = double(c);
            break;
        }
    }
    add("color", topChroma > kMinChroma, Sev::Error, QStringLiteral("chroma %1").arg(topChroma, 0, 'f', 1),
        QStringLiteral("> %1").arg(kMinChroma),
        topChroma > kMinChroma ? PhotoInspectorTr::tr("Colour photo.")
                               : PhotoInspectorTr::tr("The photo is black and white. A colour photo is required."));

    // A photo as judged: faces down to a third of its shorter side. A candidate's face is larger
    // (the narrowest allowed is 180 of 480 px); a second person that small still counts.
    const Location where = locate(bgr, gray, std::min(bgr.cols, bgr.rows) / 3.0);
    if (geometry)
        *geometry = geometryOf(where);
    const qsizetype people = where.people;
    const QString faceMessage = !hasFaceDetector()
        ? PhotoInspectorTr::tr(
            "The face detector is not installed (libdlib-data, opencv-data). Check the photo by eye.")
        : people == 0
        ? PhotoInspectorTr::tr("No face found. Face the camera, bare-headed, with nothing covering the face.")
        : people > 1
        ? PhotoInspectorTr::tr("More than one person is in the photo. Only the candidate may be in the frame.")
        : PhotoInspectorTr::tr("One face.");
    add("face_count", people == 1, hasFaceDetector() ? Sev::Error : Sev::Warn, QString::number(people),
        QStringLiteral("1"), faceMessage);

    const QStringList faceChecks { QStringLiteral("centring"), QStringLiteral("hair_top"), QStringLiteral("eye_line"),
        QStringLiteral("face_width"), QStringLiteral("roll"), QStringLiteral("yaw"), QStringLiteral("eyes_open"),
        QStringLiteral("mouth_closed"), QStringLiteral("sharpness"), QStringLiteral("exposure"),
        QStringLiteral("red_eye"), QStringLiteral("glasses_glare"), QStringLiteral("head_covering") };
    const QStringList backgroundChecks { QStringLiteral("background_color"), QStringLiteral("background_uniformity") };
    if (people != 1) {
        // Without exactly one face nothing about the face can be measured: say so, never pass.
        for (const QString &id : faceChecks + backgroundChecks)
            report.checks.append({ id, false, Sev::Warn, {}, {},
                PhotoInspectorTr::tr("Not measured: needs exactly one face in the photo.") });
        return report;
    }
    const FaceLandmarks &face = where.face;
    const double scale = double(p.size.width()) / bgr.cols; // measurements in profile pixels
    const cv::Point2d leftEye = face.leftEye(), rightEye = face.rightEye();
    const double eyeY = (leftEye.y + rightEye.y) / 2, midX = (leftEye.x + rightEye.x) / 2;

    // Centring: the eyes' midpoint against the frame's centre line.
    const double offset = (midX - bgr.cols / 2.0) / bgr.cols;
    const bool centred = std::abs(offset) <= p.centreTolerance;
    add("centring", centred, Sev::Error, QStringLiteral("%1 %").arg(offset * 100, 0, 'f', 1),
        QStringLiteral("±%1 %").arg(p.centreTolerance * 100, 0, 'f', 0),
        centred ? PhotoInspectorTr::tr("Centred.")
            : offset > 0
            ? PhotoInspectorTr::tr("The head is right of centre: move a little to the left (as seen on the screen).")
            : PhotoInspectorTr::tr("The head is left of centre: move a little to the right (as seen on the screen)."));

    // Eye line: the mean height of the two eyes' centres.
    const double eyeLine = eyeY * scale;
    const bool eyeOk = p.eyeLinePx.contains(eyeLine);
    add("eye_line", eyeOk, Sev::Error, px(eyeLine), range(p.eyeLinePx),
        eyeOk ? PhotoInspectorTr::tr("Eye line in range.")
            : eyeLine < p.eyeLinePx.min
            ? PhotoInspectorTr::tr("The eyes are too high in the frame: lower the camera or move the crop up.")
            : PhotoInspectorTr::tr("The eyes are too low in the frame: raise the camera or move the crop down."));

    // Face width: cheek to cheek between the eyes and the nose tip (landmarks 1 and 15).
    const double faceWidth = face.cheekWidth() * scale;
    const bool widthOk = p.faceWidthPx.contains(faceWidth);
    add("face_width", widthOk, Sev::Error, px(faceWidth), range(p.faceWidthPx),
        widthOk ? PhotoInspectorTr::tr("Face size in range.")
            : faceWidth < p.faceWidthPx.min
            ? PhotoInspectorTr::tr("The face is too small: come a little closer to the camera.")
            : PhotoInspectorTr::tr("The face is too large: move a little back from the camera."));

    // Roll: the angle of the line through the eyes. Yaw: the nose tip beside the eyes' middle.
    const double roll = std::atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x) * 180.0 / M_PI;
    add("roll", std::abs(roll) <= p.maxRollDegrees, Sev::Error, QStringLiteral("%1°").arg(roll, 0, 'f', 1),
        QStringLiteral("±%1°").arg(p.maxRollDegrees),
        std::abs(roll) <= p.maxRollDegrees
            ? PhotoInspectorTr::tr("Head straight.")
            : PhotoInspectorTr::tr(
                "The head is tilted. Hold it straight and take the photo again (a tilted photo is never rotated)."));
    const double yaw = face.noseOffset();
    add("yaw", std::abs(yaw) <= kMaxNoseOffset, Sev::Warn, QStringLiteral("%1 %").arg(yaw * 100, 0, 'f', 1),
        QStringLiteral("±%1 %").arg(kMaxNoseOffset * 100, 0, 'f', 0),
        std::abs(yaw) <= kMaxNoseOffset
            ? PhotoInspectorTr::tr("Facing the camera.")
            : PhotoInspectorTr::tr(
                "The head is turned. Look straight into the camera so that both ears show equally."));

    // Eyes: open when the lids stand apart (their opening over the eye's width) and what lies
    // between them is not lid skin. The more closed eye counts.
    const double openness = std::min(face.eyeAspect(true), face.eyeAspect(false));
    const double lidSkin = FaceMeasures::skinInEyes(lab, face);
    const bool eyesOpen = openness >= kMinEyeOpening && lidSkin <= kMaxSkinInEyes;
    add("eyes_open", eyesOpen, Sev::Warn,
        QStringLiteral("%1, lid %2 %").arg(openness, 0, 'f', 2).arg(lidSkin * 100, 0, 'f', 0),
        QStringLiteral("≥ %1, lid ≤ %2 %").arg(kMinEyeOpening, 0, 'f', 2).arg(kMaxSkinInEyes * 100, 0, 'f', 0),
        eyesOpen ? PhotoInspectorTr::tr("Both eyes open.")
                 : PhotoInspectorTr::tr(
                     "The eyes look closed or half closed. Ask the candidate to open both eyes and look at the "
                     "camera."));

    // Mouth: the gap between the inner lips over the eye-to-chin distance, and what shows in it.
    // A wide gap is open; a narrow one is open only if teeth or the mouth's dark show in it (full
    // or painted lips that touch leave a narrow gap of lip).
    const double lipGap = face.lipGap();
    const double showing = FaceMeasures::mouthShowing(lab, face);
    const bool lipsClosed = lipGap <= kMaxLipGap && (lipGap <= kClosedLipGap || showing <= kMaxMouthShowing);
    add("mouth_closed", lipsClosed, Sev::Warn,
        QStringLiteral("%1 %, showing %2 %").arg(lipGap * 100, 0, 'f', 1).arg(showing * 100, 0, 'f', 0),
        QStringLiteral("≤ %1 %").arg(kMaxLipGap * 100, 0, 'f', 1),
        lipsClosed ? PhotoInspectorTr::tr("Lips closed.")
                   : PhotoInspectorTr::tr("The lips are apart. Ask for a natural expression with the lips closed."));

    // Sharpness: contrast-normalised, so a dark or flat-lit face is not mistaken for a blurred one.
    const double sharpness = FaceMeasures::sharpness(gray, face);
    const bool sharp = sharpness >= kMinSharpness;
    add("sharpness", sharp, Sev::Error, QStringLiteral("%1").arg(sharpness, 0, 'f', 0),
        QStringLiteral("≥ %1").arg(kMinSharpness),
        sharp ? PhotoInspectorTr::tr("In focus.")
              : PhotoInspectorTr::tr("The photo is blurred. Hold still and let the camera focus, then take it again."));

    // Exposure on the skin of the cheeks and nose. Skin tones differ by far more than exposure
    // errors, so darkness is judged by what is clipped and by the face's brightest points (eye
    // whites, catch lights), not by the skin's mean.
    const FaceMeasures::Exposure e = FaceMeasures::exposure(gray, face);
    const bool tooBright = e.skinBright > 0.10;
    const bool tooDark = e.skinDark > 0.10 || e.highlight < kMinFaceHighlight;
    add("exposure", !tooBright && !tooDark, Sev::Error,
        QStringLiteral("skin %1, clipped %2 % / %3 %, highlights %4")
            .arg(e.skinMean, 0, 'f', 0)
            .arg(e.skinBright * 100, 0, 'f', 1)
            .arg(e.skinDark * 100, 0, 'f', 1)
            .arg(e.highlight, 0, 'f', 0),
        QStringLiteral("≤ 10 % clipped, highlights ≥ %1").arg(kMinFaceHighlight),
        tooBright     ? PhotoInspectorTr::tr("The face is too bright (washed out). Dim or move back the fill lights.")
            : tooDark ? PhotoInspectorTr::tr("The face is too dark. Turn on or bring the fill lights closer.")
                      : PhotoInspectorTr::tr("Exposure even."));

    // Red eye inside the pupils only; glare over the lenses' area around the eyes.
    const double red = FaceMeasures::redPupilShare(bgr, face);
    add("red_eye", red < kMaxRedPupil, Sev::Error, QStringLiteral("%1 %").arg(red * 100, 0, 'f', 1),
        QStringLiteral("< %1 %").arg(kMaxRedPupil * 100, 0, 'f', 0),
        red < kMaxRedPupil
            ? PhotoInspectorTr::tr("No red eye.")
            : PhotoInspectorTr::tr("Red eyes. Take the photo again without the flash pointing straight at the eyes."));
    const double glare = FaceMeasures::glareShare(bgr, face);
    add("glasses_glare", glare < kMaxGlare, Sev::Warn, QStringLiteral("%1 %").arg(glare * 100, 0, 'f', 1),
        QStringLiteral("< %1 %").arg(kMaxGlare * 100, 0, 'f', 0),
        glare < kMaxGlare
            ? PhotoInspectorTr::tr("No glare on the eyes.")
            : PhotoInspectorTr::tr(
                "Reflections on the glasses. Tilt the glasses slightly or move the lights to the sides."));

    // Hair top: the first row of the person mask above the face.
    const PersonMask &mask = where.mask;
    const double hairTopPx = std::max(0, mask.headTop) * scale;
    const bool hairOk = mask.headTop >= 0 && !mask.touchesTop && p.hairTopPx.contains(hairTopPx);
    add("hair_top", hairOk, Sev::Error, mask.headTop < 0 ? QString() : px(hairTopPx), range(p.hairTopPx),
        hairOk ? PhotoInspectorTr::tr("Space above the head in range.")
            : mask.touchesTop || hairTopPx < p.hairTopPx.min
            ? PhotoInspectorTr::tr(
                "The top of the head is too close to the top edge: lower the crop or the camera a little.")
            : PhotoInspectorTr::tr("Too much space above the head: raise the crop or come a little closer."));

    const int eyeRow = std::clamp(int(eyeY), 0, bgr.rows - 1);
    const double personWidth = cv::countNonZero(mask.person.row(eyeRow)) / std::max(1.0, face.cheekWidth());
    // Bare head: what covers the top of the head is hair or skin, not a cap or a scarf.
    const double covered = FaceMeasures::headCovered(lab, face, mask.person, mask.headTop);
    add("head_covering", covered <= kMaxHeadCovered, Sev::Warn, QStringLiteral("%1 %").arg(covered * 100, 0, 'f', 0),
        QStringLiteral("≤ %1 %").arg(kMaxHeadCovered * 100, 0, 'f', 0),
        covered <= kMaxHeadCovered
            ? PhotoInspectorTr::tr("Bare head.")
            : PhotoInspectorTr::tr("Something seems to cover the head. The photo must show the bare head: "
                                   "ask the candidate to take off the cap, hat or scarf."));

    report.checks += checkBackground(lab, p, mask.background(backgroundMargin(bgr), int(face.p[8].y)), personWidth);
    return report;
}

} // namespace RegPoint::Kiosk
