#pragma once

#include "photo/photocheck.h"
#include "photo/photoprofile.h"

#include <QByteArray>
#include <QImage>

#include <memory>

namespace RegPoint::Kiosk {

// Checks photos against a profile with OpenCV (cascades from the opencv-data package; no model
// download). Pure in use: an image or a file's bytes in, a report out. The cascades load once.
class PhotoInspector
{
public:
    static QString defaultCascadeDir(); // /usr/share/opencv4

    explicit PhotoInspector(PhotoProfile profile, const QString &cascadeDir = defaultCascadeDir());
    ~PhotoInspector();
    PhotoInspector(const PhotoInspector &) = delete;
    PhotoInspector &operator=(const PhotoInspector &) = delete;

    bool hasFaceDetector() const;
    const PhotoProfile &profile() const { return m_profile; }

    // A file as delivered (an imported photo, a capture after encoding): format and file size,
    // then everything inspectImage() checks.
    PhotoReport inspectFile(const QByteArray &bytes) const;
    PhotoReport inspectImage(const QImage &image) const;

private:
    struct Detectors;
    PhotoProfile m_profile;
    std::unique_ptr<Detectors> m_detectors;
};

} // namespace RegPoint::Kiosk
