#include "photo/capturestabilizer.h"
#include "photo/liveanalyser.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace std::chrono_literals;

// The live half of the photo step: auto-capture timing, analysis off the GUI thread.
class tst_LiveCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stabilizerFiresOnceAfterSteadySecond();
    void stabilizerRestartsWhenFaceMoves();
    void stabilizerResetsWhenNotReady();
    void analyserKeepsOnlyTheNewestFrame();

private:
    static LiveGuidance ready(QPointF centre, double width = 200)
    {
        LiveGuidance g;
        g.faceFound = true;
        g.readyToCapture = true;
        g.face = QRectF(centre.x() - width / 2, centre.y() - width / 2, width, width);
        return g;
    }
    static QImage cameraFrame()
    {
        const QImage portrait(QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg"));
        QImage frame(1280, 720, QImage::Format_RGB888);
        frame.fill(portrait.pixelColor(2, 2));
        QPainter(&frame).drawImage(400, 80, portrait);
        return frame;
    }
};

void tst_LiveCapture::stabilizerFiresOnceAfterSteadySecond()
{
    CaptureStabilizer s(1000ms);
    QVERIFY(!s.update(ready({ 640, 300 }), 0ms));
    QCOMPARE(s.progress(500ms), 0.5);
    QVERIFY(!s.update(ready({ 643, 301 }), 500ms)); // breathing: a few pixels
    QVERIFY(!s.update(ready({ 641, 299 }), 999ms));
    QVERIFY(s.update(ready({ 640, 300 }), 1000ms));
    QVERIFY(!s.update(ready({ 640, 300 }), 1500ms)); // once per steady period
    QVERIFY(!s.update(ready({ 640, 300 }), 5000ms));
}

void tst_LiveCapture::stabilizerRestartsWhenFaceMoves()
{
    CaptureStabilizer s(1000ms, 0.06);
    s.update(ready({ 640, 300 }), 0ms);
    QVERIFY(!s.update(ready({ 670, 300 }), 800ms)); // 30 px on a 200-px face: moved
    QVERIFY(!s.update(ready({ 670, 300 }), 1200ms)); // only 400 ms since the move
    QVERIFY(s.update(ready({ 670, 300 }), 1800ms));
    CaptureStabilizer zoom(1000ms, 0.06);
    zoom.update(ready({ 640, 300 }, 200), 0ms);
    QVERIFY(!zoom.update(ready({ 640, 300 }, 240), 1000ms)); // leaned in
}

void tst_LiveCapture::stabilizerResetsWhenNotReady()
{
    CaptureStabilizer s(1000ms);
    s.update(ready({ 640, 300 }), 0ms);
    LiveGuidance blink = ready({ 640, 300 });
    blink.readyToCapture = false;
    QVERIFY(!s.update(blink, 600ms));
    QCOMPARE(s.progress(600ms), 0.0);
    QVERIFY(!s.update(ready({ 640, 300 }), 1100ms));
    QVERIFY(s.update(ready({ 640, 300 }), 2100ms));
}

void tst_LiveCapture::analyserKeepsOnlyTheNewestFrame()
{
    LiveAnalyser analyser(PhotoProfile::load(QStringLiteral("hunan-2023")).value());
    QSignalSpy results(&analyser, &LiveAnalyser::guidanceReady);
    const QImage frame = cameraFrame();
    QImage empty(1280, 720, QImage::Format_RGB888);
    empty.fill(Qt::white);
    // A burst faster than any analysis: the first is analysed, the last waits, the rest are dropped.
    analyser.submit(empty);
    for (int i = 0; i < 8; ++i)
        analyser.submit(empty);
    analyser.submit(frame);
    QTRY_COMPARE(results.size(), 2);
    QTest::qWait(100);
    QCOMPARE(results.size(), 2);
    QCOMPARE(analyser.droppedCount(), 8);
    QVERIFY(!results.at(0).at(0).value<LiveGuidance>().faceFound);
    const auto newest = results.at(1).at(0).value<LiveGuidance>();
    QVERIFY(newest.faceFound);
    QVERIFY(newest.face.center().x() > 500 && newest.face.center().x() < 780);
}

QTEST_GUILESS_MAIN(tst_LiveCapture)
#include "tst_livecapture.moc"
