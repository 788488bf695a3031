#include "photoinspector.h"

#include "photo/backgroundchecks_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <cmath>

Q_LOGGING_CATEGORY(lcPhoto, "regpoint.kiosk.photo")

namespace RegPoint::Kiosk {

namespace {

struct Tr
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

} // namespace

struct PhotoInspector::Detectors
{
    cv::CascadeClassifier face;
    cv::CascadeClassifier eyes;
    cv::CascadeClassifier eyesWithGlasses;
    cv::CascadeClassifier smile;
};

struct PhotoInspector::Location
{
    qsizetype people = 0;
    cv::Rect face;
    std::optional<cv::Rect> leftEye, rightEye;
    bool bothEyes = false;
    cv::Point2d leftCentre, rightCentre;
    double eyeY = 0;
    double midX = 0;
    int hairTop = 0;
    cv::Vec3d backgroundLab; // the band above the head
};

QString PhotoInspector::defaultCascadeDir()
{
    return QStringLiteral("/usr/share/opencv4");
}

PhotoInspector::PhotoInspector(PhotoProfile profile, const QString &cascadeDir)
    : m_profile(std::move(profile))
    , m_detectors(std::make_unique<Detectors>())
{
    const QDir dir(cascadeDir);
    auto load = [&dir](cv::CascadeClassifier &c, const char *file) {
        const QString path = dir.filePath(QStringLiteral("haarcascades/") + QString::fromLatin1(file));
        if (!c.load(path.toStdString()))
            qCWarning(lcPhoto) << "cannot load" << path << "(install opencv-data)";
    };
    load(m_detectors->face, "haarcascade_frontalface_alt2.xml");
    load(m_detectors->eyes, "haarcascade_eye.xml");
    load(m_detectors->eyesWithGlasses, "haarcascade_eye_tree_eyeglasses.xml");
    load(m_detectors->smile, "haarcascade_smile.xml");
}

PhotoInspector::~PhotoInspector() = default;

bool PhotoInspector::hasFaceDetector() const
{
    return !m_detectors->face.empty();
}

PhotoInspector::Location PhotoInspector::locate(const cv::Mat &bgr, const cv::Mat &gray, const cv::Mat &lab) const
{
    Location where;
    // Faces: every detection at least a quarter of the largest counts as a person.
    std::vector<cv::Rect> faces;
    if (hasFaceDetector()) {
        cv::Mat equalised;
        cv::equalizeHist(gray, equalised);
        // A face under a sixth of the frame width is far from the 180-px minimum of a candidate's
        // face, and searching smaller sizes costs most of the detector's time.
        const int minSide = std::max(24, bgr.cols / 6);
        m_detectors->face.detectMultiScale(equalised, faces, 1.1, 4, 0, cv::Size(minSide, minSide));
    }
    const auto largest = std::max_element(
        faces.begin(), faces.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.area() < b.area(); });
    where.people = largest == faces.end()
        ? 0
        : std::count_if(faces.begin(), faces.end(), [&](const cv::Rect &f) { return f.area() * 4 >= largest->area(); });
    if (where.people != 1)
        return where;
    const cv::Rect face = *largest & cv::Rect(0, 0, bgr.cols, bgr.rows);
    where.face = face;

    // Eyes: the cascade in the upper half of the face, one on each side.
    std::vector<cv::Rect> eyeBoxes;
    const cv::Rect upper(face.x, face.y + face.height / 5, face.width, face.height * 2 / 5);
    // An eye spans an eighth to a third of the face box; larger windows only cost time.
    const cv::Size minEye(face.width / 8, face.width / 8), maxEye(face.width / 3, face.width / 3);
    if (!m_detectors->eyes.empty())
        m_detectors->eyes.detectMultiScale(gray(upper), eyeBoxes, 1.1, 3, 0, minEye, maxEye);
    if (eyeBoxes.size() < 2 && !m_detectors->eyesWithGlasses.empty()) // slower; finds eyes behind glasses
        m_detectors->eyesWithGlasses.detectMultiScale(gray(upper), eyeBoxes, 1.1, 3, 0, minEye, maxEye);
    std::optional<cv::Rect> &leftEye = where.leftEye, &rightEye = where.rightEye; // image left and right
    for (cv::Rect e : eyeBoxes) {
        e += upper.tl();
        const bool isLeft = e.x + e.width / 2 < face.x + face.width / 2;
        std::optional<cv::Rect> &slot = isLeft ? leftEye : rightEye;
        if (!slot || e.area() > slot->area())
            slot = e;
    }
    where.bothEyes = leftEye && rightEye;
    const bool bothEyes = where.bothEyes;
    where.leftCentre = leftEye ? (cv::Point2d(leftEye->tl()) + cv::Point2d(leftEye->br())) / 2 : cv::Point2d();
    where.rightCentre = rightEye ? (cv::Point2d(rightEye->tl()) + cv::Point2d(rightEye->br())) / 2 : cv::Point2d();
    where.eyeY = bothEyes ? (where.leftCentre.y + where.rightCentre.y) / 2 : face.y + 0.42 * face.height;
    where.midX = bothEyes ? (where.leftCentre.x + where.rightCentre.x) / 2 : face.x + face.width / 2.0;

    // Hair top: the first row, above the face, where the head's columns stop looking like background.
    const int topBand = std::max(4, std::min(face.y / 3, bgr.rows / 20));
    cv::Mat topMask = cv::Mat::zeros(bgr.size(), CV_8U);
    topMask(cv::Rect(0, 0, bgr.cols, topBand)).setTo(255);
    const LabStats top = labStats(lab, topMask);
    int &hairTop = where.hairTop;
    hairTop = face.y;
    for (int y = 0; y < face.y; ++y) {
        int differing = 0;
        for (int x = face.x; x < face.x + face.width; ++x) {
            const cv::Vec3b v = lab.at<cv::Vec3b>(y, x);
            const cv::Vec3d pixel(v[0] * 100.0 / 255.0, v[1] - 128.0, v[2] - 128.0);
            differing += deltaE(pixel, top.mean) > 15 ? 1 : 0;
        }
        if (differing > face.width / 4) {
            hairTop = y;
            break;
        }
    }
    where.backgroundLab = top.mean;
    return where;
}

std::optional<FaceGeometry> PhotoInspector::locateFace(const QImage &image) const
{
    const cv::Mat bgr = toBgr(image);
    cv::Mat lab, gray;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    const Location where = locate(bgr, gray, lab);
    if (where.people != 1)
        return std::nullopt;
    const cv::Rect &f = where.face;
    return FaceGeometry { QRect(f.x, f.y, f.width, f.height), where.bothEyes,
        QPointF(where.leftCentre.x, where.leftCentre.y), QPointF(where.rightCentre.x, where.rightCentre.y), where.eyeY,
        where.midX, where.hairTop };
}

QList<PhotoCheck> PhotoInspector::inspectBackground(const QImage &image, const FaceGeometry &where) const
{
    cv::Mat lab;
    cv::cvtColor(toBgr(image), lab, cv::COLOR_BGR2Lab);
    const QRect f = where.face & image.rect();
    return checkBackground(
        lab, m_profile, cv::Rect(f.x(), f.y(), f.width(), f.height()), where.eyeLineY, std::max(0, where.hairTopY));
}

const PhotoCheck *LiveGuidance::hint() const
{
    for (PhotoSeverity severity : { PhotoSeverity::Error, PhotoSeverity::Warn }) {
        for (const PhotoCheck &c : checks) {
            if (!c.ok && c.severity == severity)
                return &c;
        }
    }
    return nullptr;
}

LiveGuidance PhotoInspector::analyseLive(const QImage &frame) const
{
    LiveGuidance live;
    auto add = [&live](const char *id, bool ok, Sev severity, const QString &value, const QString &message) {
        live.checks.append({ QString::fromLatin1(id), ok, severity, value, {}, message });
    };
    const PhotoProfile &p = m_profile;
    const double shrink = std::min(1.0, 288.0 / std::max(1, frame.height()));
    const QImage small = frame.scaled(frame.size() * shrink, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                             .convertToFormat(QImage::Format_BGR888);
    const cv::Mat bgr(
        small.height(), small.width(), CV_8UC3, const_cast<uchar *>(small.constBits()), size_t(small.bytesPerLine()));
    cv::Mat gray, equalised;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    cv::equalizeHist(gray, equalised);

    // Search down to a seventh of the frame height: small enough to tell a candidate standing
    // too far back to come closer, large enough to stay fast.
    std::vector<cv::Rect> faces;
    if (hasFaceDetector())
        m_detectors->face.detectMultiScale(equalised, faces, 1.2, 4, 0, cv::Size(gray.rows / 7, gray.rows / 7));
    add("face_count", faces.size() == 1, Sev::Error, QString::number(faces.size()),
        faces.empty()          ? Tr::tr("Look into the camera; nothing may cover the face.")
            : faces.size() > 1 ? Tr::tr("Only the candidate may be in the picture.")
                               : Tr::tr("One face."));
    if (faces.size() != 1)
        return live;
    const cv::Rect face = faces.front();
    live.faceFound = true;
    live.face = QRectF(face.x / shrink, face.y / shrink, face.width / shrink, face.height / shrink);

    std::vector<cv::Rect> eyes;
    const cv::Rect upper(face.x, face.y + face.height / 5, face.width, face.height * 2 / 5);
    if (!m_detectors->eyes.empty())
        m_detectors->eyes.detectMultiScale(gray(upper), eyes, 1.15, 3, 0, cv::Size(face.width / 8, face.width / 8));
    std::optional<cv::Point2d> left, right;
    for (const cv::Rect &e : eyes) {
        const cv::Point2d centre(upper.x + e.x + e.width / 2.0, upper.y + e.y + e.height / 2.0);
        (centre.x < face.x + face.width / 2.0 ? left : right) = centre;
    }
    const bool bothEyes = left && right;
    live.eyeLineY = (bothEyes ? (left->y + right->y) / 2 : face.y + 0.42 * face.height) / shrink;
    const double midX = (bothEyes ? (left->x + right->x) / 2 : face.x + face.width / 2.0) / shrink;

    // The capture is cropped from the frame; a face narrower than the profile's minimum would have
    // to be enlarged (soft), one wider than the frame allows cannot fit the 480-px width.
    const double cheek = live.face.width() * kCheekToBoxRatio;
    const double cropWidthAtMid = cheek * p.size.width() / ((p.faceWidthPx.min + p.faceWidthPx.max) / 2.0);
    const bool bigEnough = cheek >= p.faceWidthPx.min;
    const bool fits
        = cropWidthAtMid <= frame.width() && cropWidthAtMid * p.size.height() / p.size.width() <= frame.height();
    add("face_width", bigEnough && fits, Sev::Error, QStringLiteral("%1 px").arg(qRound(cheek)),
        !bigEnough  ? Tr::tr("Come a little closer to the camera.")
            : !fits ? Tr::tr("Move a little back from the camera.")
                    : Tr::tr("Good distance."));
    const double offset = (midX - frame.width() / 2.0) / frame.width();
    add("centring", std::abs(offset) <= 0.1, Sev::Error, QStringLiteral("%1 %").arg(offset * 100, 0, 'f', 0),
        std::abs(offset) <= 0.1 ? Tr::tr("Centred.")
            : offset > 0        ? Tr::tr("Move a little to the left (as seen on the screen).")
                                : Tr::tr("Move a little to the right (as seen on the screen)."));
    const double roll = bothEyes ? std::atan2(right->y - left->y, right->x - left->x) * 180.0 / M_PI : 0.0;
    add("roll", bothEyes && std::abs(roll) <= p.maxRollDegrees, bothEyes ? Sev::Error : Sev::Warn,
        bothEyes ? QStringLiteral("%1°").arg(roll, 0, 'f', 0) : QString(),
        !bothEyes                                ? Tr::tr("Open both eyes and look into the camera.")
            : std::abs(roll) <= p.maxRollDegrees ? Tr::tr("Head straight.")
                                                 : Tr::tr("Hold the head straight."));
    add("eyes_open", bothEyes, Sev::Warn, QString::number(int(left.has_value()) + int(right.has_value())),
        bothEyes ? Tr::tr("Eyes open.") : Tr::tr("Open both eyes and look into the camera."));
    live.readyToCapture = std::none_of(
        live.checks.begin(), live.checks.end(), [](const PhotoCheck &c) { return !c.ok && c.severity == Sev::Error; });
    return live;
}

PhotoReport PhotoInspector::inspectFile(const QByteArray &bytes) const
{
    PhotoReport report;
    const bool isJpeg = bytes.startsWith("\xFF\xD8\xFF");
    QImage image;
    const bool decoded = image.loadFromData(bytes);
    // JFIF APP0: FF D8 FF E0 len "JFIF\0" version units Xdensity Ydensity.
    int dpi = 0;
    if (isJpeg && bytes.size() > 18 && bytes.mid(6, 5) == QByteArrayView("JFIF\0", 5) && bytes[13] == 1)
        dpi = quint8(bytes[14]) << 8 | quint8(bytes[15]);
    QString formatProblem;
    if (!decoded)
        formatProblem = bytes.isEmpty()
            ? Tr::tr("The file is empty. Copy the photo again.")
            : Tr::tr("The file is damaged or is no picture. Ask for the photo file again or take a new photo.");
    else if (!isJpeg)
        formatProblem = Tr::tr("The photo must be a JPEG file (.jpg). Use \"fix\" to convert it.");
    else if (!bytes.trimmed().endsWith("\xFF\xD9"))
        formatProblem = Tr::tr("The JPEG file is cut off (copied incompletely?). Copy the photo again.");
    else if (dpi != m_profile.dpi)
        formatProblem
            = Tr::tr("The JPEG says %1 dpi instead of %2. Use \"fix\" to rewrite it.").arg(dpi).arg(m_profile.dpi);
    report.checks.append({ QStringLiteral("format"), formatProblem.isEmpty(), Sev::Error,
        decoded ? (isJpeg ? QStringLiteral("JPEG %1 dpi").arg(dpi) : QStringLiteral("not JPEG"))
                : QStringLiteral("unreadable"),
        QStringLiteral("JPEG %1 dpi").arg(m_profile.dpi),
        formatProblem.isEmpty() ? Tr::tr("JPEG file.") : formatProblem });

    const double kb = double(bytes.size()) / 1024.0;
    const bool sizeOk = m_profile.fileKb.contains(kb);
    report.checks.append({ QStringLiteral("file_size"), sizeOk, Sev::Error, QStringLiteral("%1 KB").arg(kb, 0, 'f', 1),
        range(m_profile.fileKb, "KB"),
        sizeOk ? Tr::tr("File size within the limits.")
               : Tr::tr("The file has %1 KB; it must have %2 to %3 KB. Use \"fix\" to re-encode it.")
                     .arg(kb, 0, 'f', 1)
                     .arg(m_profile.fileKb.min)
                     .arg(m_profile.fileKb.max) });
    if (decoded)
        report.checks += inspectImage(image).checks;
    return report;
}

PhotoReport PhotoInspector::inspectImage(const QImage &image) const
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
        sizeOk ? Tr::tr("Frame size correct.")
               : Tr::tr("The photo must be %1×%2 pixels. Use \"fix\" to crop and scale it.")
                     .arg(p.size.width())
                     .arg(p.size.height()));

    const cv::Mat bgr = toBgr(image);
    cv::Mat lab, gray;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);

    // Colour: a grey image has no chroma anywhere.
    std::vector<cv::Mat> labPlanes;
    cv::split(lab, labPlanes);
    cv::Mat chroma;
    cv::magnitude(cv::Mat_<float>(labPlanes[1]) - 128.0f, cv::Mat_<float>(labPlanes[2]) - 128.0f, chroma);
    const double meanChroma = cv::mean(chroma)[0];
    add("color", meanChroma > 3.0, Sev::Error, QStringLiteral("chroma %1").arg(meanChroma, 0, 'f', 1),
        QStringLiteral("> 3"),
        meanChroma > 3.0 ? Tr::tr("Colour photo.")
                         : Tr::tr("The photo is black and white. A colour photo is required."));

    const Location where = locate(bgr, gray, lab);
    const qsizetype people = where.people;
    const QString faceMessage = !hasFaceDetector()
        ? Tr::tr("The face detector is not installed (opencv-data). Check the photo by eye.")
        : people == 0 ? Tr::tr("No face found. Face the camera, bare-headed, with nothing covering the face.")
        : people > 1  ? Tr::tr("More than one person is in the photo. Only the candidate may be in the frame.")
                      : Tr::tr("One face.");
    add("face_count", people == 1, hasFaceDetector() ? Sev::Error : Sev::Warn, QString::number(people),
        QStringLiteral("1"), faceMessage);

    const QStringList faceChecks { QStringLiteral("centring"), QStringLiteral("hair_top"), QStringLiteral("eye_line"),
        QStringLiteral("face_width"), QStringLiteral("roll"), QStringLiteral("yaw"), QStringLiteral("eyes_open"),
        QStringLiteral("mouth_closed"), QStringLiteral("sharpness"), QStringLiteral("exposure"),
        QStringLiteral("red_eye"), QStringLiteral("glasses_glare") };
    const QStringList backgroundChecks { QStringLiteral("background_color"), QStringLiteral("background_uniformity") };
    if (people != 1) {
        // Without exactly one face nothing about the face can be measured: say so, never pass.
        for (const QString &id : faceChecks + backgroundChecks)
            report.checks.append(
                { id, false, Sev::Warn, {}, {}, Tr::tr("Not measured: needs exactly one face in the photo.") });
        return report;
    }
    const cv::Rect face = where.face;
    const double scale = double(p.size.width()) / bgr.cols; // measurements in profile pixels
    const std::optional<cv::Rect> &leftEye = where.leftEye, &rightEye = where.rightEye;
    const bool bothEyes = where.bothEyes;
    const cv::Point2d leftCentre = where.leftCentre, rightCentre = where.rightCentre;
    const double eyeY = where.eyeY, midX = where.midX;
    const int hairTop = where.hairTop;

    // Centring.
    const double offset = (midX - bgr.cols / 2.0) / bgr.cols;
    const bool centred = std::abs(offset) <= p.centreTolerance;
    add("centring", centred, Sev::Error, QStringLiteral("%1 %").arg(offset * 100, 0, 'f', 1),
        QStringLiteral("±%1 %").arg(p.centreTolerance * 100, 0, 'f', 0),
        centred          ? Tr::tr("Centred.")
            : offset > 0 ? Tr::tr("The head is right of centre: move a little to the left (as seen on the screen).")
                         : Tr::tr("The head is left of centre: move a little to the right (as seen on the screen)."));

    // Eye line.
    const double eyeLine = eyeY * scale;
    const bool eyeOk = p.eyeLinePx.contains(eyeLine);
    add("eye_line", eyeOk, bothEyes ? Sev::Error : Sev::Warn, px(eyeLine), range(p.eyeLinePx),
        !bothEyes
            ? Tr::tr("Both eyes were not found; the eye line is estimated. Check that the eyes are open and visible.")
            : eyeOk ? Tr::tr("Eye line in range.")
            : eyeLine < p.eyeLinePx.min
            ? Tr::tr("The eyes are too high in the frame: lower the camera or move the crop up.")
            : Tr::tr("The eyes are too low in the frame: raise the camera or move the crop down."));

    // Face width: the cascade's box runs about ear to ear; cheek to cheek is ~85 % of it.
    const double faceWidth = face.width * kCheekToBoxRatio * scale;
    const bool widthOk = p.faceWidthPx.contains(faceWidth);
    add("face_width", widthOk, Sev::Error, px(faceWidth), range(p.faceWidthPx),
        widthOk                             ? Tr::tr("Face size in range.")
            : faceWidth < p.faceWidthPx.min ? Tr::tr("The face is too small: come a little closer to the camera.")
                                            : Tr::tr("The face is too large: move a little back from the camera."));

    // Roll from the eye line; yaw from where the eyes sit in the face box.
    const double roll
        = bothEyes ? std::atan2(rightCentre.y - leftCentre.y, rightCentre.x - leftCentre.x) * 180.0 / M_PI : 0.0;
    add("roll", bothEyes && std::abs(roll) <= p.maxRollDegrees, bothEyes ? Sev::Error : Sev::Warn,
        bothEyes ? QStringLiteral("%1°").arg(roll, 0, 'f', 1) : QString(), QStringLiteral("±%1°").arg(p.maxRollDegrees),
        !bothEyes ? Tr::tr("Head tilt not measured (eyes not found). Check by eye that the head is straight.")
            : std::abs(roll) <= p.maxRollDegrees
            ? Tr::tr("Head straight.")
            : Tr::tr(
                "The head is tilted. Hold it straight and take the photo again (a tilted photo is never rotated)."));
    const double yaw = (midX - (face.x + face.width / 2.0)) / face.width;
    add("yaw", bothEyes && std::abs(yaw) <= 0.06, Sev::Warn,
        bothEyes ? QStringLiteral("%1 %").arg(yaw * 100, 0, 'f', 1) : QString(), QStringLiteral("±6 %"),
        bothEyes && std::abs(yaw) <= 0.06
            ? Tr::tr("Facing the camera.")
            : Tr::tr("The head may be turned. Look straight into the camera; check that both ears show equally."));

    add("eyes_open", bothEyes, Sev::Warn,
        bothEyes ? QStringLiteral("2 eyes")
                 : QStringLiteral("%1 eyes").arg(int(leftEye.has_value()) + int(rightEye.has_value())),
        QStringLiteral("2 eyes"),
        bothEyes ? Tr::tr("Both eyes found open.")
                 : Tr::tr("Open eyes not confirmed. Ask the candidate to open both eyes and look at the camera."));

    // Mouth: the smile cascade in the lower third finds open, smiling mouths.
    std::vector<cv::Rect> smiles;
    const cv::Rect lower(face.x, face.y + face.height * 2 / 3, face.width, face.height / 3);
    if (!m_detectors->smile.empty())
        m_detectors->smile.detectMultiScale(gray(lower & cv::Rect(0, 0, bgr.cols, bgr.rows)), smiles, 1.2, 25, 0,
            cv::Size(face.width / 4, face.height / 10));
    const bool mouthMeasured = !m_detectors->smile.empty();
    add("mouth_closed", mouthMeasured && smiles.empty(), Sev::Warn,
        mouthMeasured ? QStringLiteral("%1 smile(s)").arg(smiles.size()) : QString(), QStringLiteral("0"),
        !mouthMeasured ? Tr::tr("Mouth not measured. Check by eye that the lips are closed.")
            : smiles.empty()
            ? Tr::tr("No open mouth or broad smile found.")
            : Tr::tr("The mouth looks open or smiling. Ask for a natural expression with the lips closed."));

    // Sharpness: the Laplacian's spread over the face relative to the face's own contrast, so a
    // dark or flat-lit face is not mistaken for a blurred one. Threshold from the labelled set
    // (docs/photo.md): sharp portraits and their resamplings measure 10 or more, blurred 8 or less.
    cv::Mat laplacian;
    cv::Laplacian(gray(face), laplacian, CV_64F);
    cv::Scalar lapMean, lapStd, grayMean, grayStd;
    cv::meanStdDev(laplacian, lapMean, lapStd);
    cv::meanStdDev(gray(face), grayMean, grayStd);
    const double sharpness = 100.0 * lapStd[0] / std::max(1.0, grayStd[0]);
    const bool sharp = sharpness >= kMinSharpness;
    add("sharpness", sharp, Sev::Error, QStringLiteral("%1").arg(sharpness, 0, 'f', 0),
        QStringLiteral("≥ %1").arg(kMinSharpness),
        sharp ? Tr::tr("In focus.")
              : Tr::tr("The photo is blurred. Hold still and let the camera focus, then take it again."));

    // Exposure over the face: mean and clipped share.
    cv::Scalar faceMean = cv::mean(gray(face));
    const double clippedHigh = double(cv::countNonZero(gray(face) >= 250)) / face.area();
    const double clippedLow = double(cv::countNonZero(gray(face) <= 10)) / face.area();
    const bool exposureOk = faceMean[0] >= 70 && faceMean[0] <= 210 && clippedHigh < 0.05 && clippedLow < 0.05;
    add("exposure", exposureOk, Sev::Error, QStringLiteral("mean %1").arg(faceMean[0], 0, 'f', 0),
        QStringLiteral("70–210, < 5 % clipped"),
        exposureOk ? Tr::tr("Exposure even.")
            : faceMean[0] < 70 || clippedLow >= 0.05
            ? Tr::tr("The face is too dark. Turn on or bring the fill lights closer.")
            : Tr::tr("The face is too bright. Dim or move back the fill lights."));

    // Red eye and glare inside the eye boxes.
    double redShare = 0, glareShare = 0;
    int eyePixels = 0;
    for (const std::optional<cv::Rect> &eye : { leftEye, rightEye }) {
        if (!eye)
            continue;
        cv::Mat region = bgr(*eye & cv::Rect(0, 0, bgr.cols, bgr.rows));
        cv::Mat hsv;
        cv::cvtColor(region, hsv, cv::COLOR_BGR2HSV);
        for (int y = 0; y < region.rows; ++y) {
            for (int x = 0; x < region.cols; ++x) {
                const cv::Vec3b c = region.at<cv::Vec3b>(y, x);
                const cv::Vec3b h = hsv.at<cv::Vec3b>(y, x);
                redShare += (c[2] > 100 && c[2] > 1.5 * std::max(c[0], c[1])) ? 1 : 0;
                glareShare += (h[2] > 245 && h[1] < 30) ? 1 : 0;
                ++eyePixels;
            }
        }
    }
    if (eyePixels > 0) {
        redShare /= eyePixels;
        glareShare /= eyePixels;
    }
    add("red_eye", eyePixels > 0 && redShare<0.08, eyePixels> 0 ? Sev::Error : Sev::Warn,
        eyePixels > 0 ? QStringLiteral("%1 %").arg(redShare * 100, 0, 'f', 1) : QString(), QStringLiteral("< 8 %"),
        eyePixels == 0 ? Tr::tr("Red eye not measured (eyes not found). Check by eye.")
            : redShare < 0.08
            ? Tr::tr("No red eye.")
            : Tr::tr("Red eyes. Take the photo again without the flash pointing straight at the eyes."));
    add("glasses_glare",
        eyePixels > 0 && glareShare<0.04, Sev::Warn, eyePixels> 0
            ? QStringLiteral("%1 %").arg(glareShare * 100, 0, 'f', 1)
            : QString(),
        QStringLiteral("< 4 %"),
        eyePixels == 0 ? Tr::tr("Glare not measured (eyes not found). Check the glasses by eye.")
            : glareShare < 0.04
            ? Tr::tr("No glare on the eyes.")
            : Tr::tr("Reflections on the glasses. Tilt the glasses slightly or move the lights to the sides."));

    const double hairTopPx = hairTop * scale;
    const bool hairOk = p.hairTopPx.contains(hairTopPx);
    add("hair_top", hairOk, Sev::Error, px(hairTopPx), range(p.hairTopPx),
        hairOk ? Tr::tr("Space above the head in range.")
            : hairTopPx < p.hairTopPx.min
            ? Tr::tr("The top of the head is too close to the top edge: lower the crop or the camera a little.")
            : Tr::tr("Too much space above the head: raise the crop or come a little closer."));

    report.checks += checkBackground(lab, p, face, eyeY, hairTop);
    return report;
}

} // namespace RegPoint::Kiosk
