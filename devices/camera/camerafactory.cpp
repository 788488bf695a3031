#include "camerafactory.h"

#include "camera/qtcamerasource.h"
#include "camera/stillimagesource.h"
#include "camera/videofilesource.h"

namespace RegPoint::Devices {

namespace {
constexpr int kStillFramesPerSecond = 25;
}

std::unique_ptr<FrameSource> makeFrameSource(bool simulate, const QString &camera)
{
    if (!simulate)
        return std::make_unique<QtCameraSource>(camera.toUtf8());
    if (camera.isEmpty())
        return std::make_unique<StillImageSource>(
            QImage(QStringLiteral(":/camera/demo-frame.jpg")), kStillFramesPerSecond);
    if (QImage still(camera); !still.isNull())
        return std::make_unique<StillImageSource>(still, kStillFramesPerSecond);
    return std::make_unique<VideoFileSource>(camera);
}

} // namespace RegPoint::Devices
