#include "photocheck.h"

#include <algorithm>

namespace RegPoint::Kiosk {

bool PhotoReport::ok() const
{
    return std::none_of(
        checks.begin(), checks.end(), [](const PhotoCheck &c) { return !c.ok && c.severity == PhotoSeverity::Error; });
}

const PhotoCheck *PhotoReport::find(const QString &id) const
{
    for (const PhotoCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const PhotoCheck *mostImportantOf(const QList<PhotoCheck> &checks)
{
    for (PhotoSeverity severity : { PhotoSeverity::Error, PhotoSeverity::Warn }) {
        for (const PhotoCheck &c : checks) {
            if (!c.ok && c.severity == severity)
                return &c;
        }
    }
    return nullptr;
}

const PhotoCheck *PhotoReport::mostImportant() const
{
    return mostImportantOf(checks);
}

} // namespace RegPoint::Kiosk
