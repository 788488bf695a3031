#include "capturedevices.h"

#include <QDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace RegPoint::Devices {

QList<CaptureDevice> captureDevices(const QString &deviceDir)
{
    QList<CaptureDevice> found;
    const QDir dir(deviceDir);
    for (const QString &entry : dir.entryList({ QStringLiteral("video*") }, QDir::System | QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(entry);
        // Non-blocking: a camera another program holds must not stall the check.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            found.append({ path, QString::fromLocal8Bit(std::strerror(errno)) });
            continue;
        }
        v4l2_capability caps {};
        const bool asked = ::ioctl(fd, VIDIOC_QUERYCAP, &caps) == 0;
        ::close(fd);
        // A UVC camera has a second node for metadata: only the one that captures pictures counts.
        const quint32 deviceCaps = (caps.capabilities & V4L2_CAP_DEVICE_CAPS) ? caps.device_caps : caps.capabilities;
        if (asked && (deviceCaps & V4L2_CAP_VIDEO_CAPTURE))
            found.append({ path, QString::fromUtf8(reinterpret_cast<const char *>(caps.card)) });
    }
    return found;
}

} // namespace RegPoint::Devices
