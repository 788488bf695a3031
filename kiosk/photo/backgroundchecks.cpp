#include "backgroundchecks_p.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace RegPoint::Kiosk {

namespace {
struct Tr
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
    const cv::Mat &lab, const PhotoProfile &p, const cv::Rect &face, double eyeY, int hairTop)
{
    QList<PhotoCheck> checks;
    auto add = [&checks](const char *id, bool ok, PhotoSeverity severity, const QString &value, const QString &expected,
                   const QString &message) {
        checks.append({ QString::fromLatin1(id), ok, severity, value, expected, message });
    };
    using Sev = PhotoSeverity;
    // Background: beside the head, above the shoulders, and above the hair.
    cv::Mat backgroundMask = cv::Mat::zeros(lab.size(), CV_8U);
    const int sideLimit = int(eyeY);
    const int margin = face.width / 3;
    if (face.x - margin > 0)
        backgroundMask(cv::Rect(0, 0, face.x - margin, sideLimit)).setTo(255);
    if (face.x + face.width + margin < lab.cols)
        backgroundMask(cv::Rect(face.x + face.width + margin, 0, lab.cols - face.x - face.width - margin, sideLimit))
            .setTo(255);
    if (hairTop > 2)
        backgroundMask(cv::Rect(0, 0, lab.cols, std::max(1, hairTop - 2))).setTo(255);
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
    const bool colourOk = background.count > 0 && nearest <= p.backgroundDeltaE;
    add("background_color", colourOk, Sev::Error,
        QStringLiteral("ΔE %1 to %2").arg(nearest, 0, 'f', 1).arg(nearestColour.name()),
        QStringLiteral("ΔE ≤ %1").arg(p.backgroundDeltaE),
        colourOk
            ? Tr::tr("Background colour allowed.")
            : Tr::tr(
                "The background is not light blue, white or light grey. Use the backdrop, or \"fix\" to replace it."));

    cv::Mat leftHalf = backgroundMask.clone(), rightHalf = backgroundMask.clone();
    leftHalf(cv::Rect(lab.cols / 2, 0, lab.cols - lab.cols / 2, lab.rows)).setTo(0);
    rightHalf(cv::Rect(0, 0, lab.cols / 2, lab.rows)).setTo(0);
    const double sideDifference = std::abs(labStats(lab, leftHalf).mean[0] - labStats(lab, rightHalf).mean[0]);
    const bool uniform = background.count > 0 && background.lightnessSpread <= p.backgroundMaxSpread
        && sideDifference <= p.backgroundMaxSpread;
    add("background_uniformity", uniform, Sev::Error,
        QStringLiteral("spread %1, sides %2").arg(background.lightnessSpread, 0, 'f', 1).arg(sideDifference, 0, 'f', 1),
        QStringLiteral("≤ %1").arg(p.backgroundMaxSpread),
        uniform
            ? Tr::tr("Background even.")
            : Tr::tr("The background has shadows or uneven light. Move away from the backdrop and light it evenly."));
    return checks;
}

} // namespace RegPoint::Kiosk
