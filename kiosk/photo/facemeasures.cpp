#include "facemeasures_p.h"

#include <opencv2/imgproc.hpp>

namespace RegPoint::Kiosk::FaceMeasures {

namespace {

cv::Mat polygonMask(const cv::Size &size, const std::vector<cv::Point> &polygon)
{
    cv::Mat mask = cv::Mat::zeros(size, CV_8U);
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>> { polygon }, 255);
    return mask;
}

cv::Mat facePolygon(const cv::Size &size, const FaceLandmarks &face)
{
    return polygonMask(size, face.polygon({ 0, 2, 4, 6, 8, 10, 12, 14, 16, 26, 24, 19, 17 }));
}

double percentile(const cv::Mat &gray, const cv::Mat &mask, double share)
{
    int histogram[256] = {};
    int total = 0;
    for (int y = 0; y < gray.rows; ++y) {
        const uchar *g = gray.ptr<uchar>(y), *m = mask.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x) {
            if (m[x]) {
                ++histogram[g[x]];
                ++total;
            }
        }
    }
    int seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += histogram[v];
        if (seen >= share * total)
            return v;
    }
    return 255;
}

} // namespace

cv::Mat skinRegion(const cv::Size &size, const FaceLandmarks &face)
{
    const auto &p = face.p;
    // Lower eyelids moved down a third of the eye height, so no eye white is counted.
    const double drop = 0.35 * (face.eyeWidth(true) + face.eyeWidth(false)) / 2;
    auto below = [&](int i) { return cv::Point(int(p[i].x), int(p[i].y + drop)); };
    const std::vector<cv::Point> outline { cv::Point(p[1]), cv::Point(p[2]), cv::Point(p[3]), cv::Point(p[31]),
        cv::Point(p[33]), cv::Point(p[35]), cv::Point(p[13]), cv::Point(p[14]), cv::Point(p[15]), below(45), below(46),
        below(47), below(42), cv::Point(p[28]), below(39), below(40), below(41), below(36) };
    return polygonMask(size, outline);
}

Exposure exposure(const cv::Mat &bgr, const cv::Mat &gray, const FaceLandmarks &face)
{
    Exposure e;
    const cv::Mat skin = skinRegion(gray.size(), face);
    const int count = cv::countNonZero(skin);
    if (count == 0)
        return e;
    e.skinMean = cv::mean(gray, skin)[0];
    e.skinBright = double(cv::countNonZero((gray >= 250) & skin)) / count;
    e.skinDark = double(cv::countNonZero((gray <= 12) & skin)) / count;
    e.highlight = percentile(gray, facePolygon(gray.size(), face), 0.99);
    return e;
}

double redPupilShare(const cv::Mat &bgr, const FaceLandmarks &face)
{
    int red = 0, total = 0;
    for (bool left : { true, false }) {
        // A disc at the eye's centre, a fifth of the eye's width: iris and pupil, whatever the
        // landmarks make of the lids on a narrowed eye. Skin that strays into it is never flash red.
        cv::Mat pupil = cv::Mat::zeros(bgr.size(), CV_8U);
        const cv::Point2d centre = left ? face.leftEye() : face.rightEye();
        cv::circle(pupil, centre, std::max(1, int(0.2 * face.eyeWidth(left))), 255, cv::FILLED);
        const cv::Rect box = cv::boundingRect(pupil) & cv::Rect(0, 0, bgr.cols, bgr.rows);
        for (int y = box.y; y < box.y + box.height; ++y) {
            const uchar *m = pupil.ptr<uchar>(y);
            const cv::Vec3b *c = bgr.ptr<cv::Vec3b>(y);
            for (int x = box.x; x < box.x + box.width; ++x) {
                if (!m[x])
                    continue;
                ++total;
                // Flash red: bright and with little green or blue. Brown and amber irises have
                // R/G about 1.2–1.6 and stay below this.
                const int b = c[x][0], g = c[x][1], r = c[x][2];
                red += (r > 100 && r > 2 * g && r > 2 * b) ? 1 : 0;
            }
        }
    }
    return total ? double(red) / total : 0.0;
}

double glareShare(const cv::Mat &bgr, const FaceLandmarks &face)
{
    cv::Mat hsv;
    const cv::Rect frame(0, 0, bgr.cols, bgr.rows);
    int glare = 0, total = 0;
    for (bool left : { true, false }) {
        // What a lens covers in front of the eye, whether the eye is wide open or narrowed.
        const double w = face.eyeWidth(left);
        cv::Mat lens = cv::Mat::zeros(bgr.size(), CV_8U);
        cv::ellipse(lens, left ? face.leftEye() : face.rightEye(), cv::Size(int(0.75 * w), int(0.45 * w)), 0, 0, 360,
            255, cv::FILLED);
        const cv::Rect box = cv::boundingRect(lens) & frame;
        if (box.empty())
            continue;
        cv::cvtColor(bgr(box), hsv, cv::COLOR_BGR2HSV);
        const cv::Mat specular
            = (hsv.reshape(1, hsv.rows * hsv.cols).col(2) >= 250) & (hsv.reshape(1, hsv.rows * hsv.cols).col(1) <= 40);
        const cv::Mat inLens = lens(box).clone().reshape(1, box.area());
        glare += cv::countNonZero(specular & inLens);
        total += cv::countNonZero(inLens);
    }
    return total ? double(glare) / total : 0.0;
}

double skinInEyes(const cv::Mat &lab, const FaceLandmarks &face)
{
    const cv::Mat skin = skinRegion(lab.size(), face);
    if (cv::countNonZero(skin) == 0)
        return 0;
    const cv::Scalar tone = cv::mean(lab, skin);
    double worst = 0;
    for (bool left : { true, false }) {
        const int f = left ? 36 : 42;
        const cv::Mat opening = polygonMask(lab.size(), face.polygon({ f, f + 1, f + 2, f + 3, f + 4, f + 5 }, -0.1));
        int like = 0, total = 0;
        const cv::Rect box = cv::boundingRect(opening) & cv::Rect(0, 0, lab.cols, lab.rows);
        for (int y = box.y; y < box.y + box.height; ++y) {
            const uchar *m = opening.ptr<uchar>(y);
            const cv::Vec3b *v = lab.ptr<cv::Vec3b>(y);
            for (int x = box.x; x < box.x + box.width; ++x) {
                if (!m[x])
                    continue;
                ++total;
                const double dl = (v[x][0] - tone[0]) * 100.0 / 255.0, da = v[x][1] - tone[1], db = v[x][2] - tone[2];
                like += std::sqrt(dl * dl + da * da + db * db) < 12 ? 1 : 0;
            }
        }
        if (total > 0)
            worst = std::max(worst, double(like) / total);
    }
    return worst;
}

double sharpness(const cv::Mat &gray, const FaceLandmarks &face)
{
    const cv::Rect box = cv::boundingRect(face.polygon({ 0, 8, 16, 19, 24 })) & cv::Rect(0, 0, gray.cols, gray.rows);
    if (box.area() < 16)
        return 0;
    cv::Mat laplacian;
    cv::Laplacian(gray(box), laplacian, CV_64F);
    cv::Scalar lapMean, lapStd, grayMean, grayStd;
    cv::meanStdDev(laplacian, lapMean, lapStd);
    cv::meanStdDev(gray(box), grayMean, grayStd);
    return 100.0 * lapStd[0] / std::max(1.0, grayStd[0]);
}

} // namespace RegPoint::Kiosk::FaceMeasures
