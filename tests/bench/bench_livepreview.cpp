// The kiosk's live preview as the photo screen runs it: a 1280x720 camera at 30 fps (the shipped
// still-image simulator) feeding the on-screen preview in the GUI thread and the face analysis
// in its worker thread. Prints frames painted and analysed per second and the CPU used.
// Usage: bench_livepreview [SECONDS] [WIDTHxHEIGHT]   (offscreen or on a display)
// The preview is 448x336 on a 1366x768 desk and 672x504 on a 1920x1080 one (the default).
#include "camera/stillimagesource.h"
#include "io/residentmemory.h"
#include "photo/liveanalyser.h"
#include "photo/photoheap.h"
#include "widgets/livepreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    using namespace RegPoint;
    QApplication app(argc, argv);
    Kiosk::keepImageBuffersInHeap(); // as the kiosk runs
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 10;
    const QImage frame(QStringLiteral(DEMO_FRAME));
    if (frame.isNull())
        return 1;
    const Kiosk::PhotoProfile profile = Kiosk::PhotoProfile::load(QStringLiteral("hunan-2023")).value();

    Devices::StillImageSource camera(frame, 30);
    App::LivePreview preview(profile);
    const QList<QByteArray> size = (argc > 2 ? QByteArray(argv[2]) : QByteArray("672x504")).split('x');
    if (size.size() != 2)
        return 1;
    preview.setFixedSize(size.at(0).toInt(), size.at(1).toInt());
    preview.show();
    Kiosk::LiveAnalyser analyser(profile);
    qint64 delivered = 0;
    QObject::connect(&camera, &Devices::FrameSource::frameReady, &preview, [&](const QImage &f) {
        ++delivered;
        preview.setFrame(f);
        analyser.submit(f);
    });
    QObject::connect(&analyser, &Kiosk::LiveAnalyser::guidanceReady, &preview, &App::LivePreview::setGuidance);

    QElapsedTimer wall;
    const double cpuAtStart = cpuSeconds();
    wall.start();
    camera.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    camera.stop();
    const double elapsed = wall.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpuAtStart;
    std::printf("camera frames delivered: %.1f /s\n", delivered / elapsed);
    std::printf(
        "preview repaints:        %.1f /s (a new frame or new guidance each)\n", preview.framesShown() / elapsed);
    std::printf("frames analysed:         %.1f /s (%lld dropped as stale)\n", analyser.analysedCount() / elapsed,
        qlonglong(analyser.droppedCount()));
    std::printf("preview size:            %dx%d\n", preview.width(), preview.height());
    std::printf("CPU: %.0f %% of one core over %.1f s\n", 100.0 * cpu / elapsed, elapsed);
    std::printf("resident memory, camera running: %.1f MiB\n", double(Kiosk::residentKilobytes()) / 1024);
    return 0;
}
