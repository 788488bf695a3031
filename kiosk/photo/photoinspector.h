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

// Where the one face of a photo is, in image pixels.
struct FaceGeometry
{
    QRect face; // the detector's box, about ear to ear and brow to chin
    bool bothEyes = false;
    QPointF leftEye; // image left
    QPointF rightEye;
    double eyeLineY = 0; // measured from the eyes, or estimated from the box without them
    double midX = 0; // the eyes' midpoint (or the box centre)
    int hairTopY = 0; // first row above the face that is not background
};

// Checks photos against a profile with OpenCV (cascades from the opencv-data package; no model
// download). Pure in use: an image or a file's bytes in, a report out. The cascades load once.
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

class PhotoInspector
{
public:
    static QString defaultCascadeDir(); // /usr/share/opencv4
    // The cascade's face box runs about ear to ear; the cheek-to-cheek width the spec means is
    // about 85 % of it (measured on the test portrait against its visible cheeks).
    static constexpr double kCheekToBoxRatio = 0.85;
    // Laplacian spread per unit of face contrast (x100) below which a face is blurred.
    static constexpr int kMinSharpness = 9;

    explicit PhotoInspector(PhotoProfile profile, const QString &cascadeDir = defaultCascadeDir());
    ~PhotoInspector();
    PhotoInspector(const PhotoInspector &) = delete;
    PhotoInspector &operator=(const PhotoInspector &) = delete;

    bool hasFaceDetector() const;
    const PhotoProfile &profile() const { return m_profile; }

    // A file as delivered (an imported photo, a capture after encoding): format and file size,
    // then everything inspectImage() checks.
    PhotoReport inspectFile(const QByteArray &bytes) const;
    PhotoReport inspectImage(const QImage &image) const;
    // The live preview's fast path: a frame of any size is analysed at 288 rows, for the face,
    // its size against what a capture needs (no upscaling), centring, tilt and open eyes.
    LiveGuidance analyseLive(const QImage &frame) const;
    // The geometry the checks measure; nullopt unless the image holds exactly one face.
    std::optional<FaceGeometry> locateFace(const QImage &image) const;
    // Only the background checks, for a frame whose face is already known (the fix, after
    // cropping): no detection.
    QList<PhotoCheck> inspectBackground(const QImage &image, const FaceGeometry &where) const;

private:
    struct Detectors;
    struct Location;
    Location locate(const cv::Mat &bgr, const cv::Mat &gray, const cv::Mat &lab) const;
    PhotoProfile m_profile;
    std::unique_ptr<Detectors> m_detectors;
};

} // namespace RegPoint::Kiosk
