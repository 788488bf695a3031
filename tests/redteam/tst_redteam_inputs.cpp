// Red team, inputs (issue 10): what an attacker with a shell hands the technician's tools: device
// files and FIFOs for photos, sparse giants, picture bombs, absurd photo profiles, full disks, a
// forged ID card reader and a certificate that is no CA. Every attack runs the shipped binary
// under a memory cap and a bounded wait, so a regression fails the test instead of eating the
// machine or hanging the suite.

#include "simulatorprocess.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "certificateauthority.h"
#include "crypto/machineprovisioning.h"
#include "idcard/samframe.h"
#include "testfiles.h"

#include <QRandomGenerator>
#include <QSocketNotifier>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <termios.h>
#include <unistd.h>

using RegPoint::Tests::writeFile;

namespace {

// Address space for one regpointctl run: far above what a photo check needs (Qt, OpenCV and
// dlib's models), far below what the attacks used to take (2.6 to 9 GB).
constexpr rlim_t kMemoryCap = rlim_t(2) * 1024 * 1024 * 1024;
#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer reserves terabytes of address space for its shadow memory before main(), so
// RLIMIT_AS would stop every run. Its own limits play the cap's part instead: an allocation above
// the cap fails (as it would under RLIMIT_AS), and growing past it ends the run with a report.
constexpr bool kCapAddressSpace = false;
#else
constexpr bool kCapAddressSpace = true;
#endif
// Bounded wait: a hang (a FIFO without a writer) ends the run and fails the test.
constexpr int kWaitMs = 30000;

struct Run
{
    bool finished = false; // on its own, within the wait, without a crash
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QByteArray describe() const
    {
        return "finished=" + QByteArray::number(finished) + " exit=" + QByteArray::number(exitCode)
            + "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
    }
};

struct Limits
{
    rlim_t fileSize = RLIM_INFINITY; // RLIMIT_FSIZE: writes beyond it fail with EFBIG (a full disk)
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

Run ctl(const QStringList &args, Limits limits = {})
{
    QProcess process;
    limits.env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    limits.env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!kCapAddressSpace) {
        const QString megabytes = QString::number(kMemoryCap / (rlim_t(1024) * 1024));
        const QStringList options { limits.env.value(QStringLiteral("ASAN_OPTIONS")),
            QStringLiteral("max_allocation_size_mb=") + megabytes, QStringLiteral("allocator_may_return_null=1"),
            QStringLiteral("hard_rss_limit_mb=") + megabytes };
        limits.env.insert(QStringLiteral("ASAN_OPTIONS"), options.join(u':'));
    }
    process.setProcessEnvironment(limits.env);
    const rlim_t fileSize = limits.fileSize;
    process.setChildProcessModifier([fileSize] {
        if (kCapAddressSpace) {
            const rlimit memory { kMemoryCap, kMemoryCap };
            ::setrlimit(RLIMIT_AS, &memory);
        }
        const rlimit file { fileSize, fileSize };
        ::setrlimit(RLIMIT_FSIZE, &file);
        ::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REGPOINTCTL_BIN), args);
    Run run;
    // The event loop runs meanwhile: an in-process fake device (the forged reader) can answer.
    if (!finished.wait(kWaitMs)) {
        process.kill();
        process.waitForFinished();
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit;
    }
    run.exitCode = run.finished ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString photo(const char *name)
{
    return QStringLiteral(PHOTO_DIR "/") + QString::fromLatin1(name);
}

QJsonObject checkOf(const QJsonValue &result, const QString &id)
{
    for (const QJsonValue check : result[QStringLiteral("checks")].toArray()) {
        if (check[QStringLiteral("id")].toString() == id)
            return check.toObject();
    }
    return {};
}

// A small real JPEG whose header claims `size`: the decoder would allocate for the claim.
QByteArray pictureBomb(QSize size)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    // SOF0: FF C0, length(2), precision(1), height(2), width(2).
    const qsizetype sof = jpeg.indexOf(QByteArrayView("\xFF\xC0", 2));
    if (sof < 0)
        return {};
    jpeg[sof + 5] = char(size.height() >> 8);
    jpeg[sof + 6] = char(size.height() & 0xFF);
    jpeg[sof + 7] = char(size.width() >> 8);
    jpeg[sof + 8] = char(size.width() & 0xFF);
    return jpeg;
}

// regpoint-idcard-sim in its own process, as a technician (or an attacker) starts it.
class Simulator : public RegPoint::Tests::SimulatorProcess
{
public:
    explicit Simulator(const QStringList &args)
        : SimulatorProcess(QStringLiteral(IDCARD_SIM_BIN), args)
    { }
};

// A forged reader on a pseudo-terminal: it speaks the frame format perfectly (preamble, length,
// XOR) and answers every read with random text and photo bytes, as the attacker's did.
class ForgedReader
{
public:
    explicit ForgedReader(quint32 seed)
        : m_random(seed)
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        m_port = QString::fromLocal8Bit(::ptsname(m_master));
        m_slave = ::open(QFile::encodeName(m_port).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
        termios tio {};
        if (m_slave >= 0 && ::tcgetattr(m_slave, &tio) == 0) {
            ::cfmakeraw(&tio);
            ::tcsetattr(m_slave, TCSANOW, &tio);
        }
        m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { answer(); });
    }
    ~ForgedReader()
    {
        m_notifier.reset();
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    QString port() const { return m_port; }
    int readsAnswered() const { return m_reads; }

private:
    void answer()
    {
        using namespace RegPoint::Devices;
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return;
        m_decoder.feed(QByteArrayView(buffer, n));
        while (const auto event = m_decoder.next()) {
            const auto *frame = std::get_if<Sam::DecodedFrame>(&*event);
            const auto request = frame ? Sam::parseRequest(frame->payload) : std::nullopt;
            if (!request)
                continue;
            QByteArray reply;
            switch (request->command) {
            case Sam::Command::ReadSamId:
                reply = Sam::response(Sam::Status::Ok, QByteArray(16, '\0'));
                break;
            case Sam::Command::FindCard:
                reply = Sam::response(Sam::Status::CardFound, QByteArray(4, '\0'));
                break;
            case Sam::Command::SelectCard:
                reply = Sam::response(Sam::Status::Ok, QByteArray(8, '\0'));
                break;
            case Sam::Command::ReadText:
            case Sam::Command::ReadTextFingerprint: {
                QByteArray data("\x01\x00\x04\x00", 4); // text 256, photo 1024: the lengths add up
                for (int i = 0; i < 256 + 1024; ++i)
                    data.append(char(m_random.bounded(256)));
                reply = Sam::response(Sam::Status::Ok, data);
                ++m_reads;
                break;
            }
            case Sam::Command::ReadAddedAddress:
                reply = Sam::response(Sam::Status::NoContent);
                break;
            default:
                reply = Sam::response(Sam::Status::Ok);
                break;
            }
            if (::write(m_master, reply.constData(), size_t(reply.size())) != reply.size())
                return;
        }
    }

    QRandomGenerator m_random;
    RegPoint::Devices::Sam::FrameDecoder m_decoder;
    int m_master = -1;
    int m_slave = -1;
    QString m_port;
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_reads = 0;
};

// A card for the simulator's --cards file: the first demo card with `changes` applied.
QByteArray cardsJson(const QJsonObject &changes)
{
    QJsonObject card { { QStringLiteral("type"), QStringLiteral("resident") },
        { QStringLiteral("name"), QStringLiteral("刘子涵") }, { QStringLiteral("gender"), QStringLiteral("2") },
        { QStringLiteral("nation"), QStringLiteral("01") },
        { QStringLiteral("birth_date"), QStringLiteral("2008-03-12") },
        { QStringLiteral("address"), QStringLiteral("湖南省长沙市芙蓉区韭菜园路18号") },
        { QStringLiteral("id_number"), QStringLiteral("430102200803120028") },
        { QStringLiteral("authority"), QStringLiteral("长沙市公安局芙蓉分局") },
        { QStringLiteral("valid_from"), QStringLiteral("2022-05-01") },
        { QStringLiteral("valid_to"), QStringLiteral("2037-05-01") } };
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        card.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject { { QStringLiteral("cards"), QJsonArray { card } } }).toJson();
}

// Certificates that are no CA, made with the openssl command line once (valid until 2126):
// a version 1 self-signed certificate (no extensions at all), and a version 3 one whose key
// usage allows certificate signing but that carries no basicConstraints.
constexpr char kVersion1SelfSigned[] = R"(-----BEGIN CERTIFICATE-----
MIIBSTCB7wIUPGqZOcfozHsSWdOGTA8s5sLXbY8wCgYIKoZIzj0EAwIwJjERMA8G
A1UEAwwITm90IEEgQ0ExETAPBgNVBAoMCEF0dGFja2VyMCAXDTI2MTEzMDExMDUz
N1oYDzIxMjYxMTA2MTEwNTM3WjAmMREwDwYDVQQDDAhOb3QgQSBDQTERMA8GA1UE
CgwIQXR0YWNrZXIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASuXGuz/b21Wl00
5cjXHpru1w+7K+XwCOlnr86c0WOeGsuw8jy/RSULABymnODZchr7CSxoez6Mu+JZ
J4EVT1+4MAoGCCqGSM49BAMCA0kAMEYCIQC/5+KHxv9SVzBIQ/TiA0Vjinrdx9bD
ym67mXQQVPHZsgIhAOrdVqQ8YLdlSexmdrKbFbTMhx2dJGL8m9zK/D/A55jS
-----END CERTIFICATE-----
)";
constexpr char kNoBasicConstraints[] = R"(-----BEGIN CERTIFICATE-----
MIIBgDCCASegAwIBAgIURDBIZIBhQUqjxDnLX4CPrHaMo28wCgYIKoZIzj0EAwIw
JjERMA8GA1UEAwwITm90IEEgQ0ExETAPBgNVBAoMCEF0dGFja2VyMCAXDTI2MTEz
MDExMDU0MFoYDzIxMjYxMTA2MTEwNTQwWjAmMREwDwYDVQQDDAhOb3QgQSBDQTER
MA8GA1UECgwIQXR0YWNrZXIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASuXGuz
/b21Wl005cjXHpru1w+7K+XwCOlnr86c0WOeGsuw8jy/RSULABymnODZchr7CSxo
ez6Mu+JZJ4EVT1+4ozEwLzAdBgNVHQ4EFgQUTJkrDB6MhWlyK0HnDTo6lOaG4gow
DgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMCA0cAMEQCICWjUgtxRKIqafywA/Cj
++VD9iFg+yiqliDSShAI7giuAiBAHXPXO0aBkjCXEXyPqd/10U5XMCZzRaf8mB4/
zsKaAg==
-----END CERTIFICATE-----
)";

} // namespace

class tst_RedteamInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void photoCheckReadsOnlyRegularFiles();
    void photoFixRefusesWhatIsNoFile();
    void pictureBombIsRefusedBeforeDecoding_data();
    void pictureBombIsRefusedBeforeDecoding();
    void absurdProfileIsRefused_data();
    void absurdProfileIsRefused();
    void photoFixNeverClaimsAWriteThatFailed_data();
    void photoFixNeverClaimsAWriteThatFailed();
    void readerFaultsAreNamed_data();
    void readerFaultsAreNamed();
    void implausibleCardTextIsRefused_data();
    void implausibleCardTextIsRefused();
    void forgedReaderWithRandomPayloadsIsRefused();
    void provisionRefusesACertificateThatIsNoCa_data();
    void provisionRefusesACertificateThatIsNoCa();
};

// `photo check` on what is no photo file: each is refused at once from what it is, under the
// memory cap, and the batch goes on (the good photo at the end is still checked: nothing is lost).
void tst_RedteamInputs::photoCheckReadsOnlyRegularFiles()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.jpg")); // nobody ever writes to it
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = dir.filePath(QStringLiteral("folder.jpg"));
    QVERIFY(QDir().mkdir(folder));
    // A 3 GB sparse ".jpg" costs no disk, but reading it costs 3 GB: refused from its size.
    const QString giant = dir.filePath(QStringLiteral("giant.jpg"));
    QFile file(giant);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray("\xFF\xD8\xFF\xE0", 4)) == 4);
    QVERIFY(file.resize(qint64(3) * 1024 * 1024 * 1024));
    file.close();
    const QStringList notFiles { QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), fifo, folder };

    const Run run = ctl(QStringList { QStringLiteral("photo"), QStringLiteral("check") } + notFiles
        + QStringList { giant, photo("astronaut-compliant.jpg"), QStringLiteral("--json") });
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = run.json().array();
    QCOMPARE(results.size(), notFiles.size() + 2);
    for (qsizetype i = 0; i < notFiles.size(); ++i) {
        QCOMPARE(results.at(i)[QStringLiteral("file")].toString(), notFiles.at(i));
        QCOMPARE(results.at(i)[QStringLiteral("ok")].toBool(), false);
        const QJsonObject format = checkOf(results.at(i), QStringLiteral("format"));
        QCOMPARE(format[QStringLiteral("ok")].toBool(), false);
        QCOMPARE(format[QStringLiteral("value")].toString(), QStringLiteral("no regular file"));
        QVERIFY2(format[QStringLiteral("message")].toString().contains(notFiles.at(i)), run.describe());
    }
    const QJsonValue giantResult = results.at(notFiles.size());
    QCOMPARE(
        checkOf(giantResult, QStringLiteral("format"))[QStringLiteral("value")].toString(), QStringLiteral("not read"));
    // What the giant is stays on the report: its real size against the profile's range.
    const QJsonObject size = checkOf(giantResult, QStringLiteral("file_size"));
    QCOMPARE(size[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(size[QStringLiteral("value")].toString(), QStringLiteral("3145728.0 KB"));
    QVERIFY2(results.last()[QStringLiteral("ok")].toBool(), run.describe());
}

void tst_RedteamInputs::photoFixRefusesWhatIsNoFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("in.jpg"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString out = dir.filePath(QStringLiteral("out.jpg"));
    for (const QString &in : { QStringLiteral("/dev/zero"), fifo }) {
        const Run run = ctl({ QStringLiteral("photo"), QStringLiteral("fix"), in, out });
        QVERIFY2(run.finished, run.describe());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(in.toUtf8()) && run.err.contains("not a regular file"), run.describe());
        QVERIFY(!QFile::exists(out));
    }
}

// A few hundred bytes that claim a picture of gigapixels: refused from the header, whatever the
// environment says about Qt's own allocation limit (QT_IMAGEIO_MAXALLOC is the attacker's too).
void tst_RedteamInputs::pictureBombIsRefusedBeforeDecoding_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("check") << QStringLiteral("check");
    QTest::newRow("fix") << QStringLiteral("fix");
}

void tst_RedteamInputs::pictureBombIsRefusedBeforeDecoding()
{
    QFETCH(QString, action);
    QTemporaryDir dir;
    const QString bomb = dir.filePath(QStringLiteral("bomb.jpg"));
    const QByteArray bytes = pictureBomb(QSize(30000, 30000));
    QVERIFY(!bytes.isEmpty() && bytes.size() < 4096);
    QVERIFY(writeFile(bomb, bytes));
    Limits limits;
    limits.env.insert(QStringLiteral("QT_IMAGEIO_MAXALLOC"), QStringLiteral("100000"));
    QStringList args { QStringLiteral("photo"), action, bomb };
    if (action == u"fix")
        args << dir.filePath(QStringLiteral("out.jpg"));
    else
        args << QStringLiteral("--json");
    const Run run = ctl(args, limits);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 1);
    if (action == u"check") {
        const QJsonObject format = checkOf(run.json().array().at(0), QStringLiteral("format"));
        QCOMPARE(format[QStringLiteral("value")].toString(), QStringLiteral("30000×30000"));
        QVERIFY2(format[QStringLiteral("message")].toString().contains(QStringLiteral("megapixels")), run.describe());
    } else {
        QVERIFY2(run.err.contains("30000") && run.err.contains("megapixels"), run.describe());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.jpg"))));
    }
}

// A profile is data from a file anyone may hand over: a frame of 60000×80000 used to take the
// machine's memory, "width": "abc" and reversed ranges were used silently.
void tst_RedteamInputs::absurdProfileIsRefused_data()
{
    QTest::addColumn<QByteArray>("json"); // empty: the profile "file" is /dev/zero
    QTest::addColumn<QByteArray>("named"); // what the message must name
    const QByteArray colours = R"("backgrounds": ["#FFFFFF"])";
    QTest::newRow("a 60000×80000 frame") << R"({"width": 60000, "height": 80000, )" + colours + "}"
                                         << QByteArray("width");
    QTest::newRow("width is text") << R"({"width": "abc", )" + colours + "}" << QByteArray("width");
    QTest::newRow("file size range reversed") << R"({"file_kb": [40, 20], )" + colours + "}" << QByteArray("file_kb");
    QTest::newRow("eye line below the frame")
        << R"({"eye_line_px": [200, 9000], )" + colours + "}" << QByteArray("eye_line_px");
    QTest::newRow("the profile is /dev/zero") << QByteArray() << QByteArray("/dev/zero");
}

void tst_RedteamInputs::absurdProfileIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, named);
    QTemporaryDir dir;
    QString profile = QStringLiteral("/dev/zero");
    if (!json.isEmpty()) {
        profile = dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(writeFile(profile, json));
    }
    const QString out = dir.filePath(QStringLiteral("out.jpg"));
    const Run run = ctl({ QStringLiteral("photo"), QStringLiteral("fix"), photo("astronaut-480x640.jpg"), out,
        QStringLiteral("--profile"), profile });
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), run.describe());
    QVERIFY(!QFile::exists(out));
}

// "Wrote" only when the photo is on the disk: a full disk (a device that fails every write, a
// file size limit) ends with a clear message and a non-zero exit, and leaves no half file.
void tst_RedteamInputs::photoFixNeverClaimsAWriteThatFailed_data()
{
    QTest::addColumn<QString>("target"); // "full": a /dev/full made in a temporary folder
    QTest::addColumn<int>("fileSizeLimit"); // bytes, 0 for none
    QTest::newRow("a /dev/full device") << QStringLiteral("full") << 0;
    QTest::newRow("the disk fills up") << QStringLiteral("out.jpg") << 4096;
}

void tst_RedteamInputs::photoFixNeverClaimsAWriteThatFailed()
{
    QFETCH(QString, target);
    QFETCH(int, fileSizeLimit);
    QTemporaryDir dir;
    const QString out = dir.filePath(target);
    if (target == u"full") {
        // Our own node of the kernel's "full" device (1, 7), so the real /dev/full is never at stake.
        if (::mknod(QFile::encodeName(out).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("mknod is not permitted here (no CAP_MKNOD): cannot make a full device");
    }
    Limits limits;
    if (fileSizeLimit > 0)
        limits.fileSize = rlim_t(fileSizeLimit);
    const Run run
        = ctl({ QStringLiteral("photo"), QStringLiteral("fix"), photo("astronaut-compliant.jpg"), out }, limits);
    QVERIFY2(run.finished, run.describe());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains("Wrote"), run.describe());
    QVERIFY2(run.err.contains(out.toUtf8()), run.describe());
    if (target == u"full") {
        struct stat info
        { };
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &info), 0);
        QVERIFY2(S_ISCHR(info.st_mode), "the device was replaced by a file");
    } else {
        QVERIFY(!QFile::exists(out));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden).size(), target == u"full" ? 1 : 0);
}

// The reader command tells a misbehaving reader and a card taken away from "no reader" and
// "no card": a stream of bad checksums used to read as "no reader" (exit 3), a card removed
// mid-read as "no card" (exit 4).
void tst_RedteamInputs::readerFaultsAreNamed_data()
{
    QTest::addColumn<QStringList>("simArgs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("every answer has a bad checksum") << QStringList { QStringLiteral("--place"), QStringLiteral("0"),
        QStringLiteral("--bad-checksum"), QStringLiteral("1000000") }
                                                     << 5 << QByteArray("damaged");
    QTest::newRow("the card is taken off during the read")
        << QStringList { QStringLiteral("--place"), QStringLiteral("0"), QStringLiteral("--remove-mid-read") } << 6
        << QByteArray("taken off");
}

void tst_RedteamInputs::readerFaultsAreNamed()
{
    QFETCH(QStringList, simArgs);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, says);
    Simulator sim(simArgs);
    QVERIFY(!sim.port().isEmpty());
    const Run run = ctl({ QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"), sim.port(),
        QStringLiteral("--timeout-ms"), QStringLiteral("5000") });
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(says), run.describe());
    QVERIFY(run.out.isEmpty());
}

// Card text that no card holds is refused as a protocol error and never printed: control
// characters, a name no person has, fields that break their own format.
void tst_RedteamInputs::implausibleCardTextIsRefused_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<int>("exitCode");
    const auto change = [](const char *key, const QString &value) {
        return QJsonObject { { QString::fromLatin1(key), value } };
    };
    QTest::newRow("plausible card (control)") << QJsonObject {} << 0;
    QTest::newRow("bell character in the name") << change("name", QStringLiteral("刘\u0007子涵")) << 5;
    QTest::newRow("escape sequence in the name") << change("name", QStringLiteral("\u001b[2J刘子涵")) << 5;
    QTest::newRow("line break in the address")
        << change("address", QStringLiteral("湖南省长沙市\n芙蓉区韭菜园路18号")) << 5;
    QTest::newRow("digits in the name") << change("name", QStringLiteral("刘子涵2")) << 5;
    QTest::newRow("markup in the name") << change("name", QStringLiteral("<b>刘</b>")) << 5;
    QTest::newRow("one-character name") << change("name", QStringLiteral("刘")) << 5;
    QTest::newRow("gender code outside GB/T 2261.1") << change("gender", QStringLiteral("7")) << 5;
    QTest::newRow("birth date is no 8 digits") << change("birth_date", QStringLiteral("2008031X")) << 5;
    QTest::newRow("letters in the ID number") << change("id_number", QStringLiteral("4301022008O3120028")) << 5;
    QTest::newRow("nation code is no number") << change("nation", QStringLiteral("汉")) << 5;
}

void tst_RedteamInputs::implausibleCardTextIsRefused()
{
    QFETCH(QJsonObject, changes);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString cards = dir.filePath(QStringLiteral("cards.json"));
    QVERIFY(writeFile(cards, cardsJson(changes)));
    Simulator sim({ QStringLiteral("--cards"), cards, QStringLiteral("--place"), QStringLiteral("0") });
    QVERIFY(!sim.port().isEmpty());
    const Run run = ctl({ QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"), sim.port(),
        QStringLiteral("--timeout-ms"), QStringLiteral("5000"), QStringLiteral("--json") });
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    if (exitCode == 0) {
        QCOMPARE(run.json()[QStringLiteral("name")].toString(), QStringLiteral("刘子涵"));
        return;
    }
    QVERIFY2(run.out.isEmpty(), run.describe()); // nothing of the card is printed
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY2(!run.err.contains("\x07") && !run.err.contains("\x1b"), run.describe());
}

// The attacker's forged reader: frames perfect, text random. 17 such reads were taken for cards.
void tst_RedteamInputs::forgedReaderWithRandomPayloadsIsRefused()
{
    for (quint32 seed = 1; seed <= 17; ++seed) {
        ForgedReader reader(seed);
        QVERIFY(!reader.port().isEmpty());
        const Run run = ctl({ QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"), reader.port(),
            QStringLiteral("--timeout-ms"), QStringLiteral("5000") });
        const QByteArray what = "seed " + QByteArray::number(seed) + ": " + run.describe();
        QVERIFY2(run.finished, what.constData());
        QVERIFY2(reader.readsAnswered() > 0, what.constData());
        QVERIFY2(run.exitCode == 5, what.constData());
        QVERIFY2(run.out.isEmpty(), what.constData());
    }
}

// `provision --ca` takes the trust anchor of every certificate to come: a certificate that may
// not sign others (no basicConstraints CA:TRUE) is refused before a key is made.
void tst_RedteamInputs::provisionRefusesACertificateThatIsNoCa_data()
{
    using RegPoint::Exchange::CertificateAuthority;
    QTest::addColumn<QByteArray>("ca");
    QTest::addColumn<int>("exitCode");
    const CertificateAuthority province = CertificateAuthority::create(QStringLiteral("Test Province CA"));
    // A point certificate (CA:FALSE), as any provisioned point has one, handed over as "the CA".
    QTemporaryDir other;
    RegPoint::Kiosk::MachineProvisioning point(other.path());
    const auto csr = point.begin(
        QStringLiteral("430102-02"), CertificateAuthority::rsaKeyPair(3072).publicPem, province.certificatePem());
    QVERIFY(csr);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("the province's CA (control)") << province.certificatePem() << 0;
    QTest::newRow("a point certificate (CA:FALSE)")
        << province.issue(csr.value(), now.addDays(-1), now.addYears(1)) << 1;
    QTest::newRow("version 1 self-signed, no extensions") << QByteArray(kVersion1SelfSigned) << 1;
    QTest::newRow("keyCertSign but no basicConstraints") << QByteArray(kNoBasicConstraints) << 1;
}

void tst_RedteamInputs::provisionRefusesACertificateThatIsNoCa()
{
    QFETCH(QByteArray, ca);
    QFETCH(int, exitCode);
    static const QByteArray provinceKey = RegPoint::Exchange::CertificateAuthority::rsaKeyPair(3072).publicPem;
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.pem")), ca));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("province.pem")), provinceKey));
    const QString data = dir.filePath(QStringLiteral("data"));
    const Run run = ctl({ QStringLiteral("provision"), QStringLiteral("--point-code"), QStringLiteral("430102-01"),
        QStringLiteral("--province-key"), dir.filePath(QStringLiteral("province.pem")), QStringLiteral("--ca"),
        dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("--data-dir"), data });
    QVERIFY2(run.finished, run.describe());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QCOMPARE(QFile::exists(data + QStringLiteral("/keys/machine.key")), exitCode == 0);
    if (exitCode != 0)
        QVERIFY2(run.err.contains("CA:TRUE"), run.describe());
}

QTEST_GUILESS_MAIN(tst_RedteamInputs)
#include "tst_redteam_inputs.moc"
