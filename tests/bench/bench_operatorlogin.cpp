// How long a login (or an approver's check) takes for an unknown name, a known name with a wrong
// or right password and a locked account, at the production scrypt cost: the four must not be
// told apart by time (docs/security.md). First through the library, then as an attacker times it,
// through `regpointctl operator reset-password --by NAME` (process start included).
// Usage: bench_operatorlogin [N=20] [CLI_RUNS=10]
#include "benchstats.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "tempworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

using namespace RegPoint;

namespace {

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    const int cliRuns = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    QTemporaryDir dir;
    Tests::FakeClock clock;
    auto opened = Kiosk::Workspace::open(dir.path(), clock); // production cost
    if (!opened)
        return 1;
    Kiosk::Workspace &ws = *opened.value();
    const QString password = QStringLiteral("clerk-pass-1");
    const auto create = [&](const QString &name, Kiosk::Role role) {
        return ws.operators().create({ name, QStringLiteral("某人"), role, password, password });
    };
    const auto clerk = create(QStringLiteral("zhang.min"), Kiosk::Role::Clerk);
    const auto locked = create(QStringLiteral("li.locked"), Kiosk::Role::Clerk);
    const auto supervisor = create(QStringLiteral("wang.li"), Kiosk::Role::Supervisor);
    if (!clerk || !locked || !supervisor)
        return 1;
    const Kiosk::LoginGuard lockedForAnHour { 0, clock.now().addSecs(3600), 1 };
    if (!ws.operatorStore().setLoginGuard(locked->id, lockedForAnHour))
        return 1;

    QList<double> unknown, wrong, right, lockedOut;
    for (int i = 0; i < n; ++i) {
        (void)ws.operatorStore().setLoginGuard(clerk->id, {}); // no lockout from the wrong ones
        unknown << millisecondsOf([&] { (void)ws.operators().authenticate(QStringLiteral("no.such.user"), password); });
        wrong << millisecondsOf(
            [&] { (void)ws.operators().authenticate(QStringLiteral("zhang.min"), QStringLiteral("wrong-pass-1")); });
        right << millisecondsOf([&] { (void)ws.operators().authenticate(QStringLiteral("zhang.min"), password); });
        lockedOut << millisecondsOf([&] { (void)ws.operators().authenticate(QStringLiteral("li.locked"), password); });
    }
    Bench::report(QStringLiteral("library, unknown name"), unknown);
    Bench::report(QStringLiteral("library, known name, wrong password"), wrong);
    Bench::report(QStringLiteral("library, known name, right password"), right);
    Bench::report(QStringLiteral("library, locked account"), lockedOut);

    const auto reset = [&](const QString &by) {
        return millisecondsOf([&] {
            QProcess ctl;
            ctl.start(QStringLiteral(REGPOINTCTL_BIN),
                { QStringLiteral("operator"), QStringLiteral("reset-password"), QStringLiteral("--data-dir"),
                    dir.path(), QStringLiteral("--username"), QStringLiteral("zhang.min"), QStringLiteral("--by"), by,
                    QStringLiteral("--password-stdin") });
            ctl.write("wrong-pass-1\nnew-pass-2026\n");
            ctl.closeWriteChannel();
            ctl.waitForFinished(60000);
        });
    };
    QList<double> cliUnknown, cliKnown;
    for (int i = 0; i < cliRuns; ++i) {
        (void)ws.operatorStore().setLoginGuard(supervisor->id, {});
        cliUnknown << reset(QStringLiteral("no.such.user"));
        cliKnown << reset(QStringLiteral("wang.li"));
    }
    Bench::report(QStringLiteral("regpointctl reset-password, unknown approver"), cliUnknown);
    Bench::report(QStringLiteral("regpointctl reset-password, known approver, wrong password"), cliKnown);
    return 0;
}
