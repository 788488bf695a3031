// The card at the desk as the clerk feels it: the whole kiosk (simulated devices, offscreen), the
// real serial driver on a pseudo-terminal whose simulator releases bytes at 115200 baud, and the
// time from the card placed on the antenna to the review screen painted with its data. The card
// lands at a random moment of the poll cycle, as a hand does. Then the CPU of the kiosk waiting at
// the start screen, polling for the next card (reader and simulator in this one process: an
// upper bound for the reader alone).
// Usage: bench_cardreview [CARDS=30] [POLL_MS=production]   (QT_QPA_PLATFORM=offscreen)

#include "benchstats.h"
#include "flow/registrationflow.h"
#include "idcard/samsimulatorport.h"
#include "kioskassembly.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "tempworkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>

#include <sys/resource.h>

using namespace RegPoint;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Notes when the review screen paints, which it does once the card's data is on it.
class PaintWatch : public QObject
{
public:
    qint64 paintedAt = 0;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt == 0)
            paintedAt = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int cards = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    App::KioskOptions devices;
    devices.simulate = true;
    if (argc > 2)
        devices.readerTimings.pollInterval = std::chrono::milliseconds(QByteArray(argv[2]).toInt());
    const int pollMs = int(devices.readerTimings.pollInterval.count());

    Tests::TempWorkspace ws;
    auto workspace = Kiosk::Workspace::open(ws.dataDir(), ws.clock(), Tests::TempWorkspace::fastOptions());
    if (!ws.isValid() || !workspace)
        return 1;
    App::LanguageSwitcher language;
    App::KioskAssembly kiosk(std::move(workspace).value(), language, devices, {});
    kiosk.window().resize(1366, 768);
    kiosk.window().show();
    kiosk.simulator()->faults().paceBaud = 115200;
    if (!kiosk.flow().start()
        || !kiosk.flow().createFirstSupervisor({ QStringLiteral("wang.li"), QStringLiteral("王丽"),
            Kiosk::Role::Supervisor, QStringLiteral("desk-2026-ok"), QStringLiteral("desk-2026-ok") }))
        return 1;
    if (!waitUntil([&] { return kiosk.reader() && kiosk.reader()->status().state == Devices::ReaderState::Ready; }))
        return 1;
    // The day opens on the morning check (the bench's folder is not provisioned: with a reason).
    if (!waitUntil([&] { return kiosk.readiness().report().settled(); })
        || !kiosk.flow().openDay(kiosk.readiness().report(), {}, QStringLiteral("benchmark desk")))
        return 1;
    auto *review = kiosk.window().findChild<QWidget *>(QStringLiteral("cardReviewScreen"));
    if (!review)
        return 1;

    QElapsedTimer clock;
    clock.start();
    PaintWatch watch;
    watch.clock = &clock;
    review->installEventFilter(&watch);
    QList<double> placedToPainted;
    for (int i = 0; i < cards; ++i) {
        idleFor(int(QRandomGenerator::global()->bounded(pollMs + 1))); // anywhere in the poll cycle
        watch.paintedAt = 0;
        const qint64 placedAt = clock.nsecsElapsed();
        kiosk.placeNextDemoCard();
        if (!waitUntil(
                [&] { return kiosk.flow().step() == Kiosk::FlowStep::CardReview && watch.paintedAt > placedAt; }))
            return 1;
        placedToPainted.append(double(watch.paintedAt - placedAt) / 1e6);
        kiosk.flow().discardCard();
        kiosk.removeDemoCard();
        if (!waitUntil([&] { return kiosk.reader()->status().state == Devices::ReaderState::Ready; }))
            return 1;
    }
    Bench::report(
        QStringLiteral("card placed -> review screen painted, %1 ms poll, 115200 baud").arg(pollMs), placedToPainted);

    const double before = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    idleFor(10000);
    const double cpu = (cpuSeconds() - before) / (double(idle.elapsed()) / 1000.0) * 100.0;
    QTextStream(stdout) << "kiosk idle at the start screen, polling (10 s): " << QString::number(cpu, 'f', 2)
                        << " % of one core" << Qt::endl;
    return 0;
}
