#include "secretfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RegPoint::Kiosk {

SecretFileResult writeSecretFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return SecretFileResult::CannotCreateFolder;
    ::chmod(QFile::encodeName(info.absolutePath()).constData(), 0700);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST ? SecretFileResult::AlreadyExists : SecretFileResult::CannotWrite;
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(QFile::encodeName(path).constData());
        return SecretFileResult::CannotWrite;
    }
    return SecretFileResult::Written;
}

} // namespace RegPoint::Kiosk
