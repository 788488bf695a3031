#include "removablemedia.h"

#include <QDir>

namespace RegPoint::App {

QString removableMediaDir()
{
    const QString user = qEnvironmentVariable("USER");
    const QStringList candidates { QStringLiteral("/media/") + user, QStringLiteral("/run/media/") + user,
        QStringLiteral("/media") };
    for (const QString &dir : candidates) {
        if (QDir(dir).exists())
            return dir;
    }
    return QDir::homePath();
}

} // namespace RegPoint::App
