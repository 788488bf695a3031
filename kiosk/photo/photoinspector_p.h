#pragma once

// The parts of PhotoInspector that its two source files share: the photo checks
// (photoinspector.cpp) and the live preview's guidance (liveguidance.cpp).

#include "photo/facelandmarks_p.h"
#include "photo/photoinspector.h"

#include <opencv2/objdetect.hpp>

#include <future>
#include <memory>

namespace RegPoint::Kiosk {

struct PhotoInspector::Detectors
{
    // The live preview's: fast on every frame.
    cv::CascadeClassifier face;
    cv::CascadeClassifier eyes;
    // The photo's: landmarks for everything measured on the face.
    std::unique_ptr<FaceLandmarker> landmarker;
    // Reading the cascades' XML takes about 0.3 s: it runs when they are first needed (or warmed
    // up), so the kiosk starts without waiting.
    std::shared_future<void> cascadesRead;
};

} // namespace RegPoint::Kiosk
