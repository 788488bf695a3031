#pragma once

#include "framesource.h"

#include <memory>

namespace RegPoint::Devices {

// The one place that turns the kiosk's camera option into a source:
//   real:       the system camera, or the one whose device id is `camera`
//   simulated:  the built-in demo picture (empty `camera`), a still image, or a video file played
//               in a loop
std::unique_ptr<FrameSource> makeFrameSource(bool simulate, const QString &camera);

} // namespace RegPoint::Devices
