// regpointctl demo-day: a data directory filled as a day at the desk would fill it.
#include "ctlcommand.h"

#include "clock.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "demo/demoday.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Demo)
};

int demoDay(const QCommandLineParser &parser, CommandParts &parts)
{
    bool countOk = false, seedOk = false;
    const int count = parser.value(QStringLiteral("records")).toInt(&countOk);
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!countOk || count < 1 || count > 100000 || !seedOk)
        return fail(DemoTr::tr("--records takes 1 to 100000 and --seed a non-negative number."), Usage);
    const QString dataDir = dataDirOption(parser);
    const Kiosk::Clock &clock = parts.clock();
    // Synthetic candidates and a supervisor with a published password belong in a demo store only:
    // a folder that already holds a point's data or keys, and was not made by the demo province,
    // is refused, whatever is in it.
    const Kiosk::MachineProvisioning provisioning(dataDir);
    const bool holdsAPoint = QFileInfo(Kiosk::Workspace::databasePath(dataDir)).size() > 0
        || QFileInfo::exists(Kiosk::Workspace::localKeyPath(dataDir))
        || provisioning.state() != Kiosk::ProvisioningState::NotProvisioned;
    if (holdsAPoint && !Kiosk::DemoProvince(dataDir).isItsCa(provisioning.caCertificatePem()))
        return fail(
            DemoTr::tr("%1 holds a registration point's own data (it is not a demo store). A demo day would add "
                       "synthetic candidates and a demo supervisor to it, so nothing was done. Use an empty "
                       "folder: --data-dir /tmp/regpoint-demo.")
                .arg(dataDir));
    if (provisioning.state() != Kiosk::ProvisioningState::Provisioned) {
        if (const Status demo
            = Kiosk::DemoProvince(dataDir).provisionPoint(Kiosk::DemoProvince::defaultPointCode(), clock.now());
            !demo)
            return fail(demo.failure().message);
    }
    auto ws = parts.workspace(dataDir, CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    QElapsedTimer timer;
    timer.start();
    QTextStream err(stderr);
    const Result<Kiosk::DemoDayResult> day = Kiosk::runDemoDay(*ws.value(), count, seed, [&](int done) {
        if (!wantsJson(parser) && done % 100 == 0)
            err << DemoTr::tr("%1 of %2 records…").arg(done).arg(count) << Qt::endl;
    });
    if (!day)
        return fail(day.failure().message);
    if (day->records == 0)
        return fail(DemoTr::tr("No record was registered: all %1 candidates of seed %2 are in this store already. Use "
                               "another --seed.")
                        .arg(count)
                        .arg(seed));
    const double seconds = timer.elapsed() / 1000.0;
    if (wantsJson(parser))
        printJson(QJsonObject { { QStringLiteral("records"), day->records }, { QStringLiteral("sealed"), day->sealed },
            { QStringLiteral("seconds"), seconds }, { QStringLiteral("data_dir"), ws.value()->dataDir() } });
    else
        QTextStream(stdout) << DemoTr::tr("%1 records registered and sealed in %2 s in %3 (operators demo.clerk / "
                                          "demo-clerk-2026 and demo.supervisor / demo-supervisor-2026).")
                                   .arg(day->sealed)
                                   .arg(seconds, 0, 'f', 1)
                                   .arg(ws.value()->dataDir())
                            << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        { QStringLiteral("demo-day"), QString(),
            QStringLiteral("Fill a data directory with N synthetic, sealed records through the kiosk's own services "
                           "(demos, benchmarks, load tests)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("records"), QStringLiteral("How many candidates (default 50)."),
                    QStringLiteral("N"), QStringLiteral("50") });
                p.addOption({ QStringLiteral("seed"), QStringLiteral("Seed of the synthetic people (default 1)."),
                    QStringLiteral("S"), QStringLiteral("1") });
            },
            demoDay },
    };
}

} // namespace RegPoint::Ctl
