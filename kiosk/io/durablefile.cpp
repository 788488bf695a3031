#include "durablefile.h"

#include "io/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace RegPoint::Kiosk {

namespace {

struct DurableFileTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DurableFile)
};

Failure writeFailure(const QString &path, const char *what)
{
    return Failure { QStringLiteral("file.write"),
        [path, what = QString::fromLatin1(what), systemError = QString::fromLocal8Bit(strerror(errno))] {
            return DurableFileTr::tr(
                "%1 could not be written (%2: %3). Check that the drive is plugged in, not full and not "
                "write-protected, then try again.")
                .arg(path, what, systemError);
        } };
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

Status writeFileDurably(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return Failure { QStringLiteral("file.exists"),
            [path] {
                return DurableFileTr::tr(
                    "%1 already exists; nothing was overwritten. Choose another folder or remove the old file.")
                    .arg(path);
            } };
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    const int fd = ::open(partName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return writeFailure(part, "open");
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        errno = savedErrno;
        const Failure failure = writeFailure(part, "write");
        ::unlink(partName.constData());
        return failure;
    }
    if (::rename(partName.constData(), QFile::encodeName(path).constData()) != 0) {
        const Failure failure = writeFailure(path, "rename");
        ::unlink(partName.constData());
        return failure;
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool folderSynced = dirFd >= 0 && ::fsync(dirFd) == 0;
    if (dirFd >= 0)
        ::close(dirFd);
    if (!folderSynced)
        return writeFailure(path, "fsync folder");
    return Done {};
}

Result<QByteArray> readBackFromDrive(const QString &path, qint64 maxBytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0) {
        // The pages were flushed, so dropping them is safe; the read below goes to the drive.
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
    return readRegularFile(path, maxBytes);
}

} // namespace RegPoint::Kiosk
