#include "samsimulatorport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSim, "regpoint.devices.idcard.sim")

namespace RegPoint::Devices {

SamSimulatorPort::SamSimulatorPort(QObject *parent)
    : QObject(parent)
    , m_sendTimer(new QTimer(this))
    , m_clock(new QElapsedTimer)
{
    m_clock->start();
    m_sendTimer->setSingleShot(true);
    m_sendTimer->setTimerType(Qt::PreciseTimer);
    connect(m_sendTimer, &QTimer::timeout, this, &SamSimulatorPort::flushQueue);
}

SamSimulatorPort::~SamSimulatorPort()
{
    close();
    delete m_clock;
}

bool SamSimulatorPort::open(const QString &linkPath)
{
    close();
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        m_error = QString::fromLocal8Bit(strerror(errno));
        close();
        return false;
    }
    m_slavePath = QString::fromLocal8Bit(::ptsname(m_master));
    // Hold the slave open ourselves: raw mode stays set and the master never reads EIO between clients.
    m_slaveKeepAlive = ::open(QFile::encodeName(m_slavePath).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    termios tio {};
    if (m_slaveKeepAlive >= 0 && ::tcgetattr(m_slaveKeepAlive, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(m_slaveKeepAlive, TCSANOW, &tio);
    }
    m_linkPath = linkPath;
    if (!m_linkPath.isEmpty()) {
        QFile::remove(m_linkPath);
        if (!QFile::link(m_slavePath, m_linkPath)) {
            m_error = QStringLiteral("cannot create the link %1").arg(m_linkPath);
            close();
            return false;
        }
    }
    m_readNotifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SamSimulatorPort::handleReadable);
    m_decoder.reset();
    qCInfo(lcSim) << "SAM simulator on" << portPath();
    return true;
}

void SamSimulatorPort::close()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    m_sendTimer->stop();
    m_outgoing.clear();
    if (m_slaveKeepAlive >= 0)
        ::close(m_slaveKeepAlive);
    if (m_master >= 0)
        ::close(m_master);
    m_slaveKeepAlive = m_master = -1;
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
}

void SamSimulatorPort::handleReadable()
{
    char buffer[4096];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n <= 0)
        return;
    m_decoder.feed(QByteArrayView(buffer, n));
    while (const auto event = m_decoder.next()) {
        const auto *frame = std::get_if<Sam::DecodedFrame>(&*event);
        if (!frame) {
            if (std::get<Sam::DecodeError>(*event) == Sam::DecodeError::BadChecksum)
                queue(Sam::response(Sam::Status::ChecksumError));
            continue;
        }
        ++m_requests;
        if (const auto request = Sam::parseRequest(frame->payload))
            Q_EMIT requestReceived(request->command);
        QByteArray answer = m_module.answer(frame->payload);
        if (m_faults.silent || (m_faults.onlyAtBaud > 0 && clientBaud() != m_faults.onlyAtBaud))
            continue;
        if (m_faults.corruptChecksums > 0) {
            --m_faults.corruptChecksums;
            answer.back() = char(answer.back() ^ 0x5A);
        }
        if (m_faults.garbageBeforeFrames) {
            QByteArray garbage(1 + int(m_random.bounded(6)), '\0');
            for (char &c : garbage)
                c = char(m_random.bounded(256));
            answer.prepend(garbage);
        }
        queue(answer);
    }
}

int SamSimulatorPort::clientBaud() const
{
    // The rate the client set with tcsetattr(): a pty keeps it, though it does not pace by it.
    termios tio {};
    if (m_slaveKeepAlive < 0 || ::tcgetattr(m_slaveKeepAlive, &tio) != 0)
        return 0;
    switch (::cfgetospeed(&tio)) {
    case B9600:
        return 9600;
    case B19200:
        return 19200;
    case B38400:
        return 38400;
    case B57600:
        return 57600;
    case B115200:
        return 115200;
    default:
        return 0;
    }
}

void SamSimulatorPort::queue(const QByteArray &bytes)
{
    // Times in microseconds, accumulated per byte count so pacing does not drift with rounding.
    const qint64 now = m_clock->nsecsElapsed() / 1000;
    qint64 at = std::max(now + qint64(m_faults.answerDelayMs) * 1000, m_wireFreeAt);
    // Pieces: one, or random chunks; with pacing, each piece waits for its wire time.
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        qsizetype piece = bytes.size() - offset;
        if (m_faults.splitIntoChunks)
            piece = std::min<qsizetype>(piece, 1 + m_random.bounded(64));
        else if (m_faults.paceBaud > 0)
            piece = std::min<qsizetype>(piece, 64);
        if (m_faults.paceBaud > 0)
            at += piece * 10 * 1000000 / m_faults.paceBaud;
        else if (m_faults.splitIntoChunks)
            at += m_random.bounded(6000);
        m_outgoing.emplace_back(at, bytes.mid(offset, piece));
        offset += piece;
    }
    m_wireFreeAt = at;
    flushQueue();
}

void SamSimulatorPort::flushQueue()
{
    const qint64 now = m_clock->nsecsElapsed() / 1000;
    while (!m_outgoing.empty() && m_outgoing.front().first <= now && m_master >= 0) {
        const QByteArray &bytes = m_outgoing.front().second;
        const ssize_t written = ::write(m_master, bytes.constData(), size_t(bytes.size()));
        if (written < 0) {
            if (errno == EAGAIN)
                break;
            qCWarning(lcSim) << "write failed:" << strerror(errno);
            m_outgoing.clear();
            return;
        }
        if (written < bytes.size()) {
            m_outgoing.front().second.remove(0, written);
            break;
        }
        m_outgoing.pop_front();
    }
    if (!m_outgoing.empty())
        m_sendTimer->start(
            int(std::max<qint64>(0, (m_outgoing.front().first - m_clock->nsecsElapsed() / 1000 + 999) / 1000)));
}

} // namespace RegPoint::Devices
