#include "backgroundchecks_p.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace RegPoint::Kiosk {

namespace {
struct BackgroundChecksTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoChecks)
};
} // namespace

LabStats labStats(const cv::Mat &lab, const cv::Mat &mask)
{
    LabStats s;
    s.count = cv::countNonZero(mask);
    if (s.count == 0)
        return s;
    cv::Scalar mean, stddev;
    cv::meanStdDev(lab, mean, stddev, mask);
    s.mean = { mean[0] * 100.0 / 255.0, mean[1] - 128.0, mean[2] - 128.0 };
    s.lightnessSpread = stddev[0] * 100.0 / 255.0;
    return s;
}

cv::Vec3d labOf(const QColor &colour)
{
    cv::Mat pixel(1, 1, CV_8UC3, cv::Scalar(colour.blue(), colour.green(), colour.red()));
    cv::Mat lab;
    cv::cvtColor(pixel, lab, cv::COLOR_BGR2Lab);
    const cv::Vec3b v = lab.at<cv::Vec3b>(0, 0);
    return { v[0] * 100.0 / 255.0, v[1] - 128.0, v[2] - 128.0 };
}

double deltaE(const cv::Vec3d &a, const cv::Vec3d &b)
{
    return cv::norm(a - b);
}

QList<PhotoCheck> checkBackground(
    const cv::Mat &lab, const PhotoProfile &p, const cv::Mat &backgroundMask, double personWidth)
{
    QList<PhotoCheck> checks;
    auto add = [&checks](const char *id, bool ok, PhotoSeverity severity, const QString &value, const QString &expected,
                   const QString &message) {
        checks.append({ QString::fromLatin1(id), ok, severity, value, expected, message });
    };
    using Sev = PhotoSeverity;
    const LabStats background = labStats(lab, backgroundMask);
    double nearest = 1e9;
    QColor nearestColour;
    for (const QColor &allowed : p.backgrounds) {
        const double d = deltaE(background.mean, labOf(allowed));
        if (d < nearest) {
            nearest = d;
            nearestColour = allowed;
        }
    }
    // A person filling the frame leaves too little background to judge: a framing problem the
    // geometry checks name; here it is "not measured".
    const bool measured = size_t(background.count) >= lab.total() / 50;
    const bool colourOk = measured && nearest <= p.backgroundDeltaE;
    add("background_color", colourOk, measured ? Sev::Error : Sev::Warn,
        measured ? QStringLiteral("ΔE %1 to %2").arg(nearest, 0, 'f', 1).arg(nearestColour.name()) : QString(),
        QStringLiteral("ΔE ≤ %1").arg(p.backgroundDeltaE),
        !measured ? BackgroundChecksTr::tr("Too little background to judge. Check by eye that the backdrop is plain.")
            : colourOk
            ? BackgroundChecksTr::tr("Background colour allowed.")
            : BackgroundChecksTr::tr(
                "The background is not light blue, white or light grey. Use the backdrop, or \"fix\" to replace it."));

    // Uneven: a spread of lightness, a side darker than the other (a shadow, a gradient), or
    // patches that differ from the backdrop's own colour (objects, a scene behind the person).
    cv::Mat leftHalf = backgroundMask.clone(), rightHalf = backgroundMask.clone();
    leftHalf(cv::Rect(lab.cols / 2, 0, lab.cols - lab.cols / 2, lab.rows)).setTo(0);
    rightHalf(cv::Rect(0, 0, lab.cols / 2, lab.rows)).setTo(0);
    const LabStats left = labStats(lab, leftHalf), right = labStats(lab, rightHalf);
    const double sideDifference = left.count && right.count ? std::abs(left.mean[0] - right.mean[0]) : 0.0;
    int differing = 0;
    const double meanL = background.mean[0] * 255.0 / 100.0, meanA = background.mean[1] + 128.0,
                 meanB = background.mean[2] + 128.0;
    for (int y = 0; y < lab.rows; ++y) {
        const auto *m = backgroundMask.ptr<uchar>(y);
        const auto *v = lab.ptr<cv::Vec3b>(y);
        for (int x = 0; x < lab.cols; ++x) {
            if (!m[x])
                continue;
            const double dl = (v[x][0] - meanL) * (100.0 / 255.0), da = v[x][1] - meanA, db = v[x][2] - meanB;
            differing += dl * dl + da * da + db * db > 15.0 * 15.0 ? 1 : 0;
        }
    }
    const double patches = background.count ? double(differing) / background.count : 0.0;
    const bool separable = personWidth <= kMaxPersonWidth;
    const bool uniform = measured && separable && background.lightnessSpread <= p.backgroundMaxSpread
        && sideDifference <= p.backgroundMaxSpread && patches <= 0.05;
    // A cut that swallowed the scene leaves too little background to measure, but that is a
    // verdict in itself: the candidate cannot be told from what is behind them.
    const bool judged = measured || !separable;
    add("background_uniformity", uniform, judged ? Sev::Error : Sev::Warn,
        judged ? QStringLiteral("spread %1, sides %2, patches %3 %, person %4×")
                     .arg(background.lightnessSpread, 0, 'f', 1)
                     .arg(sideDifference, 0, 'f', 1)
                     .arg(patches * 100, 0, 'f', 1)
                     .arg(personWidth, 0, 'f', 1)
               : QString(),
        QStringLiteral("≤ %1, ≤ %1, ≤ 5 %, person ≤ %2×").arg(p.backgroundMaxSpread).arg(kMaxPersonWidth),
        !separable ? BackgroundChecksTr::tr(
            "The candidate cannot be told apart from the background (a busy scene, or clothes or "
            "hair like the backdrop). Use the plain backdrop, with clothes of another colour.")
            : !measured
            ? BackgroundChecksTr::tr("Too little background to judge. Check by eye that the backdrop is plain.")
            : uniform ? BackgroundChecksTr::tr("Background even.")
                      : BackgroundChecksTr::tr(
                          "The background has shadows, uneven light or objects in it. Use the plain backdrop, lit "
                          "evenly, with nothing behind the candidate."));
    return checks;
}

} // namespace RegPoint::Kiosk
