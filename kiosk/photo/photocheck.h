#pragma once

#include <QList>
#include <QString>

namespace RegPoint::Kiosk {

enum class PhotoSeverity
{
    Error,
    Warn
}; // an error blocks capture; a warning asks the clerk to look

// One check of a photo against the profile (ids as in issue 4: format, size, file_size, color,
// face_count, centring, hair_top, eye_line, face_width, roll, yaw, eyes_open, mouth_closed,
// sharpness, exposure, background_color, background_uniformity, red_eye, glasses_glare;
// head_covering since issue 9).
struct PhotoCheck
{
    QString id;
    bool ok = false;
    PhotoSeverity severity = PhotoSeverity::Error;
    QString value; // what was measured ("236 px"), empty when it could not be measured
    QString expected; // the profile's range ("200–300 px")
    QString message; // translated; tells the candidate or clerk what to do
};

// The one hint that matters most among `checks`: the first failed error, else the first failed
// warning; nullptr when all passed.
const PhotoCheck *mostImportantOf(const QList<PhotoCheck> &checks);

struct PhotoReport
{
    QList<PhotoCheck> checks;

    bool ok() const; // no error-severity check failed
    const PhotoCheck *find(const QString &id) const;
    // The one hint that matters most now: the first failed error, else the first failed warning.
    const PhotoCheck *mostImportant() const;
};

} // namespace RegPoint::Kiosk
