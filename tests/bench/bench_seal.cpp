// Seal + store of one complete record with a ~30 KB photo, through the kiosk's services on a
// real SQLite file: the photo encrypted and attached (photo_ok), then the record sealed to the
// province (AES-256-GCM, RSA-3072 OAEP wrap, ECDSA P-256 signature) and the envelope committed.
// Usage: bench_seal [N=200] [DIR]
#include "benchstats.h"
#include "crypto/demoprovince.h"
#include "demo/demoday.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "tempworkspace.h"
#include "testreviews.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace RegPoint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX") : QString());
    Tests::FakeClock clock;
    if (!Kiosk::DemoProvince(dir.path()).provisionPoint(QStringLiteral("430102-01"), clock.now()))
        return 1;
    auto ws = Kiosk::Workspace::open(dir.path(), clock, Tests::TempWorkspace::fastOptions());
    if (!ws || !ws.value()->sealer())
        return 1;
    const qint64 op = ws.value()->operators().create(Tests::testSupervisor())->id;
    const QList<Kiosk::CandidateIdentity> people = Kiosk::syntheticCandidates(n, 2026);
    const QByteArray photo = Kiosk::syntheticPortrait(1);
    std::printf("photo: %.1f KB\n", photo.size() / 1024.0);

    QList<double> attach, seal, both;
    QElapsedTimer timer;
    for (const Kiosk::CandidateIdentity &person : people) {
        const auto saved = ws.value()->registrar().registerIdentity(person, Kiosk::EntryMethod::Card, op);
        if (!saved || !Tests::reviewEligible(ws.value()->records(), saved->id, op))
            return 1;
        timer.restart();
        if (!ws.value()->records().attachPhoto(saved->id, photo, op))
            return 1;
        const double attachMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!ws.value()->sealing().seal(saved->id, op))
            return 1;
        const double sealMs = double(timer.nsecsElapsed()) / 1e6;
        attach.append(attachMs);
        seal.append(sealMs);
        both.append(attachMs + sealMs);
    }
    Bench::report(QStringLiteral("attach photo (encrypt + commit)"), attach);
    Bench::report(QStringLiteral("seal + store (read, decrypt, seal, sign, commit)"), seal);
    Bench::report(QStringLiteral("photo attached and record sealed"), both);
    return 0;
}
