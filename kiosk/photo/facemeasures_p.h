#pragma once

#include "photo/facelandmarks_p.h"

#include <opencv2/core.hpp>

// What the face checks measure, each where its rule applies, from the landmarks. Pure functions:
// image and landmarks in, numbers out; the inspector turns them into verdicts and messages.
namespace RegPoint::Kiosk::FaceMeasures {

// The cheeks and nose between the lower eyelids and the nose's base: skin on every face
// (a beard starts lower, a fringe higher), so exposure is judged on the face and not on the
// backdrop or the hair.
cv::Mat skinRegion(const cv::Size &size, const FaceLandmarks &face);

struct Exposure
{
    double skinMean = 0; // grey level of the skin region
    double skinBright = 0; // share of skin pixels clipped white (grey >= 250)
    double skinDark = 0; // share of skin pixels crushed black (grey <= 12)
    double highlight = 0; // 99th percentile grey inside the face: eye whites, catch lights, shine
};
Exposure exposure(const cv::Mat &gray, const FaceLandmarks &face);

// The largest round blob of flash red near either eye, over the area of a pupil (a disc of 0.15
// eye widths). Flash red: R above twice G and B and 1.6 times redder than this face's own skin,
// so no skin tone under any light counts, nor a brown iris; a red spectacle frame is a thin line,
// not a round blob.
double redPupilShare(const cv::Mat &bgr, const FaceLandmarks &face);

// Share of the area a lens covers (an ellipse around each eye) that is specular white.
double glareShare(const cv::Mat &bgr, const FaceLandmarks &face);

// How much of the more closed eye's opening is within ΔE 20 of the cheek's skin (0–1): an open eye
// shows iris and eye white inside its lids, a closed one shows the lid.
double skinInEyes(const cv::Mat &lab, const FaceLandmarks &face);

// Share of the space between the inner lips that shows teeth or the mouth's dark inside (grey-ish
// and far lighter or darker than the lips): near 0 for closed lips, however full or painted.
double mouthShowing(const cv::Mat &lab, const FaceLandmarks &face);

// Share of the head above the brows (the person mask from its top down to the forehead, between
// the brows' ends) that is neither hair nor skin: hair being dark, grey, of the brown-to-blond
// hues or the colour of the hair beside the temples; skin the hue of the cheeks. A coloured cap
// or scarf is neither; a black, grey, white or brown one looks like hair to this measure.
// `person` is the person mask (CV_8U, non-zero = person); `headTop` its first row.
double headCovered(const cv::Mat &lab, const FaceLandmarks &face, const cv::Mat &person, int headTop);

// Laplacian spread over the face relative to the face's own grey-level spread (x100).
double sharpness(const cv::Mat &gray, const FaceLandmarks &face);

} // namespace RegPoint::Kiosk::FaceMeasures
