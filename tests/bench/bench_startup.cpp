// Cold start of the kiosk: process start to the login screen painted, measured by regpoint
// itself (--exit-when-shown) and as wall time around the whole process.
// Usage: bench_startup [RUNS=10]    Runs offscreen unless DISPLAY is set.

#include "benchstats.h"
#include "tempworkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

using namespace RegPoint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 10;
    Tests::TempWorkspace ws; // with an operator, so the kiosk opens on the login screen
    if (!ws->operators().create(Tests::testSupervisor()))
        return 1;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QList<double> shown, wall, residentMb;
    for (int i = 0; i < runs; ++i) {
        QProcess regpoint;
        regpoint.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        regpoint.start(QStringLiteral(REGPOINT_BIN),
            { QStringLiteral("--data-dir"), ws.dataDir(), QStringLiteral("--exit-when-shown"),
                QStringLiteral("--simulate") });
        if (!regpoint.waitForFinished(30000) || regpoint.exitCode() != 0)
            return 1;
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        for (const QByteArray &line : regpoint.readAllStandardOutput().split('\n')) {
            if (line.startsWith("shown_ms "))
                shown.append(line.mid(9).toDouble());
            if (line.startsWith("rss_kb "))
                residentMb.append(line.mid(7).toDouble() / 1024);
        }
    }
    QTextStream(stdout) << "platform: " << env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))
                        << Qt::endl;
    Bench::report(QStringLiteral("start to login screen painted (in-process)"), shown);
    Bench::report(QStringLiteral("process wall time incl. exit"), wall);
    QTextStream(stdout) << "resident memory at the login screen: p50 "
                        << QString::number(Bench::percentile(residentMb, 50), 'f', 1) << " MiB, max "
                        << QString::number(Bench::percentile(residentMb, 100), 'f', 1) << " MiB" << Qt::endl;
    return 0;
}
