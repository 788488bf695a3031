#include "throwawaycups.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <unistd.h>

namespace RegPoint::Tests {

namespace {

bool write(const QString &path, const QByteArray &text, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size()
        && file.setPermissions(permissions);
}

// The backend's URI is "regpoint-test:/BEHAVIOUR/OUTPUT-DIR". Exit codes: CUPS_BACKEND_OK 0,
// CUPS_BACKEND_FAILED 1.
constexpr char kBackend[] = R"(#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct regpoint-test "Unknown" "RegPoint test printer"'; exit 0; fi
rest=${DEVICE_URI#regpoint-test:/}
mode=${rest%%/*}
dir=/${rest#*/}
case "$mode" in
capture) if [ -n "$6" ]; then cat "$6" > "$dir/job-$1.pdf"; else cat > "$dir/job-$1.pdf"; fi ;;
fail) echo "ERROR: the test printer refuses every job" >&2; exit 1 ;;
hang) sleep 600 ;;
paperout) echo "STATE: +media-empty-error" >&2; sleep 600 ;;
esac
exit 0
)";

} // namespace

ThrowawayCups::ThrowawayCups() = default;

ThrowawayCups::~ThrowawayCups()
{
    if (m_cupsd && m_cupsd->state() != QProcess::NotRunning) {
        m_cupsd->terminate();
        if (!m_cupsd->waitForFinished(10000))
            m_cupsd->kill();
        m_cupsd->waitForFinished(5000);
    }
}

QString ThrowawayCups::server() const
{
    return m_dir.filePath(u"cups.sock"_qs);
}

QString ThrowawayCups::outputDir() const
{
    return m_dir.filePath(u"out"_qs);
}

QString ThrowawayCups::spoolDir() const
{
    return m_dir.filePath(u"spool"_qs);
}

bool ThrowawayCups::start(QString &why)
{
    if (geteuid() != 0) {
        why = u"cupsd needs root to run its backends as lp"_qs;
        return false;
    }
    if (!QFile::exists(u"/usr/sbin/cupsd"_qs)) {
        why = u"cups-daemon is not installed (scripts/setup-deps installs it)"_qs;
        return false;
    }
    const QString d = m_dir.path();
    QDir root(d);
    for (const char *sub : { "bin/backend", "spool", "cache", "state", "log", "tmp", "out" })
        root.mkpath(QString::fromLatin1(sub));
    for (const char *link : { "daemon", "filter", "notifier", "cgi-bin" })
        QFile::link(
            u"/usr/lib/cups/"_qs + QString::fromLatin1(link), root.filePath(u"bin/"_qs + QString::fromLatin1(link)));
    const QFile::Permissions open755 = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(d, open755);
    // The backend runs as lp and writes here.
    QFile::setPermissions(outputDir(), open755 | QFile::WriteGroup | QFile::WriteOther);
    const QByteArray files = "ServerRoot " + d.toUtf8() + "\nServerBin " + d.toUtf8() + "/bin\nRequestRoot "
        + spoolDir().toUtf8() + "\nTempDir " + d.toUtf8() + "/tmp\nCacheDir " + d.toUtf8() + "/cache\nStateDir "
        + d.toUtf8() + "/state\nAccessLog " + d.toUtf8() + "/log/access_log\nErrorLog " + d.toUtf8()
        + "/log/error_log\nPageLog " + d.toUtf8() + "/log/page_log\nUser lp\nGroup lp\nSystemGroup root\nPrintcap "
        + d.toUtf8() + "/printcap\n";
    const QByteArray daemon = "Listen " + server().toUtf8()
        + "\nWebInterface No\nBrowsing No\nDefaultAuthType None\nPreserveJobHistory Yes\nPreserveJobFiles Yes\n"
          "LogLevel info\n<Location />\nOrder allow,deny\nAllow all\n</Location>\n";
    const QFile::Permissions readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (!write(root.filePath(u"cups-files.conf"_qs), files, readable)
        || !write(root.filePath(u"cupsd.conf"_qs), daemon, readable)
        || !write(root.filePath(u"bin/backend/regpoint-test"_qs), kBackend, open755)) {
        why = u"cannot write the scheduler's configuration"_qs;
        return false;
    }
    m_cupsd = std::make_unique<QProcess>();
    // The scheduler logs to its own files; pipes to this process would only hold it up.
    m_cupsd->setStandardInputFile(QProcess::nullDevice());
    m_cupsd->setStandardOutputFile(m_dir.filePath(u"log/cupsd.out"_qs));
    m_cupsd->setStandardErrorFile(m_dir.filePath(u"log/cupsd.out"_qs), QIODevice::Append);
    m_cupsd->start(u"/usr/sbin/cupsd"_qs,
        { u"-f"_qs, u"-c"_qs, root.filePath(u"cupsd.conf"_qs), u"-s"_qs, root.filePath(u"cups-files.conf"_qs) });
    for (int i = 0; i < 100; ++i) {
        // lpstat -r exits 0 either way; its words tell.
        if (run(u"lpstat"_qs, { u"-r"_qs }).startsWith(u"scheduler is running"_qs))
            return true;
        if (m_cupsd->state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(u"log/cupsd.out"_qs));
    why = u"cupsd did not start: "_qs + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
    return false;
}

QString ThrowawayCups::run(const QString &program, const QStringList &arguments, bool *ok) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CUPS_SERVER"_qs, server());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(20000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAll());
}

bool ThrowawayCups::addQueue(const QString &name, Behaviour behaviour) const
{
    static const char *const modes[] = { "capture", "fail", "hang", "paperout" };
    const QString uri = u"regpoint-test:/"_qs + QString::fromLatin1(modes[int(behaviour)]) + outputDir();
    bool ok = false;
    run(u"lpadmin"_qs,
        { u"-p"_qs, name, u"-E"_qs, u"-v"_qs, uri, u"-m"_qs, u"raw"_qs, u"-o"_qs,
            u"printer-error-policy=abort-job"_qs },
        &ok);
    return ok;
}

bool ThrowawayCups::disable(const QString &name) const
{
    bool ok = false;
    run(u"cupsdisable"_qs, { name }, &ok);
    return ok;
}

} // namespace RegPoint::Tests
