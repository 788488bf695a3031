// The day-end sync: N sealed records with ~30 KB photos sent by the kiosk's SyncRun to a real
// regpoint-intake over loopback mutual TLS, until every receipt is verified and kept. Prints the
// wall time and where it went (manifest, uploads, status pull). Target: 1,000 records <= 5 s.
// Usage: bench_daysync [N=1000] [sqlite|postgresql]
#include "crypto/machineprovisioning.h"
#include "demo/demoday.h"
#include "intakefixture.h"
#include "sync/pointsync.h"
#include "sync/syncledger.h"
#include "tempworkspace.h"
#include "testprovince.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUrl>

#include <cstdio>

#include <sys/resource.h>

using namespace RegPoint;

namespace {
double cpuSeconds() // this process, user + system
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const bool postgres = argc > 2 && QByteArray(argv[2]) == "postgresql";

    Testing::TestProvince province;
    Tests::TempWorkspace ws;
    ws.clock().set(QDateTime::currentDateTime());
    if (!ws.provisionBy(province, QStringLiteral("430102-01")))
        return 1;
    std::printf("filling the store with %d sealed records...\n", n);
    if (!Kiosk::runDemoDay(*ws, n, 2026))
        return 1;

    Testing::ThrowawayPostgres database;
    Testing::IntakeServerProcess intake(province);
    if (postgres) {
        QString error;
        if (!database.start(&error)) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        intake.setStore(database.uri(), database.flushesCommits());
    }
    if (intake.command({ QStringLiteral("enrol"), QDir(ws.dataDir()).filePath(QStringLiteral("keys/machine.crt")) })
            != 0
        || intake.start() == 0)
        return 1;

    auto sync = Kiosk::PointSync::create(ws.dataDir(), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(intake.port())),
        { ws->sync(), ws->records(), ws->audit(), ws->config(), ws->serials(), ws->forms() }, ws.clock());
    if (!sync)
        return 1;
    QElapsedTimer timer;
    qint64 manifestMs = -1, uploadsMs = -1;
    qint64 bytes = 0;
    QObject::connect(&sync.value()->run(), &Kiosk::SyncRun::progress, [&](const Kiosk::SyncProgress &p) {
        if (manifestMs < 0)
            manifestMs = timer.elapsed();
        if (p.recordsDone == p.recordsTotal)
            uploadsMs = timer.elapsed();
        bytes = p.bytesTotal;
    });
    Kiosk::SyncOutcome outcome;
    QObject::connect(&sync.value()->run(), &Kiosk::SyncRun::finished, [&](const Kiosk::SyncOutcome &o) {
        outcome = o;
        app.quit();
    });
    const double cpuBefore = cpuSeconds();
    timer.start();
    sync.value()->run().start();
    app.exec();
    const double seconds = timer.elapsed() / 1000.0;
    const double clientCpu = cpuSeconds() - cpuBefore;
    if (outcome.stoppedBy || outcome.uploaded != n) {
        std::fprintf(stderr, "sync did not go through: %s\n", qPrintable(outcome.stoppedBy->code));
        return 1;
    }
    std::printf("store %s: %d records, %.1f MB in %.2f s wall (%.0f records/s): manifest answered after %lld ms, "
                "last upload answered at %lld ms, status pull and end at %.0f ms; the kiosk's side used %.2f s of "
                "CPU\n",
        postgres ? "postgresql" : "sqlite", n, bytes / 1048576.0, seconds, n / seconds, manifestMs, uploadsMs,
        seconds * 1000, clientCpu);
    return 0;
}
