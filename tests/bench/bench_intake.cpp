// Intake throughput: P points at once, each on its own mutual-TLS connection, announce a manifest
// of R sealed records (~30 KB photos) and upload them one after another, as a county's points do
// at the day's end. A real regpoint-intake on a throwaway PostgreSQL 15 that flushes its commits
// (fsync and synchronous_commit on, as a province runs it), or on its SQLite default.
// Counts the records accepted with a signed receipt, and where the machine's CPU went: the points'
// side (this process: TLS, HTTP) against the intake and its database (the rest). Target: >= 1,000
// records/s accepted on 2 cores with 50 points.
// Usage: bench_intake [POINTS=50] [RECORDS_PER_POINT=40] [postgresql|sqlite] [INTAKE_THREADS]
// (INTAKE_THREADS: the intake's --threads; its default is one per core)
#include "benchstats.h"
#include "intakefixture.h"
#include "jsonfields.h"
#include "receipt.h"
#include "syncmessages.h"
#include "testprovince.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>

#include <sys/resource.h>

using namespace RegPoint;
using namespace RegPoint::Testing;

namespace {

constexpr int kPhotoBytes = 30 * 1024;

struct PointLoad
{
    TestPoint point;
    QUuid batch;
    QList<QUuid> ids;
    QList<QByteArray> envelopes;
    QByteArray manifest; // made before the clock starts: a point's ledger holds its hashes already
};

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Busy CPU seconds of the whole machine (all processes), from /proc/stat.
double machineCpuSeconds()
{
    std::ifstream stat("/proc/stat");
    std::string cpu;
    long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0;
    stat >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq;
    return double(user + nice + system + irq + softirq) / double(sysconf(_SC_CLK_TCK));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray manifestOf(const PointLoad &load)
{
    Exchange::Manifest manifest;
    manifest.batch = load.batch;
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    const QString hash = sha256Hex(load.point.code.toLatin1());
    manifest.auditHead = { 1000, hash, QByteArray::fromBase64(TestProvince::signAuditTip(load.point, 1000, hash)) };
    for (qsizetype i = 0; i < load.ids.size(); ++i)
        manifest.records.append({ load.ids[i], sha256Hex(load.envelopes[i]), load.envelopes[i].size(),
            Exchange::Decision::Approved, {}, {} });
    return QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int points = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 50;
    const int perPoint = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 40;
    const bool postgres = !(argc > 3 && QByteArray(argv[3]) == "sqlite");
    const QStringList intakeOptions
        = argc > 4 ? QStringList { QStringLiteral("--threads"), QString::fromLatin1(argv[4]) } : QStringList {};

    TestProvince province;
    ThrowawayPostgres database;
    IntakeServerProcess intake(province);
    if (postgres) {
        QString error;
        if (!database.start(&error, ThrowawayPostgres::Durability::Durable)) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        intake.setStore(database.uri(), database.flushesCommits());
    }

    std::printf("sealing %d records for %d points...\n", points * perPoint, points);
    QTemporaryDir certificates;
    QList<PointLoad> loads;
    for (int p = 0; p < points; ++p) {
        PointLoad load;
        load.point = province.point(QStringLiteral("4301%1-01").arg(p + 10, 2, 10, QLatin1Char('0')));
        load.batch = QUuid::createUuid();
        for (int r = 0; r < perPoint; ++r) {
            load.ids.append(QUuid::createUuid());
            load.envelopes.append(TestProvince::seal(load.point, load.ids.last(), kPhotoBytes));
        }
        const QString certPath = certificates.filePath(load.point.code + QStringLiteral(".crt"));
        QFile cert(certPath);
        if (!cert.open(QIODevice::WriteOnly) || cert.write(load.point.certPem) != load.point.certPem.size())
            return 1;
        cert.close();
        if (intake.command({ QStringLiteral("enrol"), certPath }) != 0) {
            std::fprintf(stderr, "enrolling %s failed\n", qPrintable(load.point.code));
            return 1;
        }
        load.manifest = manifestOf(load);
        loads.append(std::move(load));
    }
    if (intake.start(intakeOptions) == 0)
        return 1;

    std::atomic<int> accepted = 0, refused = 0;
    QMutex latencyLock;
    QList<double> uploadMs;
    std::atomic<bool> go = false;
    std::vector<std::thread> threads;
    for (const PointLoad &load : std::as_const(loads)) {
        threads.emplace_back([&, load] {
            IntakeClient client(intake.port(), province.caPem(), load.point);
            if (!client.handshake().isEmpty()) {
                refused += perPoint;
                return;
            }
            while (!go)
                std::this_thread::yield();
            if (client.request("POST", "/v1/batches", load.manifest).status != 200) {
                refused += perPoint;
                return;
            }
            QList<double> mine;
            for (qsizetype i = 0; i < load.ids.size(); ++i) {
                QElapsedTimer one;
                one.start();
                const HttpAnswer answer = client.request("PUT",
                    "/v1/batches/" + Exchange::uuidText(load.batch).toLatin1() + "/records/"
                        + Exchange::uuidText(load.ids[i]).toLatin1(),
                    load.envelopes[i]);
                mine.append(double(one.nsecsElapsed()) / 1e6);
                const QJsonObject receipt = answer.json().value(u"receipt").toObject();
                const bool signedAccept = answer.status == 200 && !receipt.value(u"signature").toString().isEmpty()
                    && receipt.value(u"body").toObject().value(u"state").toString() == u"accepted";
                (signedAccept ? accepted : refused) += 1;
            }
            QMutexLocker locked(&latencyLock);
            uploadMs += mine;
        });
    }
    // Every connection is up before the clock starts: the load, not the handshakes, is measured.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const double clientCpuBefore = processCpuSeconds();
    const double machineCpuBefore = machineCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    go = true;
    for (std::thread &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double clientCpu = processCpuSeconds() - clientCpuBefore;
    const double machineCpu = machineCpuSeconds() - machineCpuBefore;

    std::printf("store %s, %d points x %d records (%d KB photos): %d accepted with a signed receipt, %d not, in "
                "%.2f s wall: %.0f records/s\n",
        postgres ? "postgresql" : "sqlite", points, perPoint, kPhotoBytes / 1024, accepted.load(), refused.load(),
        seconds, accepted.load() / seconds);
    std::printf("CPU: %.2f s busy on the machine (%u cores, %.0f %% of them); the points' side (TLS, HTTP) %.2f s, "
                "the intake and its database the other %.2f s (%.2f ms a record)\n",
        machineCpu, std::thread::hardware_concurrency(),
        100.0 * machineCpu / (seconds * std::thread::hardware_concurrency()), clientCpu, machineCpu - clientCpu,
        1000.0 * (machineCpu - clientCpu) / std::max(1, accepted.load()));
    Bench::report(QStringLiteral("upload round trip"), uploadMs);
    return refused.load() == 0 ? 0 : 1;
}
