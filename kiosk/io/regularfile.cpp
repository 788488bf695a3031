#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RegPoint::Kiosk {

namespace {

struct RegularFileTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RegularFile)
};

// Closes the descriptor on every way out.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString sizeText(qint64 bytes)
{
    if (bytes < qint64(1024) * 1024)
        return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

Failure unreadable(const QString &path, int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return { QStringLiteral("file.unreadable"),
            [path] { return RegularFileTr::tr("There is no file %1. Check the path.").arg(path); } };
    case EACCES:
    case EPERM:
        return { QStringLiteral("file.unreadable"), [path] {
                    return RegularFileTr::tr(
                        "RegPoint may not read %1 (permission denied). Copy the file to a folder RegPoint can read.")
                        .arg(path);
                } };
    default:
        return { QStringLiteral("file.unreadable"), [path, systemError = QString::fromLocal8Bit(::strerror(error))] {
                    return RegularFileTr::tr("Cannot read %1: %2. Check the file and the disk it is on.")
                        .arg(path, systemError);
                } };
    }
}

Failure tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return { QStringLiteral("file.too-large"), [path, size = sizeText(size), maxBytes = sizeText(maxBytes)] {
                return RegularFileTr::tr("%1 is too large (%2; at most %3 are read). Check that it is the right file.")
                    .arg(path, size, maxBytes);
            } };
}

} // namespace

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
    const Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return unreadable(path, errno);
    // Checked on the open descriptor, not the path: the file cannot be swapped in between.
    struct stat info
    { };
    if (::fstat(fd.get(), &info) != 0)
        return unreadable(path, errno);
    if (S_ISDIR(info.st_mode))
        return Failure { QStringLiteral("file.not-regular"),
            [path] { return RegularFileTr::tr("%1 is a folder, not a file. Name the file inside it.").arg(path); } };
    if (!S_ISREG(info.st_mode))
        return Failure { QStringLiteral("file.not-regular"),
            [path] {
                return RegularFileTr::tr(
                    "%1 is not a regular file (it is a device, a pipe or a socket) and is not read. Copy the "
                    "content into a file and name that file.")
                    .arg(path);
            } };
    if (info.st_size > maxBytes)
        return tooLarge(path, info.st_size, maxBytes);

    // The file may grow while it is read: never take more than the cap, whatever fstat said.
    QByteArray bytes;
    bytes.resize(qsizetype(std::min<qint64>(maxBytes, info.st_size) + 1));
    qint64 total = 0;
    for (;;) {
        if (total == bytes.size()) {
            if (total > maxBytes)
                return tooLarge(path, total, maxBytes);
            bytes.resize(qsizetype(std::min<qint64>(maxBytes + 1, total * 2 + 4096)));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + total, size_t(bytes.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return unreadable(path, errno);
        if (n == 0)
            break;
        total += n;
    }
    if (total > maxBytes)
        return tooLarge(path, total, maxBytes);
    bytes.truncate(qsizetype(total));
    return bytes;
}

qint64 regularFileSize(const QString &path)
{
    const Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    struct stat info
    { };
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return -1;
    return info.st_size;
}

QByteArray readOwnFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace RegPoint::Kiosk
