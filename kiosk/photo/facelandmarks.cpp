#include "facelandmarks_p.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>

#include <opencv2/imgproc.hpp>

#include <future>
#include <map>

Q_DECLARE_LOGGING_CATEGORY(lcPhoto)

namespace RegPoint::Kiosk {

namespace {

std::shared_ptr<const dlib::shape_predictor> readModel(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        qCWarning(lcPhoto) << "no face landmark model at" << path << "(install libdlib-data)";
        return nullptr;
    }
    auto model = std::make_shared<dlib::shape_predictor>();
    try {
        dlib::deserialize(path.toStdString()) >> *model;
    } catch (const std::exception &e) {
        qCWarning(lcPhoto) << "cannot read the face landmark model" << path << e.what();
        return nullptr;
    }
    return model;
}

// The model is 100 MB in memory and immutable once read: one copy per process and path. Reading
// it takes most of a second, so it is read when first needed (or warmed up), not when the kiosk
// starts: the login screen does not wait for it.
std::shared_future<std::shared_ptr<const dlib::shape_predictor>> sharedPredictor(const QString &path)
{
    static QMutex mutex;
    static std::map<QString, std::shared_future<std::shared_ptr<const dlib::shape_predictor>>> loading;
    const QMutexLocker lock(&mutex);
    const auto found = loading.find(path);
    if (found != loading.end())
        return found->second;
    auto model = std::async(std::launch::deferred, readModel, path).share();
    loading.emplace(path, model);
    return model;
}

} // namespace

double FaceLandmarks::eyeAspect(bool left) const
{
    const int f = left ? 36 : 42;
    return (cv::norm(p[f + 1] - p[f + 5]) + cv::norm(p[f + 2] - p[f + 4])) / (2.0 * std::max(1.0, eyeWidth(left)));
}

double FaceLandmarks::lipGap() const
{
    const double gap = (cv::norm(p[61] - p[67]) + cv::norm(p[62] - p[66]) + cv::norm(p[63] - p[65])) / 3.0;
    return gap / std::max(1.0, eyeToChin());
}

double FaceLandmarks::noseOffset() const
{
    const cv::Point2d left = leftEye(), right = rightEye();
    return (p[30].x - (left.x + right.x) / 2) / std::max(1.0, cv::norm(right - left));
}

cv::Point2d FaceLandmarks::mean(int first, int end) const
{
    cv::Point2d sum;
    for (int i = first; i < end; ++i)
        sum += p[i];
    return sum / double(end - first);
}

std::vector<cv::Point> FaceLandmarks::polygon(std::initializer_list<int> indices, double grow) const
{
    cv::Point2d centre;
    for (int i : indices)
        centre += p[i];
    centre /= double(indices.size());
    std::vector<cv::Point> out;
    for (int i : indices)
        out.emplace_back(centre + (p[i] - centre) * (1.0 + grow));
    return out;
}

struct FaceLandmarker::Detector
{
    dlib::frontal_face_detector hog = dlib::get_frontal_face_detector();
};

QString FaceLandmarker::defaultModelPath()
{
    return QStringLiteral("/usr/share/dlib/shape_predictor_68_face_landmarks.dat");
}

FaceLandmarker::FaceLandmarker(const QString &modelPath)
    : m_predictor(sharedPredictor(modelPath))
    // dlib builds its HOG detector by decoding a model compiled into the library: a quarter of a
    // second, spent when the first face is looked for rather than at start.
    , m_detector(std::async(std::launch::deferred, [] { return std::make_shared<Detector>(); }).share())
{ }

FaceLandmarker::~FaceLandmarker() = default;

void FaceLandmarker::warmUp() const
{
    m_predictor.wait();
    m_detector.wait();
}

std::vector<cv::Rect> FaceLandmarker::detect(const cv::Mat &gray, double minFaceShare) const
{
    // The HOG window is 80 px: scale so that the smallest face wanted just fills it.
    const double wanted = minFaceShare * std::min(gray.cols, gray.rows);
    const double shrink = std::min(1.0, 80.0 / std::max(1.0, wanted));
    cv::Mat small;
    if (shrink < 1.0)
        cv::resize(gray, small, cv::Size(), shrink, shrink, cv::INTER_AREA);
    else
        small = gray;
    std::vector<dlib::rect_detection> found;
    m_detector.get()->hog(dlib::cv_image<unsigned char>(small), found);
    std::sort(found.begin(), found.end(), [](const dlib::rect_detection &a, const dlib::rect_detection &b) {
        return a.detection_confidence > b.detection_confidence;
    });
    std::vector<cv::Rect> faces;
    for (const dlib::rect_detection &d : found) {
        const dlib::rectangle &r = d.rect;
        faces.emplace_back(
            int(r.left() / shrink), int(r.top() / shrink), int(r.width() / shrink), int(r.height() / shrink));
    }
    return faces;
}

FaceLandmarks FaceLandmarker::landmarks(const cv::Mat &gray, const cv::Rect &box) const
{
    FaceLandmarks lm;
    lm.box = box;
    const std::shared_ptr<const dlib::shape_predictor> &predictor = m_predictor.get();
    if (!predictor)
        return lm;
    const dlib::full_object_detection shape = (*predictor)(dlib::cv_image<unsigned char>(gray),
        dlib::rectangle(box.x, box.y, box.x + box.width - 1, box.y + box.height - 1));
    for (unsigned long i = 0; i < shape.num_parts() && i < lm.p.size(); ++i)
        lm.p[i] = cv::Point2d(shape.part(i).x(), shape.part(i).y());
    return lm;
}

} // namespace RegPoint::Kiosk
