#pragma once

#include "photo/facelandmarks_p.h"

#include <opencv2/core.hpp>

namespace RegPoint::Kiosk {

// Which pixels are the candidate (head, hair, neck, shoulders) and which are background: GrabCut
// seeded from the landmarks — the face and the chest below the chin as certain person, a head
// and shoulders outline around them as probable person, the frame's top corners as certain
// background. Measured where the person really is, so hair is never taken for background and a
// busy scene behind the head is not hidden by fixed sampling strips.
struct PersonMask
{
    cv::Mat person; // CV_8U, 255 = person, at the image's size
    cv::Mat matte; // CV_8U, how much of each pixel is person (soft at the outline for Replace)
    int headTop = -1; // first row with head (hair or covering) above the face; -1 if none found
    bool touchesTop = false; // the head reaches the top edge: its top is cut off
    bool reachesBottom = false; // the body runs out of the bottom edge (no floating bust)
    double edgeRoughness = 0; // outline length over its convex hull's, above the shoulders: 1 smooth
    double headFill = 1; // share of the head (brow-wide, from the head top to the chin) that is person
    // Pixels that are surely background, above `lowestRow`: the person grown by a margin,
    // inverted (the matte's blended edge belongs to neither side). Below the chin the frame is
    // mostly clothes, whose white or patterned parts no cut tells from a white backdrop; the
    // rules are about what is behind the head.
    cv::Mat background(int margin, int lowestRow) const;
};

// How finely to cut: enough to judge a photo, or fine enough to cut the background away.
enum class MaskDetail
{
    Judge, // GrabCut on 100 columns: hair top and background within a few pixels
    Replace, // the same, refined at full resolution along the photo's edges: fit to show
};

PersonMask segmentPerson(const cv::Mat &bgr, const FaceLandmarks &face, MaskDetail detail = MaskDetail::Judge);

} // namespace RegPoint::Kiosk
