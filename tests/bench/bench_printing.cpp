// The capture slip from record to PDF bytes in memory (what the desk sends to the printer when a
// record is saved), and through the print service to the simulated queue and back; the
// registration sheet of the six snapshot records, one by one and as a batch of 300 sheets.
// Usage: bench_printing [N=100] [BATCH=300]
#include "benchstats.h"
#include "printer/printservice.h"
#include "printer/simulatedqueue.h"
#include "printing/captureslip.h"
#include "printing/registrationsheet.h"
#include "sheetfixtures.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>

#include <cstdio>

using namespace RegPoint;
using namespace std::chrono_literals;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    Kiosk::CaptureSlip slip { u"27000000000101"_qs, u"欧**轩"_qs, u"4301**********0017"_qs, u"430102001"_qs,
        u"3f2a9c41"_qs, QDateTime::currentDateTime() };

    QElapsedTimer timer;
    timer.start();
    const QByteArray first = slip.pdf(); // fonts opened, the radical table read from the font
    std::printf("first slip (cold): %.1f ms, %.1f KB\n", timer.nsecsElapsed() / 1e6, first.size() / 1024.0);

    QList<double> render;
    for (int i = 0; i < n; ++i) {
        slip.serial = QString::number(27000000000101LL + i);
        timer.restart();
        const QByteArray pdf = slip.pdf();
        render.append(timer.nsecsElapsed() / 1e6);
    }
    Bench::report(u"slip PDF render"_qs, render);

    // Save to "printed": the service's thread, the queue's poll and the outcome's way back.
    Devices::PrintService service(std::make_unique<Devices::SimulatedQueue>(0ms), { 10ms, 5000ms, 10000ms });
    QList<double> printed;
    for (int i = 0; i < std::min(n, 50); ++i) {
        QEventLoop loop;
        timer.restart();
        const quint64 ticket = service.print(slip.pdf(), slip.jobTitle());
        QObject::connect(&service, &Devices::PrintService::finished, &loop, [&](quint64 t) {
            if (t == ticket)
                loop.quit();
        });
        loop.exec();
        printed.append(timer.nsecsElapsed() / 1e6);
    }
    Bench::report(u"slip render + print to the simulated queue (10 ms poll)"_qs, printed);

    const QImage photo(QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg"));
    const QList<Tests::Sheets::Fixture> fixtures = Tests::Sheets::fixtures(photo);
    const Kiosk::SheetTemplate layout = Kiosk::SheetTemplate::forExamYear(2027).value();
    QList<double> sheets;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        const Tests::Sheets::Fixture &f = fixtures.at(i % fixtures.size());
        timer.restart();
        const Kiosk::RegistrationSheet sheet(
            layout, Kiosk::sheetContent(f.form, f.identity, f.capture, QDateTime::currentDateTime(), 1));
        bytes += sheet.pdf(u"sheet"_qs).size();
        sheets.append(timer.nsecsElapsed() / 1e6);
    }
    Bench::report(u"registration sheet PDF render (six records in turn)"_qs, sheets);
    std::printf("  mean sheet PDF: %.1f KB\n", double(bytes) / n / 1024.0);

    // The batch print's rendering: every sheet of a point, one after another.
    const int batch = argc > 2 ? QByteArray(argv[2]).toInt() : 300;
    timer.restart();
    for (int i = 0; i < batch; ++i) {
        const Tests::Sheets::Fixture &f = fixtures.at(i % fixtures.size());
        const Kiosk::RegistrationSheet sheet(
            layout, Kiosk::sheetContent(f.form, f.identity, f.capture, QDateTime::currentDateTime(), 1));
        bytes = sheet.pdf(u"sheet"_qs).size();
    }
    std::printf("batch of %d sheets: %.2f s\n", batch, timer.nsecsElapsed() / 1e9);
    return 0;
}
