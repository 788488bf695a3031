// Photo analysis time: a 480x640 photo (the capture check) and a 1280x720 camera frame (the live
// preview), through PhotoInspector::inspectImage on one core; PhotoFixer::fix of an imported
// file (its check reused), of a photo from scratch and of a capture; and
// `photo check` of 100 files in one process (the landmark model loaded once), on the real-face
// set where ../shared/data/faces is present, else on the astronaut set repeated.
// Usage: bench_photocheck [RUNS=50]

#include "benchstats.h"
#include "photo/photofixer.h"
#include "photo/photoheap.h"
#include "photo/photoinspector.h"
#include "photoset.h"
#include "realfaceset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>

#include <cstdio>

using namespace RegPoint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Kiosk::keepImageBuffersInHeap(); // as the kiosk and regpointctl run
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    QFile file(QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();
    const QImage photo = QImage::fromData(bytes);
    QImage frame(1280, 720, QImage::Format_RGB888);
    frame.fill(photo.pixelColor(0, 0));
    QPainter(&frame).drawImage(400, 0, photo.scaled(540, 720));

    QElapsedTimer loading;
    loading.start();
    const Kiosk::PhotoInspector inspector(Kiosk::PhotoProfile::load(QStringLiteral("hunan-2023")).value());
    std::printf("inspector with the landmark model loaded: %.0f ms\n", double(loading.nsecsElapsed()) / 1e6);
    const Kiosk::PhotoFixer fixer(inspector);
    QList<double> file480, image480, frame720, live720, fix, fixChecked, fix720;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        (void)inspector.inspectFile(bytes);
        file480.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        (void)inspector.inspectImage(photo);
        image480.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        (void)inspector.inspectImage(frame);
        frame720.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        (void)inspector.analyseLive(frame);
        live720.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        (void)fixer.fix(photo); // includes the check of the source and of the result
        fix.append(double(timer.nsecsElapsed()) / 1e6);
        std::optional<Kiosk::FaceGeometry> where;
        const Kiosk::PhotoReport asChecked = inspector.inspectImage(photo, &where);
        timer.restart();
        (void)fixer.fix(photo, asChecked, where); // an imported file: its check already shown
        fixChecked.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        (void)fixer.fix(frame);
        fix720.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::report(QStringLiteral("check a 480x640 JPEG file (decode + all checks)"), file480);
    Bench::report(QStringLiteral("check a 480x640 image"), image480);
    Bench::report(QStringLiteral("all checks on a 1280x720 frame"), frame720);
    Bench::report(QStringLiteral("live guidance on a 1280x720 frame (analyseLive)"), live720);
    Bench::report(
        QStringLiteral("fix a checked 480x640 file (import): frame, background, encode, final check"), fixChecked);
    Bench::report(QStringLiteral("fix a 480x640 photo from scratch (photo fix): check, the same"), fix);
    Bench::report(QStringLiteral("fix a 1280x720 camera capture: the same"), fix720);

    QList<QByteArray> files;
    const QString faces = Tests::realFacesDir();
    for (const Tests::LabelledPhoto &p : faces.isEmpty()
            ? Tests::labelledPhotoSet(QStringLiteral(PHOTO_DIR), inspector)
            : Tests::realFaceSet(faces, QStringLiteral(PHOTO_DIR "/faces.json"), inspector.profile(), nullptr))
        files.append(p.file);
    QList<double> perFile;
    for (int i = 0; i < 100 && !files.isEmpty(); ++i) {
        timer.restart();
        (void)inspector.inspectFile(files.at(i % files.size()));
        perFile.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Bench::report(QStringLiteral("photo check of 100 files in one process, per file (%1)")
                      .arg(faces.isEmpty() ? QStringLiteral("astronaut set") : QStringLiteral("real faces")),
        perFile);
    return 0;
}
