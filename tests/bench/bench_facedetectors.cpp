// The face detector choice of docs/photo.md, measured: OpenCV's Haar cascades (what the checks
// use) against dlib's HOG detector with its 68-point landmarks, on the labelled photo set (face
// count, open eyes) and for speed on one 480x640 photo and one 1280x720 frame.
// Built only when libdlib-dev is installed; scripts/run-bench installs it with libdlib-data.
#include "benchstats.h"
#include "photo/photoinspector.h"
#include "photoset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>

#include <cstdio>

using namespace RegPoint;

namespace {

dlib::array2d<unsigned char> toDlibGray(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    dlib::array2d<unsigned char> out(gray.height(), gray.width());
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            out[y][x] = line[x];
    }
    return out;
}

// Eye aspect ratio (Soukupová & Čech 2016) of landmarks first..first+5: open eyes ~0.3, closed < 0.2.
double eyeAspect(const dlib::full_object_detection &shape, int first)
{
    auto d = [&](int a, int b) { return dlib::length(shape.part(first + a) - shape.part(first + b)); };
    return (d(1, 5) + d(2, 4)) / (2.0 * d(0, 3));
}

struct Verdicts
{
    int faceCountRight = 0, faceCountLabelled = 0;
    int eyesRight = 0, eyesLabelled = 0;
};

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    const Kiosk::PhotoInspector inspector(Kiosk::PhotoProfile::load(QStringLiteral("hunan-2023")).value());
    dlib::frontal_face_detector hog = dlib::get_frontal_face_detector();
    dlib::shape_predictor landmarks;
    dlib::deserialize(LANDMARK_MODEL) >> landmarks;

    Verdicts cascade, dlibVerdicts;
    for (const Tests::LabelledPhoto &photo : Tests::labelledPhotoSet(QStringLiteral(PHOTO_DIR), inspector)) {
        const QImage image = QImage::fromData(photo.file);
        if (image.isNull())
            continue;
        const Kiosk::PhotoReport report = inspector.inspectImage(image);
        const auto img = toDlibGray(image);
        const std::vector<dlib::rectangle> faces = hog(img);
        bool dlibEyesOpen = false;
        if (faces.size() == 1) {
            const dlib::full_object_detection shape = landmarks(img, faces.front());
            dlibEyesOpen = eyeAspect(shape, 36) > 0.2 && eyeAspect(shape, 42) > 0.2;
        }
        if (photo.expected.contains(QStringLiteral("face_count"))) {
            const bool truth = photo.expected.value(QStringLiteral("face_count"));
            ++cascade.faceCountLabelled;
            ++dlibVerdicts.faceCountLabelled;
            cascade.faceCountRight += report.find(QStringLiteral("face_count"))->ok == truth ? 1 : 0;
            dlibVerdicts.faceCountRight += (faces.size() == 1) == truth ? 1 : 0;
            if ((faces.size() == 1) != truth)
                std::printf("  dlib face_count wrong on %s (%zu faces)\n", qPrintable(photo.name), faces.size());
        }
        if (photo.expected.contains(QStringLiteral("eyes_open"))) {
            const bool truth = photo.expected.value(QStringLiteral("eyes_open"));
            ++cascade.eyesLabelled;
            ++dlibVerdicts.eyesLabelled;
            cascade.eyesRight += report.find(QStringLiteral("eyes_open"))->ok == truth ? 1 : 0;
            dlibVerdicts.eyesRight += dlibEyesOpen == truth ? 1 : 0;
            if (dlibEyesOpen != truth)
                std::printf("  dlib eyes_open wrong on %s\n", qPrintable(photo.name));
        }
    }
    std::printf("labelled set: face_count right  cascade %d/%d  dlib %d/%d\n", cascade.faceCountRight,
        cascade.faceCountLabelled, dlibVerdicts.faceCountRight, dlibVerdicts.faceCountLabelled);
    std::printf("labelled set: eyes_open right   cascade %d/%d  dlib (EAR > 0.2) %d/%d\n", cascade.eyesRight,
        cascade.eyesLabelled, dlibVerdicts.eyesRight, dlibVerdicts.eyesLabelled);

    const QImage photo(QStringLiteral(PHOTO_DIR "/astronaut-compliant.jpg"));
    QImage frame(1280, 720, QImage::Format_RGB888);
    frame.fill(photo.pixelColor(0, 0));
    QPainter(&frame).drawImage(400, 0, photo.scaled(540, 720));
    for (const auto &[name, image] : { std::pair { "480x640 photo", photo }, std::pair { "1280x720 frame", frame } }) {
        QList<double> cascadeMs, hogMs, landmarkMs;
        const auto img = toDlibGray(image);
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            (void)inspector.locateFace(image); // face + eyes + hair top
            cascadeMs.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            const std::vector<dlib::rectangle> faces = hog(img);
            hogMs.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            if (!faces.empty())
                (void)landmarks(img, faces.front());
            landmarkMs.append(timer.nsecsElapsed() / 1e6);
        }
        Bench::report(QStringLiteral("%1: OpenCV cascades, face + eyes").arg(QLatin1String(name)), cascadeMs);
        Bench::report(QStringLiteral("%1: dlib HOG face detector").arg(QLatin1String(name)), hogMs);
        Bench::report(QStringLiteral("%1: dlib 68 landmarks").arg(QLatin1String(name)), landmarkMs);
    }
    return 0;
}

} // namespace

// dlib reports a missing or damaged model, and its own failures, by exceptions.
int main(int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_facedetectors: %s\n", e.what());
        return 1;
    }
}
