#include "camera/qtcamerasource.h"
#include "camera/stillimagesource.h"
#include "camera/videofilesource.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace RegPoint::Devices;

// The camera path through QtMultimedia, fed by the simulators that ship in the product.
class tst_FrameSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void videoFilePlaysThroughQtMultimedia();
    void missingVideoIsAnError();
    void stillImageStreams();
    void noCameraIsReported();

private:
    QTemporaryDir m_dir;
    QString m_video;
};

void tst_FrameSources::initTestCase()
{
    // A short MJPEG AVI, written without ffmpeg: a face-sized disc moving over a light-blue backdrop.
    m_video = m_dir.filePath(QStringLiteral("camera.avi"));
    cv::VideoWriter writer(m_video.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 15, cv::Size(640, 480));
    QVERIFY(writer.isOpened());
    for (int i = 0; i < 30; ++i) {
        cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(255, 197, 100));
        cv::circle(frame, cv::Point(280 + i * 3, 220), 90, cv::Scalar(150, 170, 220), cv::FILLED);
        writer.write(frame);
    }
}

void tst_FrameSources::videoFilePlaysThroughQtMultimedia()
{
    VideoFileSource source(m_video);
    QSignalSpy frames(&source, &FrameSource::frameReady);
    QSignalSpy states(&source, &FrameSource::statusChanged);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 10, 10000);
    QCOMPARE(source.status().state, CameraState::Streaming);
    QCOMPARE(source.status().resolution, QSize(640, 480));
    const auto frame = frames.last().first().value<QImage>();
    QCOMPARE(frame.size(), QSize(640, 480));
    const QColor corner = frame.pixelColor(5, 5); // the backdrop, through MJPEG and YUV: close to RGB(100,197,255)
    QVERIFY2(
        std::abs(corner.red() - 100) < 20 && std::abs(corner.green() - 197) < 20 && std::abs(corner.blue() - 255) < 20,
        qPrintable(corner.name()));
    // It loops: 30 frames at 15 fps, and more keep coming.
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 40, 10000);
    source.stop();
    QCOMPARE(source.status().state, CameraState::NotConnected);
}

void tst_FrameSources::missingVideoIsAnError()
{
    VideoFileSource source(m_dir.filePath(QStringLiteral("nothing.avi")));
    source.start();
    QCOMPARE(source.status().state, CameraState::Error);
    QVERIFY(source.status().message.contains(QStringLiteral("nothing.avi")));
}

void tst_FrameSources::stillImageStreams()
{
    QImage image(480, 640, QImage::Format_RGB888);
    image.fill(Qt::white);
    StillImageSource source(image, 20);
    QSignalSpy frames(&source, &FrameSource::frameReady);
    source.start();
    QCOMPARE(source.status().state, CameraState::Streaming);
    QTRY_VERIFY(frames.size() >= 5);
    QCOMPARE(frames.first().first().value<QImage>().size(), QSize(480, 640));
}

void tst_FrameSources::noCameraIsReported()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("a camera is attached to this machine");
    QtCameraSource camera;
    camera.start();
    QCOMPARE(camera.status().state, CameraState::NotConnected);
    QVERIFY(!camera.status().message.isEmpty());
}

QTEST_MAIN(tst_FrameSources)
#include "tst_framesources.moc"
