// Record save latency: validated identity -> duplicate check -> AES-GCM -> SQLite commit
// (WAL, synchronous=FULL) on a real file, through the same RecordRegistrar the kiosk uses.
// Usage: bench_recordsave [N=1000] [DIR]   (DIR: put the database on a particular disk)

#include "benchstats.h"
#include "identity/regiondirectory.h"
#include "records/recordregistrar.h"
#include "records/recordstore.h"
#include "tempworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace RegPoint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX") : QString());
    Tests::FakeClock clock;
    QElapsedTimer timer;

    timer.start();
    auto ws = Kiosk::Workspace::open(dir.path(), clock, Tests::TempWorkspace::fastOptions());
    if (!ws)
        return 1;
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto regions = ws.value()->regions().size();
    const double regionsMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 op = ws.value()->operators().create(Tests::testSupervisor())->id;

    QList<double> saves;
    for (int i = 0; i < n; ++i) {
        // A distinct valid number per save: one birth day per thousand sequence numbers.
        const QString first17 = QStringLiteral("430102")
            + QDate(2007, 1, 1).addDays(i / 1000).toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
        Kiosk::CandidateIdentity identity = Tests::testIdentity(first17 + Kiosk::IdNumber::checkCharacter(first17));
        timer.restart();
        auto saved = ws.value()->registrar().registerIdentity(identity, Kiosk::EntryMethod::Manual, op);
        saves.append(double(timer.nsecsElapsed()) / 1e6);
        if (!saved)
            return 1;
        clock.advance(std::chrono::seconds(30));
    }
    QTextStream(stdout) << "workspace open (new database, migrations, key): " << QString::number(openMs, 'f', 2)
                        << " ms" << Qt::endl;
    QTextStream(stdout) << "region table load (" << regions << " regions): " << QString::number(regionsMs, 'f', 2)
                        << " ms" << Qt::endl;
    Bench::report(QStringLiteral("record save (dup check + encrypt + commit, synchronous=FULL)"), saves);

    QList<double> lists;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        (void)ws.value()->records().list(50);
        lists.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::report(QStringLiteral("home list of 50 (decrypt)"), lists);
    return 0;
}
