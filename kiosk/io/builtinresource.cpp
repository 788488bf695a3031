#include "builtinresource.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcResources, "regpoint.kiosk.resources")

namespace RegPoint::Kiosk {

QByteArray readBuiltInResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcResources) << "cannot read the built-in resource" << path;
        return {};
    }
    return file.readAll();
}

} // namespace RegPoint::Kiosk
