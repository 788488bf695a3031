#pragma once

#include "photo/photocheck.h"
#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace RegPoint::Kiosk {

class PhotoInspector;
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

// Fixes only what the rules allow (shared/reference/photo-spec.md §1.2): crop and scale to put the
// hair top, eye line and face width in range, a global exposure gain, the background replaced by
// the nearest allowed colour, and the JPEG encoding into the size window. It never mirrors,
// rotates or retouches: a tilted head stays tilted and fails, which means a retake.
class PhotoFixer
{
public:
    explicit PhotoFixer(const PhotoInspector &inspector);
    // Fails when the photo does not hold exactly one face.
    Result<PhotoFix> fix(const QImage &source) const;

private:
    const PhotoInspector &m_inspector;
};

} // namespace RegPoint::Kiosk
