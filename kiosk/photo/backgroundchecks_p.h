#pragma once

#include "photo/photocheck.h"
#include "photo/photoprofile.h"

#include <QColor>

#include <opencv2/core.hpp>

namespace RegPoint::Kiosk {

// Mean colour in CIE L*a*b* (real units) and the L* spread of a set of pixels.
struct LabStats
{
    cv::Vec3d mean;
    double lightnessSpread = 0;
    int count = 0;
};

// Widest a person (hair included) may be at the eyes, in face widths, before the cut is taken
// to have swallowed the background.
constexpr double kMaxPersonWidth = 2.2;

// `lab` is OpenCV's 8-bit Lab (cv::COLOR_BGR2Lab); results are in real L*a*b* units.
LabStats labStats(const cv::Mat &lab, const cv::Mat &mask);
cv::Vec3d labOf(const QColor &colour);
double deltaE(const cv::Vec3d &a, const cv::Vec3d &b); // CIE76

// background_color and background_uniformity over `background` (CV_8U, non-zero = background
// pixel): wherever the person is not, however the hair falls.
// `personWidth` is how wide the person mask is at the eyes, in face widths: a cut that takes half
// the scene for the person means a background no cut tells from the candidate.
QList<PhotoCheck> checkBackground(
    const cv::Mat &lab, const PhotoProfile &profile, const cv::Mat &background, double personWidth);

} // namespace RegPoint::Kiosk
