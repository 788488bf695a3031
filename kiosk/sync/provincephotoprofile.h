#pragma once

#include "configbundle.h"
#include "photo/photoprofile.h"
#include "result.h"

namespace RegPoint::Kiosk {

// The photo rules the desk checks against: the kiosk's own profile (head geometry, background,
// lighting) with the province's frame and file size from its signed config bundle, which decide
// whether the province takes the photo. The geometry is scaled with the frame, so a profile made
// for 480 × 640 still measures a head in a 360 × 480 frame. A frame or size range the checks
// cannot work with (outside PhotoProfile's limits, min above max) is refused: config.photo-profile,
// and the kiosk's own profile stays.
Result<PhotoProfile> withProvincePhotoRules(
    const PhotoProfile &own, const Exchange::ConfigBundle::PhotoProfile &province);

} // namespace RegPoint::Kiosk
