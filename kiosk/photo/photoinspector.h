#pragma once

#include "photo/photocheck.h"
#include "photo/photoprofile.h"

#include <QByteArray>
#include <QImage>
#include <QPointF>
#include <QRect>
#include <QRectF>

#include <memory>
#include <optional>

namespace cv {
class Mat;
}

namespace RegPoint::Kiosk {

// Where the one face of a photo is, and where the person is, in image pixels.
struct FaceGeometry
{
    QRect face; // the detector's box
    bool bothEyes = false;
    QPointF leftEye; // image left
    QPointF rightEye;
    double eyeLineY = 0; // the eyes' mean height
    double midX = 0; // the eyes' midpoint
    double cheekWidth = 0; // cheek to cheek, what the spec calls face width
    double chinY = 0;
    int hairTopY = 0; // first row of the head (hair, or whatever covers it) above the face
    bool headCut = false; // the head runs out of the top edge
    bool bodyReachesBottom = false; // shoulders continue out of the bottom edge
    double outlineRoughness = 1; // person outline over its convex hull above the shoulders
    double headFill = 1; // share of the head, brow-wide from its top to the chin, that is person
    QImage personMask; // Format_Grayscale8, 255 where the candidate is
    QList<QPointF> landmarks; // the 68 face points (iBUG 300-W layout)
};

// Checks photos against a profile. Photos: dlib's face detector and 68-point landmarks
// (libdlib-data) and a GrabCut person mask; the live preview: OpenCV's cascades (opencv-data),
// fast enough for every frame. Nothing is downloaded. Pure in use: an image or a file's bytes
// in, a report out. Not for use from two threads at once (the detectors keep scratch state).
// What the live preview shows and says, from one camera frame.
struct LiveGuidance
{
    bool faceFound = false;
    QRectF face; // in frame coordinates
    double eyeLineY = 0; // in frame coordinates
    QList<PhotoCheck> checks; // face_count, centring, face_width, roll, eyes_open
    bool readyToCapture = false; // no error check failed
    const PhotoCheck *hint() const; // the one thing to say now, or nullptr
};

// Decodes a photo file's bytes. A header that claims more than PhotoLimits::kMaxPixels is refused
// before a pixel is allocated (a few hundred bytes can claim gigapixels). Failure
// "photo.too-many-pixels" (the message gives the size and the limit) or "photo.unreadable".
Result<QImage> decodePhoto(const QByteArray &bytes);

class PhotoInspector
{
public:
    static QString defaultCascadeDir(); // /usr/share/opencv4
    // The live cascade's face box runs about ear to ear; the cheek-to-cheek width the spec means
    // is about 85 % of it (measured on the test portrait against its visible cheeks).
    static constexpr double kCheekToBoxRatio = 0.85;
    // Thresholds calibrated on the real-face set (docs/photo.md has the figures behind each).
    // Laplacian spread per unit of face contrast (x100) below which a face is blurred.
    static constexpr int kMinSharpness = 10;
    static constexpr double kMaxNoseOffset = 0.12; // nose tip from the eyes' middle, of the eye distance
    static constexpr double kMinEyeOpening = 0.10; // eyelid opening over eye width
    static constexpr double kMaxSkinInEyes = 0.6; // share of an eye's opening that looks like its lid
    static constexpr int kMinChroma = 6; // chroma of the most colourful 1 % of pixels
    static constexpr double kMaxLipGap = 0.035; // inner-lip gap over the eye-to-chin distance
    static constexpr double kClosedLipGap = 0.02; // a gap this narrow is closed whatever shows
    static constexpr double kMaxMouthShowing = 0.3; // share of the gap that is teeth or mouth
    static constexpr int kMinFaceHighlight = 100; // grey level of the face's brightest 1 %
    static constexpr double kMaxRedPupil = 0.25; // red blob near an eye, of a pupil's area
    static constexpr double kMaxHeadCovered = 0.4; // share of the head top that is neither hair nor skin
    static constexpr double kMaxGlare = 0.025; // share of the lens area that is specular white

    explicit PhotoInspector(
        PhotoProfile profile, const QString &cascadeDir = defaultCascadeDir(), const QString &landmarkModel = {});
    ~PhotoInspector();
    PhotoInspector(const PhotoInspector &) = delete;
    PhotoInspector &operator=(const PhotoInspector &) = delete;

    bool hasFaceDetector() const;
    const PhotoProfile &profile() const { return m_profile; }

    // A file as delivered (an imported photo, a capture after encoding): format and file size,
    // then everything inspectImage() checks (`geometry` as there).
    PhotoReport inspectFile(const QByteArray &bytes, std::optional<FaceGeometry> *geometry = nullptr) const;
    // The file_size check alone, for a file of `bytes` bytes (also for one too large to be read).
    PhotoCheck fileSizeCheck(qint64 bytes) const;
    // `geometry`, when given, receives where the face and the person are (nullopt unless the
    // image holds exactly one face): what the fix needs, without locating the face again.
    PhotoReport inspectImage(const QImage &image, std::optional<FaceGeometry> *geometry = nullptr) const;
    // The live preview's fast path: a frame of any size is analysed at 288 rows, for the face,
    // its size against what a capture needs (no upscaling), centring, tilt and open eyes.
    LiveGuidance analyseLive(const QImage &frame) const;
    // The geometry the checks measure; nullopt unless the image holds exactly one face. With
    // `fineMask` the person is cut finely enough to replace the background along the cut.
    std::optional<FaceGeometry> locateFace(const QImage &image, bool fineMask = false) const;
    // The person cut finely enough to replace the background along the cut, for a face already
    // located (`where`, in this image's pixels): no second search. Returns `where` with the new
    // mask and the measures of its outline.
    FaceGeometry cutPerson(const QImage &image, FaceGeometry where) const;
    // Only the background checks, over what `where`'s person mask leaves (the fix, deciding
    // whether to replace the background): no detection.
    QList<PhotoCheck> inspectBackground(const QImage &image, const FaceGeometry &where) const;

    // Reads the face detectors' cascades and landmark model now (they are otherwise read when
    // first needed), so that the first photo checked does not wait for them.
    void warmUp() const;

private:
    struct Detectors;
    // The detectors, once their cascades are read (in the background from construction on).
    Detectors &detectors() const;
    struct Location;
    // Faces narrower than `minFace` pixels are not searched for (the detector's time grows as
    // the square of how small a face it looks for).
    Location locate(const cv::Mat &bgr, const cv::Mat &gray, double minFace, bool fineMask = false) const;
    static std::optional<FaceGeometry> geometryOf(const Location &where);
    PhotoProfile m_profile;
    std::unique_ptr<Detectors> m_detectors;
};

} // namespace RegPoint::Kiosk
