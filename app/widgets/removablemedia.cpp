#include "removablemedia.h"

#include <QDir>
#include <QStorageInfo>

namespace RegPoint::App {

namespace {

QStringList mediaDirs()
{
    const QString user = qEnvironmentVariable("USER");
    return { QStringLiteral("/media/regpoint"), QStringLiteral("/media/") + user, QStringLiteral("/run/media/") + user,
        QStringLiteral("/media") };
}

} // namespace

QString removableMediaDir()
{
    for (const QString &dir : mediaDirs()) {
        if (QDir(dir).exists())
            return dir;
    }
    return QDir::homePath();
}

QString firstRemovableDrive()
{
    const QStringList dirs = mediaDirs();
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString parent = QDir::cleanPath(volume.rootPath() + QStringLiteral("/.."));
        if (volume.isValid() && volume.isReady() && dirs.contains(parent))
            return volume.rootPath();
    }
    return {};
}

} // namespace RegPoint::App
