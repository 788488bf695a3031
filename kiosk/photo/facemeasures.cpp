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

// Share of the pixels under `mask` (CV_8U) whose 8-bit Lab value `is` says yes to; 0 when none.
template<typename Predicate>
double shareWhere(const cv::Mat &lab, const cv::Mat &mask, Predicate is)
{
    int yes = 0, total = 0;
    const cv::Rect box = cv::boundingRect(mask) & cv::Rect(0, 0, lab.cols, lab.rows);
    for (int y = box.y; y < box.y + box.height; ++y) {
        const auto *m = mask.ptr<uchar>(y);
        const auto *v = lab.ptr<cv::Vec3b>(y);
        for (int x = box.x; x < box.x + box.width; ++x) {
            if (m[x]) {
                ++total;
                yes += is(v[x]) ? 1 : 0;
            }
        }
    }
    return total ? double(yes) / total : 0.0;
}

double percentile(const cv::Mat &gray, const cv::Mat &mask, double share)
{
    int histogram[256] = {};
    int total = 0;
    for (int y = 0; y < gray.rows; ++y) {
        const auto *g = gray.ptr<uchar>(y), *m = mask.ptr<uchar>(y);
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

Exposure exposure(const cv::Mat &gray, const FaceLandmarks &face)
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
    // Redder than this face's own skin by far: under warm light a skin's shadows reach R = 2G,
    // a flash-red pupil is several times redder than the skin around it.
    const cv::Scalar skin = cv::mean(bgr, skinRegion(bgr.size(), face));
    const double overGreen = std::max(2.0, 1.6 * skin[2] / std::max(1.0, skin[1]));
    const double overBlue = std::max(2.0, 1.6 * skin[2] / std::max(1.0, skin[0]));
    double worst = 0;
    const cv::Rect frame(0, 0, bgr.cols, bgr.rows);
    for (bool left : { true, false }) {
        const double w = face.eyeWidth(left);
        const cv::Point2d centre = left ? face.leftEye() : face.rightEye();
        // Search around the eye's centre, wide enough for landmarks that miss a narrowed eye
        // behind thick frames.
        const int radius = std::max(2, int(0.45 * w));
        const cv::Rect box
            = cv::Rect(int(centre.x) - radius, int(centre.y) - radius, 2 * radius + 1, 2 * radius + 1) & frame;
        if (box.empty())
            continue;
        cv::Mat red = cv::Mat::zeros(box.size(), CV_8U);
        for (int y = 0; y < box.height; ++y) {
            const auto *c = bgr.ptr<cv::Vec3b>(box.y + y);
            for (int x = 0; x < box.width; ++x) {
                const int b = c[box.x + x][0], g = c[box.x + x][1], r = c[box.x + x][2];
                const double dx = box.x + x - centre.x, dy = box.y + y - centre.y;
                if (dx * dx + dy * dy <= radius * radius && r > 100 && r > overGreen * g && r > overBlue * b)
                    red.at<uchar>(y, x) = 255;
            }
        }
        // A red pupil is a round blob; a red spectacle frame is a thin line.
        cv::Mat labels, stats, centroids;
        const int count = cv::connectedComponentsWithStats(red, labels, stats, centroids, 8, CV_32S);
        const double pupilArea = M_PI * std::pow(0.15 * w, 2);
        for (int i = 1; i < count; ++i) {
            const int area = stats.at<int>(i, cv::CC_STAT_AREA);
            const int bw = stats.at<int>(i, cv::CC_STAT_WIDTH), bh = stats.at<int>(i, cv::CC_STAT_HEIGHT);
            const bool round = bw <= 2 * bh && bh <= 2 * bw && area >= 0.5 * bw * bh;
            if (round)
                worst = std::max(worst, area / std::max(1.0, pupilArea));
        }
    }
    return worst;
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
        worst = std::max(worst, shareWhere(lab, opening, [&tone](const cv::Vec3b &v) {
            const double dl = (v[0] - tone[0]) * 100.0 / 255.0, da = v[1] - tone[1], db = v[2] - tone[2];
            return std::sqrt(dl * dl + da * da + db * db) < 20;
        }));
    }
    return worst;
}

double mouthShowing(const cv::Mat &lab, const FaceLandmarks &face)
{
    const cv::Mat inner = polygonMask(lab.size(), face.polygon({ 60, 61, 62, 63, 64, 65, 66, 67 }, 0.1));
    cv::Mat lips = polygonMask(lab.size(), face.polygon({ 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59 }));
    lips.setTo(0, inner);
    if (cv::countNonZero(inner) == 0 || cv::countNonZero(lips) == 0)
        return 0;
    const cv::Scalar lip = cv::mean(lab, lips);
    const double lipChroma = std::hypot(lip[1] - 128.0, lip[2] - 128.0);
    // Teeth and the inside of a mouth are grey-ish and far lighter or darker than the lips; the
    // crease between closed lips keeps the lips' colour, lipstick included.
    return shareWhere(lab, inner, [&lip, lipChroma](const cv::Vec3b &v) {
        const double dl = (v[0] - lip[0]) * 100.0 / 255.0;
        return std::abs(dl) > 15 && std::hypot(v[1] - 128.0, v[2] - 128.0) < 0.5 * lipChroma;
    });
}

double headCovered(const cv::Mat &lab, const FaceLandmarks &face, const cv::Mat &person, int headTop)
{
    const auto &p = face.p;
    const double unit = std::max(1.0, face.eyeToChin());
    const double browTop = std::min({ p[19].y, p[24].y });
    const cv::Rect frame(0, 0, lab.cols, lab.rows);
    const cv::Rect crown
        = cv::Rect(cv::Point(int(p[17].x), std::max(0, headTop)), cv::Point(int(p[26].x), int(browTop - 0.25 * unit)))
        & frame;
    if (headTop < 0 || crown.height < 4 || crown.width < 4)
        return 0;
    auto labAt = [&lab](int x, int y) {
        const auto &v = lab.at<cv::Vec3b>(y, x);
        return cv::Vec3d(v[0] * 100.0 / 255.0, v[1] - 128.0, v[2] - 128.0);
    };
    // The hair beside the temples, between the brows and the eyes, outside the face outline.
    cv::Vec3d hairSum;
    int hairCount = 0;
    const int top = int(browTop), bottom = int((face.leftEye().y + face.rightEye().y) / 2);
    const int reach = int(0.25 * face.cheekWidth());
    for (int y = std::max(0, top); y < std::min(lab.rows, bottom); ++y) {
        for (int x : { int(p[0].x) - reach, int(p[16].x) + reach }) {
            for (int dx = 0; dx < reach / 2; ++dx) {
                const int at = x < p[0].x ? x + dx : x - dx;
                if (at >= 0 && at < lab.cols && person.at<uchar>(y, at)) {
                    hairSum += labAt(at, y);
                    ++hairCount;
                }
            }
        }
    }
    const cv::Vec3d hair = hairCount ? hairSum / hairCount : cv::Vec3d(-1000, 0, 0);
    const cv::Scalar skinMean = cv::mean(lab, skinRegion(lab.size(), face));
    const cv::Vec3d skin(skinMean[0] * 100.0 / 255.0, skinMean[1] - 128.0, skinMean[2] - 128.0);
    int covered = 0, total = 0;
    for (int y = crown.y; y < crown.y + crown.height; ++y) {
        for (int x = crown.x; x < crown.x + crown.width; ++x) {
            if (!person.at<uchar>(y, x))
                continue;
            ++total;
            const cv::Vec3d c = labAt(x, y);
            // Natural hair: dark and nearly grey, grey or white, or of the brown-to-blond hues;
            // or like the hair at the temples. A navy, red or green cap is none of these. (A
            // black, grey, white or brown cap is: this check cannot see those.)
            const double chroma = std::hypot(c[1], c[2]);
            const bool darkHair = c[0] < 30 && chroma < 15;
            const bool greyHair = chroma < 8;
            const bool brownHair = c[2] >= 0 && c[1] >= -5 && c[1] <= 22 && chroma <= 35;
            const bool hairLike = darkHair || greyHair || brownHair || cv::norm(c - hair) < 22;
            // A bare scalp shines and shades more than a cheek: its hue counts, not its lightness.
            const bool skinLike = std::hypot(c[1] - skin[1], c[2] - skin[2]) < 12 && std::abs(c[0] - skin[0]) < 35;
            covered += hairLike || skinLike ? 0 : 1;
        }
    }
    return total ? double(covered) / total : 0.0;
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
