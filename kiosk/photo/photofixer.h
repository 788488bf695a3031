#pragma once

#include "photo/photocheck.h"
#include "photo/photoinspector.h"
#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

#include <optional>

namespace RegPoint::Kiosk {

struct PhotoProfile;

// The best JPEG quality (down to the profile's minimum) that fits under the profile's size
// limit, with the profile's dpi in the JFIF header.
QByteArray encodeForProfile(const QImage &image, const PhotoProfile &profile);

struct PhotoFix
{
    QByteArray jpeg; // the encoded result (300 dpi JFIF), whatever its verdict
    QImage image; // the same frame, for display
    PhotoReport report; // the checks of the result
    QStringList applied; // what was done: "crop_scale", "pad", "exposure", "background", "encode"

    bool isCompliant() const { return report.ok(); }
};

// Fixes only what the rules allow (shared/reference/photo-spec.md §1.2) and a clerk would accept:
// a photo whose only fault is its file is re-encoded and nothing else; otherwise crop and scale
// to put the hair top, eye line and face width in range (only when the source shows the head
// and the shoulders down to its lower edge: never a floating bust), a global exposure gain, the
// background replaced by the nearest allowed colour (only along a clean person outline), and
// the JPEG encoding into the size window. It never mirrors, rotates or retouches: a tilted head
// stays tilted and fails, which means a retake. The result's report is the inspector's verdict
// on the encoded file: callers use it only when it passes.
class PhotoFixer
{
public:
    // A background cut is used only when the person's outline above the shoulders is at most
    // this much longer than its convex hull (ragged edges) and the head is this solidly person.
    static constexpr double kMaxOutlineRoughness = 1.6;
    static constexpr double kMinHeadFill = 0.9;

    explicit PhotoFixer(const PhotoInspector &inspector);
    // Fails when the photo does not hold exactly one face.
    Result<PhotoFix> fix(const QImage &source) const;
    // The same for a source already inspected (an imported file whose report the clerk has
    // seen): its report and face geometry are used instead of a second inspection.
    Result<PhotoFix> fix(const QImage &source, const PhotoReport &asChecked, std::optional<FaceGeometry> where) const;

private:
    Result<PhotoFix> reframe(const QImage &source, const FaceGeometry &geo) const;
    PhotoFix encoded(const QImage &image, QStringList applied) const;

    const PhotoInspector &m_inspector;
};

} // namespace RegPoint::Kiosk
