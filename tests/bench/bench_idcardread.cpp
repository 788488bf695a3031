// ID card read through the real serial driver and a pty whose simulator releases bytes at
// 115200 baud wire speed.
//  1. select OK -> card parsed (read 30 01 + added address 30 03), against the wire-time floor
//     of those answers (bytes x 10 / baud): the difference is driver + simulator overhead.
//  2. card placed -> card parsed, as the clerk feels it (includes waiting for the next poll).
//  3. CPU while idle-polling for 10 s (reader and simulator in this one process: an upper bound).
// Usage: bench_idcardread [READS=20]

#include "benchstats.h"
#include "idcard/samframe.h"
#include "idcard/samsimulatorport.h"
#include "idcard/serialidcardreader.h"
#include "idcard/simulatedcards.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

using namespace RegPoint;
using namespace RegPoint::Devices;

namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

double cpuSeconds()
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
    const int reads = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    constexpr int baud = 115200;

    SamSimulatorPort sim;
    sim.faults().paceBaud = baud;
    if (!sim.open())
        return 1;
    ReaderTimings timings; // production timings
    SerialIdCardReader reader(sim.slavePath(), timings, { baud });

    QElapsedTimer clock;
    clock.start();
    qint64 selectOkAt = 0, parsedAt = 0;
    QObject::connect(&reader, &IdCardReader::statusChanged, [&](const ReaderStatus &s) {
        if (s.state == ReaderState::Reading)
            selectOkAt = clock.nsecsElapsed();
    });
    QObject::connect(&reader, &IdCardReader::cardRead, [&](const IdCardData &) { parsedAt = clock.nsecsElapsed(); });
    reader.start();
    waitUntil([&] { return reader.status().state == ReaderState::Ready; });
    if (reader.status().state != ReaderState::Ready)
        return 1;

    const IdCardData card = demoCards().first(); // no added address: 30 03 answers 0x91
    const qsizetype readAnswer = Sam::response(Sam::Status::Ok, QByteArray(4 + 256 + 1024, '\0')).size();
    const qsizetype addressAnswer = Sam::response(Sam::Status::NoContent).size();
    // The pty paces what the module sends; the PC's two 10-byte requests cross it instantly
    // (on a real wire they add 1.7 ms), so the floor counts the answers.
    const double floorMs = double(readAnswer + addressAnswer) * 10.0 * 1000.0 / baud;

    QList<double> readPhase, placedToParsed, overhead;
    for (int i = 0; i < reads; ++i) {
        parsedAt = 0;
        const qint64 placedAt = clock.nsecsElapsed();
        sim.module().placeCard(card);
        waitUntil([&] { return parsedAt != 0; });
        if (!parsedAt)
            return 1;
        const double read = double(parsedAt - selectOkAt) / 1e6;
        readPhase.append(read);
        overhead.append(read - floorMs);
        placedToParsed.append(double(parsedAt - placedAt) / 1e6);
        sim.module().removeCard();
        waitUntil([&] { return reader.status().state == ReaderState::Ready; });
    }
    QTextStream(stdout) << "wire-time floor for the 30 01 + 30 03 answers at " << baud << " baud ("
                        << readAnswer + addressAnswer << " bytes): " << QString::number(floorMs, 'f', 2) << " ms"
                        << Qt::endl;
    Bench::report(QStringLiteral("select OK -> card parsed"), readPhase);
    Bench::report(QStringLiteral("overhead over the wire floor"), overhead);
    Bench::report(
        QStringLiteral("card placed -> parsed (incl. up to one %1 ms poll)").arg(timings.pollInterval.count()),
        placedToParsed);

    // Idle: a reader waiting for a card, polling.
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu = (cpuSeconds() - cpuBefore) / (double(idle.elapsed()) / 1000.0) * 100.0;
    QTextStream(stdout) << "idle polling CPU (reader + simulator, 10 s): " << QString::number(cpu, 'f', 3)
                        << " % of one core, " << sim.requestsSeen() << " requests served in all" << Qt::endl;
    reader.stop();
    return 0;
}
