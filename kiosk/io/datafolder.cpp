#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RegPoint::Kiosk {

namespace {
struct DataFolderTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Workspace)
};
} // namespace

Status checkDataFolder(const QString &dataDir)
{
    if (dataDir.trimmed().isEmpty())
        return Failure { QStringLiteral("workspace.no-path"), [] {
                            return DataFolderTr::tr(
                                "No data folder was given (an empty path). Name the folder, e.g. --data-dir "
                                "/var/lib/regpoint.");
                        } };
    const QDir dir(dataDir);
    QStringList inside { QStringLiteral("regpoint.db"), QStringLiteral("regpoint.db-wal"),
        QStringLiteral("regpoint.db-shm"), QStringLiteral("regpoint.db-journal"), QStringLiteral("kiosk.ini"),
        QStringLiteral("keys"), QStringLiteral("demo-province"), QStringLiteral("sync.lock") };
    for (const QString &folder : { QStringLiteral("keys"), QStringLiteral("demo-province") }) {
        const QFileInfo info(dir.filePath(folder));
        if (info.isDir() && !info.isSymLink()) {
            for (const QString &name :
                QDir(info.filePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
                inside.append(folder + u'/' + name);
        }
    }
    for (const QString &name : inside) {
        if (QFileInfo(dir.filePath(name)).isSymLink())
            return Failure { QStringLiteral("workspace.symlink"),
                [name] {
                    return DataFolderTr::tr(
                        "%1 in the data folder is a symbolic link. RegPoint does not follow links inside its data "
                        "folder; nothing was changed. Call the technician.")
                        .arg(name);
                } };
    }
    return Done {};
}

void makePrivateFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        // The data folder itself may be a link to a mount: chmod what it names.
        ::chmod(QFile::encodeName(dir).constData(), 0700);
        return;
    }
    ::fchmod(fd, 0700);
    ::close(fd);
}

} // namespace RegPoint::Kiosk
