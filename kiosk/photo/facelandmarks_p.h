#pragma once

#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <future>
#include <memory>
#include <vector>

namespace dlib {
class shape_predictor;
}

namespace RegPoint::Kiosk {

// One face's 68 points in the iBUG 300-W layout (dlib's model): jaw 0–16, brows 17–26, nose
// 27–35, eyes 36–41 (image left) and 42–47, lips 48–59 outer and 60–67 inner.
struct FaceLandmarks
{
    cv::Rect box; // the detector's box
    std::array<cv::Point2d, 68> p;

    cv::Point2d leftEye() const { return mean(36, 42); } // image left
    cv::Point2d rightEye() const { return mean(42, 48); }
    double eyeWidth(bool left) const { return cv::norm(left ? p[39] - p[36] : p[45] - p[42]); }
    // Eyelid opening over eye width (Soukupová & Čech): about 0.3 open, under 0.15 closed.
    double eyeAspect(bool left) const;
    // Mean gap between the inner lips over the eye-to-chin distance: 0 when they touch.
    double lipGap() const;
    // Cheek to cheek at the height between the eyes and the nose tip (points 1 and 15): what the
    // spec calls face width (checked against hand-measured cheek edges on the real set).
    double cheekWidth() const { return cv::norm(p[15] - p[1]); }
    double eyeToChin() const { return p[8].y - (leftEye().y + rightEye().y) / 2; }
    // How far the nose tip sits beside the eyes' midpoint, over the eye distance: 0 facing the
    // camera, about 0.17 turned 20°. The eyes, unlike the cheek edges, are never under hair.
    double noseOffset() const;
    std::vector<cv::Point> polygon(std::initializer_list<int> indices, double grow = 0) const;

private:
    cv::Point2d mean(int first, int end) const;
};

// Finds faces (dlib's HOG detector, built into the library) and their landmarks (the 68-point
// shape predictor from libdlib-data, about 100 MB, read once per process when first needed and
// shared by every landmarker: it is read-only once loaded).
class FaceLandmarker
{
public:
    static QString defaultModelPath(); // /usr/share/dlib/shape_predictor_68_face_landmarks.dat

    explicit FaceLandmarker(const QString &modelPath = defaultModelPath());
    ~FaceLandmarker();
    FaceLandmarker(const FaceLandmarker &) = delete;
    FaceLandmarker &operator=(const FaceLandmarker &) = delete;

    // Reads the model if no landmarker has yet, or waits for the thread reading it.
    bool isLoaded() const { return m_predictor.get() != nullptr; }
    // Reads the model and builds the detector now rather than at the first face.
    void warmUp() const;
    // Faces in a grey image whose shorter side is `minFaceShare` of the image's shorter side or
    // more, strongest first; the search runs on a copy scaled down to what that needs.
    std::vector<cv::Rect> detect(const cv::Mat &gray, double minFaceShare = 0.25) const;
    FaceLandmarks landmarks(const cv::Mat &gray, const cv::Rect &box) const;

private:
    struct Detector;
    std::shared_future<std::shared_ptr<const dlib::shape_predictor>> m_predictor;
    // Not const-safe across threads: one per landmarker.
    std::shared_future<std::shared_ptr<Detector>> m_detector;
};

} // namespace RegPoint::Kiosk
