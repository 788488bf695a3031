#include "photo/photoinspector.h"
#include "photo/photoinspector_p.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <cmath>

// The live preview's guidance: OpenCV's cascades on a small copy of every camera frame, fast
// enough for each one; the photo taken is judged by the landmark checks in photoinspector.cpp.

namespace RegPoint::Kiosk {

namespace {
struct LiveGuidanceTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoChecks)
};
using Sev = PhotoSeverity;
} // namespace

const PhotoCheck *LiveGuidance::hint() const
{
    return mostImportantOf(checks);
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
        detectors().face.detectMultiScale(equalised, faces, 1.2, 4, 0, cv::Size(gray.rows / 7, gray.rows / 7));
    add("face_count", faces.size() == 1, Sev::Error, QString::number(faces.size()),
        faces.empty()          ? LiveGuidanceTr::tr("Look into the camera; nothing may cover the face.")
            : faces.size() > 1 ? LiveGuidanceTr::tr("Only the candidate may be in the picture.")
                               : LiveGuidanceTr::tr("One face."));
    if (faces.size() != 1)
        return live;
    const cv::Rect face = faces.front();
    live.faceFound = true;
    live.face = QRectF(face.x / shrink, face.y / shrink, face.width / shrink, face.height / shrink);

    std::vector<cv::Rect> eyes;
    const cv::Rect upper(face.x, face.y + face.height / 5, face.width, face.height * 2 / 5);
    if (!detectors().eyes.empty())
        detectors().eyes.detectMultiScale(gray(upper), eyes, 1.15, 3, 0, cv::Size(face.width / 8, face.width / 8));
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
        !bigEnough  ? LiveGuidanceTr::tr("Come a little closer to the camera.")
            : !fits ? LiveGuidanceTr::tr("Move a little back from the camera.")
                    : LiveGuidanceTr::tr("Good distance."));
    const double offset = (midX - frame.width() / 2.0) / frame.width();
    add("centring", std::abs(offset) <= 0.1, Sev::Error, QStringLiteral("%1 %").arg(offset * 100, 0, 'f', 0),
        std::abs(offset) <= 0.1 ? LiveGuidanceTr::tr("Centred.")
            : offset > 0        ? LiveGuidanceTr::tr("Move a little to the left (as seen on the screen).")
                                : LiveGuidanceTr::tr("Move a little to the right (as seen on the screen)."));
    const double roll = bothEyes ? std::atan2(right->y - left->y, right->x - left->x) * 180.0 / M_PI : 0.0;
    add("roll", bothEyes && std::abs(roll) <= p.maxRollDegrees, bothEyes ? Sev::Error : Sev::Warn,
        bothEyes ? QStringLiteral("%1°").arg(roll, 0, 'f', 0) : QString(),
        !bothEyes                                ? LiveGuidanceTr::tr("Open both eyes and look into the camera.")
            : std::abs(roll) <= p.maxRollDegrees ? LiveGuidanceTr::tr("Head straight.")
                                                 : LiveGuidanceTr::tr("Hold the head straight."));
    add("eyes_open", bothEyes, Sev::Warn, QString::number(int(left.has_value()) + int(right.has_value())),
        bothEyes ? LiveGuidanceTr::tr("Eyes open.") : LiveGuidanceTr::tr("Open both eyes and look into the camera."));
    live.readyToCapture = std::none_of(
        live.checks.begin(), live.checks.end(), [](const PhotoCheck &c) { return !c.ok && c.severity == Sev::Error; });
    return live;
}

} // namespace RegPoint::Kiosk
