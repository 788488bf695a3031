#include "personmask_p.h"

#include <opencv2/imgproc.hpp>

namespace RegPoint::Kiosk {

namespace {

// GrabCut's cost grows with the pixel count, and one iteration gives the same cut as two here:
// 100 columns keep the hair top and the shoulder line within a few pixels of a 200-column,
// two-iteration cut (the real-face set passes alike) in a quarter of the time.
constexpr int kWorkingWidth = 100;

cv::Mat largestComponentWith(const cv::Mat &binary, cv::Point seed)
{
    cv::Mat labels;
    const int count = cv::connectedComponents(binary, labels, 8, CV_32S);
    if (count <= 1)
        return binary.clone();
    int keep = seed.inside(cv::Rect(0, 0, binary.cols, binary.rows)) ? labels.at<int>(seed) : 0;
    if (keep == 0) {
        std::vector<int> sizes(count, 0);
        for (int y = 0; y < labels.rows; ++y)
            for (int x = 0; x < labels.cols; ++x)
                ++sizes[labels.at<int>(y, x)];
        keep = int(std::max_element(sizes.begin() + 1, sizes.end()) - sizes.begin());
    }
    return labels == keep;
}

// Holes inside the person (a white shirt button, a highlight GrabCut gave away) are person too.
cv::Mat withHolesFilled(const cv::Mat &binary)
{
    cv::Mat outside = binary.clone();
    cv::Mat padded;
    cv::copyMakeBorder(outside, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    cv::floodFill(padded, cv::Point(0, 0), 128);
    cv::Mat filled = padded(cv::Rect(1, 1, binary.cols, binary.rows)) != 128;
    return filled;
}

// He and Sun's fast guided filter with a colour guide: the linear model that maps the guide's
// colours onto the coarse matte in each window is fitted on a copy `subsample` times smaller,
// and its averaged coefficients are spread back and applied to the full-resolution colours, so
// the outline still follows the photo's own edges. A third of the full filter's time, which
// was most of a fix's.
cv::Mat guidedMatte(const cv::Mat &bgr, const cv::Mat &coarse, int radius, float eps, int subsample)
{
    const cv::Size small(std::max(1, bgr.cols / subsample), std::max(1, bgr.rows / subsample));
    cv::Mat guide, matte;
    cv::resize(bgr, guide, small, 0, 0, cv::INTER_AREA);
    cv::resize(coarse, matte, small, 0, 0, cv::INTER_AREA);
    const int window = 2 * std::max(1, radius / subsample) + 1;
    // Per pixel, at the small size: b g r p, bb bg br gg gr rr, bp gp rp; then their window means.
    cv::Mat moments(small, CV_32FC(13));
    for (int y = 0; y < small.height; ++y) {
        const cv::Vec3b *g = guide.ptr<cv::Vec3b>(y);
        const float *m = matte.ptr<float>(y);
        auto *out = moments.ptr<float>(y);
        for (int x = 0; x < small.width; ++x, out += 13) {
            const float b = g[x][0] / 255.f, gr = g[x][1] / 255.f, r = g[x][2] / 255.f, p = m[x];
            const float v[13] = { b, gr, r, p, b * b, b * gr, b * r, gr * gr, gr * r, r * r, b * p, gr * p, r * p };
            std::copy(v, v + 13, out);
        }
    }
    cv::boxFilter(moments, moments, CV_32F, cv::Size(window, window), cv::Point(-1, -1), true, cv::BORDER_REFLECT);
    // The window's model: a = (colour covariance + eps)^-1 · (colour, matte) covariance, b the rest.
    cv::Mat model(small, CV_32FC4);
    for (int y = 0; y < small.height; ++y) {
        const float *v = moments.ptr<float>(y);
        auto *out = model.ptr<cv::Vec4f>(y);
        for (int x = 0; x < small.width; ++x, v += 13) {
            const float mb = v[0], mg = v[1], mr = v[2], mp = v[3];
            const float bb = v[4] - mb * mb + eps, bg = v[5] - mb * mg, br = v[6] - mb * mr;
            const float gg = v[7] - mg * mg + eps, gr = v[8] - mg * mr, rr = v[9] - mr * mr + eps;
            const float pb = v[10] - mb * mp, pg = v[11] - mg * mp, pr = v[12] - mr * mp;
            const float iBB = gg * rr - gr * gr, iBG = gr * br - bg * rr, iBR = bg * gr - gg * br;
            const float iGG = bb * rr - br * br, iGR = br * bg - bb * gr, iRR = bb * gg - bg * bg;
            const float det = iBB * bb + iBG * bg + iBR * br;
            const float ab = (iBB * pb + iBG * pg + iBR * pr) / det;
            const float ag = (iBG * pb + iGG * pg + iGR * pr) / det;
            const float ar = (iBR * pb + iGR * pg + iRR * pr) / det;
            out[x] = cv::Vec4f(ab, ag, ar, mp - ab * mb - ag * mg - ar * mr);
        }
    }
    cv::boxFilter(model, model, CV_32F, cv::Size(window, window), cv::Point(-1, -1), true, cv::BORDER_REFLECT);
    cv::resize(model, model, bgr.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat result(bgr.size(), CV_8U);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *g = bgr.ptr<cv::Vec3b>(y);
        const cv::Vec4f *a = model.ptr<cv::Vec4f>(y);
        auto *out = result.ptr<uchar>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            const float q = (a[x][0] * g[x][0] + a[x][1] * g[x][1] + a[x][2] * g[x][2]) / 255.f + a[x][3];
            out[x] = cv::saturate_cast<uchar>(q * 255.f);
        }
    }
    return result;
}

} // namespace

cv::Mat PersonMask::background(int margin, int lowestRow) const
{
    cv::Mat grown;
    const int size = 2 * std::max(0, margin) + 1;
    cv::dilate(person, grown, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(size, size)));
    cv::Mat result = grown == 0;
    const int from = std::clamp(lowestRow, 0, result.rows);
    result(cv::Rect(0, from, result.cols, result.rows - from)).setTo(0);
    return result;
}

PersonMask segmentPerson(const cv::Mat &bgr, const FaceLandmarks &face, MaskDetail detail)
{
    PersonMask result;
    const double k = std::min(1.0, double(kWorkingWidth) / bgr.cols);
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), k, k, cv::INTER_AREA);
    const cv::Rect frame(0, 0, small.cols, small.rows);
    auto at = [k](const cv::Point2d &p) { return cv::Point(int(std::lround(p.x * k)), int(std::lround(p.y * k))); };

    const auto &p = face.p;
    const double eyeY = (face.leftEye().y + face.rightEye().y) / 2;
    const double unit = std::max(1.0, face.eyeToChin()); // eyes to chin: the head's scale
    const double width = std::max(1.0, face.cheekWidth());
    const cv::Point2d centre((p[1].x + p[15].x) / 2, eyeY);

    cv::Mat mask(small.size(), CV_8U, cv::Scalar(cv::GC_PR_BGD));
    // Probable person: the head (hair included) as an ellipse reaching well above the eyes, and
    // the shoulders as a trapezoid from below the chin to the bottom edge.
    const cv::Point2d headCentre(centre.x, eyeY - 0.45 * unit);
    cv::ellipse(mask, at(headCentre), cv::Size(int(0.85 * width * k), int(1.75 * unit * k)), 0, 0, 360, cv::GC_PR_FGD,
        cv::FILLED);
    const double neckY = p[8].y + 0.2 * unit;
    const std::vector<cv::Point> shoulders { at({ p[4].x, neckY }), at({ p[12].x, neckY }),
        at({ centre.x + 2.2 * width, p[8].y + 1.1 * unit }), at({ centre.x + 2.2 * width, double(bgr.rows) }),
        at({ centre.x - 2.2 * width, double(bgr.rows) }), at({ centre.x - 2.2 * width, p[8].y + 1.1 * unit }) };
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>> { shoulders }, cv::GC_PR_FGD);
    // Certain person: the face inside the jaw and brows, and the middle of the chest.
    std::vector<cv::Point> inner;
    for (const cv::Point &q : face.polygon({ 2, 4, 6, 8, 10, 12, 14, 25, 19 }, -0.1))
        inner.push_back(at(q));
    cv::fillPoly(mask, std::vector<std::vector<cv::Point>> { inner }, cv::GC_FGD);
    const cv::Rect chest = cv::Rect(at({ p[6].x, p[8].y + 0.5 * unit }), at({ p[10].x, double(bgr.rows) })) & frame;
    mask(chest).setTo(cv::GC_FGD);
    // Certain background: higher above the eyes than any head with its hair reaches; the top
    // corners; and far beside the head, above the chin, further out than hair falls.
    const int aboveHead = at({ 0, eyeY - 2.3 * unit }).y;
    if (aboveHead > 0)
        mask(cv::Rect(0, 0, small.cols, aboveHead) & frame).setTo(cv::GC_BGD);
    const int corner = std::max(2, small.cols / 8);
    mask(cv::Rect(0, 0, corner, corner) & frame).setTo(cv::GC_BGD);
    mask(cv::Rect(small.cols - corner, 0, corner, corner) & frame).setTo(cv::GC_BGD);
    const int chinRow = std::min(small.rows, at({ 0, p[8].y }).y);
    const int leftOfHead = at({ centre.x - 1.35 * width, 0 }).x, rightOfHead = at({ centre.x + 1.35 * width, 0 }).x;
    if (leftOfHead > 0 && chinRow > 0)
        mask(cv::Rect(0, 0, leftOfHead, chinRow) & frame).setTo(cv::GC_BGD);
    if (rightOfHead < small.cols && chinRow > 0)
        mask(cv::Rect(rightOfHead, 0, small.cols - rightOfHead, chinRow) & frame).setTo(cv::GC_BGD);

    cv::Mat bgModel, fgModel;
    // GrabCut seeds its colour models from OpenCV's global random generator: the same photo must
    // get the same verdict whatever was checked before it.
    cv::theRNG().state = 0x5eed;
    cv::grabCut(small, mask, cv::Rect(), bgModel, fgModel, 1, cv::GC_INIT_WITH_MASK);
    cv::Mat person = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    person = withHolesFilled(largestComponentWith(person, at(centre)));

    cv::Mat full;
    cv::resize(person, full, bgr.size(), 0, 0, cv::INTER_LINEAR);
    if (detail == MaskDetail::Replace) {
        // A cut to be shown follows the photo's own edges at full resolution: a guided filter
        // moves the coarse outline onto the colour edges around it (hair against backdrop) and
        // leaves a soft matte for blending.
        cv::Mat coarse;
        full.convertTo(coarse, CV_32F, 1.0 / 255.0);
        result.matte = guidedMatte(bgr, coarse, std::max(4, bgr.cols / 60), 1e-4f, 2);
        result.person = result.matte >= 128;
    } else {
        result.person = full >= 128;
        result.matte = result.person;
    }

    // Head top: the first row above the eyes where the head's columns hold person pixels.
    const int left = std::max(0, int(centre.x - 0.6 * width)), right = std::min(bgr.cols, int(centre.x + 0.6 * width));
    const int needed = std::max(2, (right - left) / 20);
    for (int y = 0; y < int(eyeY) && right > left; ++y) {
        if (cv::countNonZero(result.person(cv::Rect(left, y, right - left, 1))) >= needed) {
            result.headTop = y;
            break;
        }
    }
    result.touchesTop = result.headTop == 0;
    // The head between the brows' ends, from its top to the chin: solid person in a clean cut.
    if (result.headTop >= 0) {
        const cv::Rect head = cv::Rect(cv::Point(int(p[17].x), result.headTop), cv::Point(int(p[26].x), int(p[8].y)))
            & cv::Rect(0, 0, bgr.cols, bgr.rows);
        if (!head.empty())
            result.headFill = double(cv::countNonZero(result.person(head))) / head.area();
    }
    result.reachesBottom = cv::countNonZero(result.person.row(bgr.rows - 1)) >= int(0.8 * width);

    // Outline roughness above the shoulders, where a clean cut follows the hair's curve.
    const int shoulderRow = std::min(small.rows, at({ 0, p[8].y }).y);
    if (shoulderRow > 2) {
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(person(cv::Rect(0, 0, small.cols, shoulderRow)).clone(), contours, cv::RETR_EXTERNAL,
            cv::CHAIN_APPROX_NONE);
        const auto largest = std::max_element(contours.begin(), contours.end(),
            [](const auto &a, const auto &b) { return cv::contourArea(a) < cv::contourArea(b); });
        if (largest != contours.end()) {
            std::vector<cv::Point> hull;
            cv::convexHull(*largest, hull);
            result.edgeRoughness = cv::arcLength(*largest, true) / std::max(1.0, cv::arcLength(hull, true));
        }
    }
    return result;
}

} // namespace RegPoint::Kiosk
