#include "intakefixture.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using RegPoint::Tests::writeFile;

namespace RegPoint::Testing {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

// A loopback port nobody listens on right now.
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), size) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

bool ThrowawayPostgres::available()
{
    return QFileInfo::exists(kPgBin + QStringLiteral("/initdb"))
        && QFileInfo::exists(QStringLiteral("/usr/sbin/runuser"));
}

bool ThrowawayPostgres::start(QString *error, Durability durability)
{
    QByteArray out;
    if (run(QStringLiteral("mktemp"), { QStringLiteral("-d"), QStringLiteral("/tmp/regpoint-pg.XXXXXX") }, &out) != 0) {
        *error = QStringLiteral("mktemp failed");
        return false;
    }
    m_dir = QString::fromLocal8Bit(out.trimmed());
    run(QStringLiteral("chown"), { QStringLiteral("postgres:postgres"), m_dir });
    const QString data = m_dir + QStringLiteral("/data");
    if (run(QStringLiteral("runuser"),
            { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                kPgBin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
                QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync"),
                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8") },
            &out)
        != 0) {
        *error = QStringLiteral("initdb: ") + QString::fromLocal8Bit(out);
        return false;
    }
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        m_options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1").arg(m_dir).arg(m_port);
        m_durability = durability;
        if (durability == Durability::Throwaway)
            m_options += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        m_running = restart();
    }
    if (!m_running) {
        *error = QStringLiteral("pg_ctl start failed; see ") + m_dir + QStringLiteral("/pg.log");
        return false;
    }
    if (run(kPgBin + QStringLiteral("/createdb"),
            { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("regpoint") },
            &out)
        != 0) {
        *error = QStringLiteral("createdb: ") + QString::fromLocal8Bit(out);
        return false;
    }
    return true;
}

bool ThrowawayPostgres::pgCtl(const QStringList &arguments)
{
    return run(QStringLiteral("runuser"),
               QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                   kPgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data") }
                   + arguments)
        == 0;
}

bool ThrowawayPostgres::crash()
{
    m_running
        = !pgCtl({ QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") });
    return !m_running;
}

bool ThrowawayPostgres::restart()
{
    m_running = pgCtl({ QStringLiteral("-l"), m_dir + QStringLiteral("/pg.log"), QStringLiteral("-w"),
        QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), m_options, QStringLiteral("start") });
    return m_running;
}

QString ThrowawayPostgres::uri() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/regpoint").arg(m_port);
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    if (m_running)
        crash();
    if (m_dir.startsWith(QStringLiteral("/tmp/regpoint-pg.")))
        QDir(m_dir).removeRecursively();
}

IntakeServerProcess::IntakeServerProcess(const TestProvince &province)
{
    const QDir dir(m_dir.path());
    m_store = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("intake.db"));
    const Exchange::IssuedKey tls = province.tlsServer();
    const Exchange::IssuedKey signer = province.intakeSigner();
    writeFile(dir.filePath(QStringLiteral("ca.pem")), province.caPem());
    writeFile(dir.filePath(QStringLiteral("tls.crt")), tls.certificatePem);
    writeFile(dir.filePath(QStringLiteral("tls.key")), tls.keyPem);
    writeFile(dir.filePath(QStringLiteral("signing.crt")), signer.certificatePem);
    writeFile(dir.filePath(QStringLiteral("signing.key")), signer.keyPem);
}

IntakeServerProcess::~IntakeServerProcess()
{
    stop();
}

QString IntakeServerProcess::binary()
{
    return QStringLiteral(REGPOINT_INTAKE_BINARY);
}

int IntakeServerProcess::command(const QStringList &arguments, QByteArray *out, QByteArray *err) const
{
    QProcess process;
    process.start(binary(),
        QStringList { arguments.value(0), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--store"), m_store }
            + arguments.mid(1));
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

quint16 IntakeServerProcess::start(const QStringList &extra)
{
    stop();
    m_process = std::make_unique<QProcess>();
    // Its log goes to a file: a pipe nobody reads would block the server once full.
    m_process->setStandardErrorFile(QDir(m_dir.path()).filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_process->start(binary(),
        QStringList { QStringLiteral("serve"), QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--store"),
            m_store, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
            + (m_storeFlushes ? QStringList() : QStringList { QStringLiteral("--allow-non-durable") }) + extra);
    QByteArray line;
    // The one line it prints when it is ready; the process's end also ends the wait.
    while (!line.contains('\n') && m_process->state() != QProcess::NotRunning) {
        if (m_process->waitForReadyRead(60000))
            line += m_process->readAllStandardOutput();
        else if (m_process->state() != QProcess::Running)
            break;
    }
    const QByteArray prefix = "listening on 127.0.0.1:";
    if (!line.startsWith(prefix)) {
        m_log = log();
        qWarning("regpoint-intake did not start: %s %s", line.constData(), m_log.constData());
        return 0;
    }
    m_port = quint16(line.mid(prefix.size()).trimmed().toUInt());
    return m_port;
}

void IntakeServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    m_process.reset();
}

void IntakeServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
    m_process.reset();
}

QByteArray IntakeServerProcess::log() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool IntakeServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString testStoreLocation(
    const QTemporaryDir &dir, std::unique_ptr<ThrowawayPostgres> &postgres, QString *skip, QString *error)
{
    if (qEnvironmentVariable("REGPOINT_INTAKE_STORE") != QLatin1String("postgresql"))
        return QStringLiteral("sqlite:") + dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!ThrowawayPostgres::available()) {
        *skip = QStringLiteral(
            "needs the PostgreSQL 15 server (postgresql-15) and root, to run initdb as the postgres user");
        return {};
    }
    if (!postgres) {
        postgres = std::make_unique<ThrowawayPostgres>();
        if (!postgres->start(error)) {
            postgres.reset();
            return {};
        }
    }
    return postgres->uri();
}

} // namespace RegPoint::Testing
