#include "photo/photoinspector.h"
#include "photoset.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests::PhotoVariants;

namespace {

QByteArray readBase()
{
    QFile file(QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage base()
{
    return QImage::fromData(readBase()).convertToFormat(QImage::Format_RGB888);
}

} // namespace

// Each check reacts to its own defect, on variants generated from one public-domain portrait.
class tst_PhotoInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void basePortrait();
    void defects_data();
    void defects();
    void files_data();
    void files();
    void profile();
    void liveGuidance_data();
    void liveGuidance();

private:
    std::unique_ptr<PhotoInspector> m_inspector;
};

void tst_PhotoInspector::initTestCase()
{
    auto profile = PhotoProfile::load(QStringLiteral("hunan-2023"));
    QVERIFY(profile);
    m_inspector = std::make_unique<PhotoInspector>(profile.value());
    QVERIFY2(m_inspector->hasFaceDetector(), "install opencv-data");
    QVERIFY(!readBase().isEmpty());
}

void tst_PhotoInspector::basePortrait()
{
    const PhotoReport report = m_inspector->inspectFile(readBase());
    QCOMPARE(report.checks.size(), 20);
    for (const char *id : { "format", "file_size", "size", "color", "face_count", "centring", "eye_line", "face_width",
             "roll", "eyes_open", "sharpness", "exposure", "red_eye" })
        QVERIFY2(report.find(QString::fromLatin1(id))->ok, id);
    // What is wrong with it: a broad smile, hair at the top edge, a mottled grey studio backdrop.
    QVERIFY(!report.find(QStringLiteral("mouth_closed"))->ok);
    QVERIFY(!report.find(QStringLiteral("hair_top"))->ok);
    QVERIFY(!report.find(QStringLiteral("background_color"))->ok);
    QVERIFY(!report.ok());
    QCOMPARE(report.mostImportant()->severity, PhotoSeverity::Error);
}

void tst_PhotoInspector::defects_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<QString>("failing");
    const QImage b = base();
    QTest::newRow("grayscale") << grayscale(b) << "color";
    QTest::newRow("blurred") << blurred(b) << "sharpness";
    QTest::newRow("off-centre to the right") << shifted(b, 70) << "centring";
    QTest::newRow("off-centre to the left") << shifted(b, -70) << "centring";
    QTest::newRow("head too small") << scaledAbout(b, 0.6, QPointF(b.width() / 2.0, b.height() / 2.0)) << "face_width";
    QTest::newRow("under-exposed") << exposed(b, 0.3) << "exposure";
    QTest::newRow("over-exposed") << exposed(b, 1.6) << "exposure";
    QTest::newRow("two faces") << twoPeople(b) << "face_count";
    QTest::newRow("wrong frame size") << b.scaled(400, 600) << "size";
    QTest::newRow("no face at all") << QImage(480, 640, QImage::Format_RGB888) << "face_count";
}

void tst_PhotoInspector::defects()
{
    QFETCH(QImage, image);
    QFETCH(QString, failing);
    const PhotoReport report = m_inspector->inspectImage(image);
    const PhotoCheck *check = report.find(failing);
    QVERIFY(check);
    QVERIFY2(!check->ok, qPrintable(check->value));
    QCOMPARE(check->severity, PhotoSeverity::Error);
    QVERIFY(!check->message.isEmpty());
    QVERIFY(!report.ok());
    // Whatever could not be measured is a warning for the clerk, never a silent pass.
    for (const PhotoCheck &c : report.checks)
        QVERIFY2(c.ok || !c.message.isEmpty(), qPrintable(c.id));
}

void tst_PhotoInspector::files_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("failing");
    const QByteArray jpeg = readBase();
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        base().save(&buffer, "PNG");
    }
    QByteArray lowDpi;
    {
        QImage image = base();
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        QBuffer buffer(&lowDpi);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 75);
    }
    QTest::newRow("PNG instead of JPEG") << png << "format";
    QTest::newRow("truncated JPEG") << jpeg.left(jpeg.size() / 2) << "format";
    QTest::newRow("random bytes") << QByteArray(30000, '\x42') << "format";
    QTest::newRow("empty file") << QByteArray() << "format";
    QTest::newRow("96 dpi") << lowDpi << "format";
    QTest::newRow("PNG is too big a file") << png << "file_size";
    QTest::newRow("truncated PNG") << png.left(png.size() / 2) << "format";
    QByteArray corruptJpeg = jpeg;
    for (qsizetype i = corruptJpeg.size() / 3; i < corruptJpeg.size() / 3 + 400; ++i)
        corruptJpeg[i] = char(0xFF - uchar(corruptJpeg[i])); // scan data scrambled, markers intact at the end
    QTest::newRow("corrupt JPEG scan data") << corruptJpeg << "format";
    QByteArray corruptPng = png;
    corruptPng[40] = char(corruptPng[40] ^ 0x5A); // inside IHDR/IDAT: the CRC no longer matches
    QTest::newRow("corrupt PNG") << corruptPng << "format";
}

void tst_PhotoInspector::files()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, failing);
    const PhotoReport report = m_inspector->inspectFile(bytes);
    QVERIFY(report.find(failing));
    QVERIFY(!report.find(failing)->ok);
    QVERIFY(!report.ok());
}

void tst_PhotoInspector::profile()
{
    const auto p = PhotoProfile::load(QStringLiteral("hunan-2023"));
    QCOMPARE(p->size, QSize(480, 640));
    QCOMPARE(p->eyeLinePx.min, 200);
    QCOMPARE(p->backgrounds.size(), 3);
    QCOMPARE(p->backgrounds.first(), QColor(100, 197, 255));
    QCOMPARE(
        PhotoProfile::load(QStringLiteral("shandong-1999")).failure().code, QStringLiteral("photo.profile-missing"));
    QCOMPARE(PhotoProfile::fromJson("{\"width\": 480}").failure().code, QStringLiteral("photo.profile-damaged"));
}

namespace {
// A 1280x720 camera frame with the portrait `height` pixels tall, its left edge at `x`.
QImage cameraFrame(int height, int x)
{
    QImage frame(1280, 720, QImage::Format_RGB888);
    frame.fill(QColor(100, 197, 255));
    const QImage person = base().scaledToHeight(height, Qt::SmoothTransformation);
    QPainter(&frame).drawImage(x < 0 ? (1280 - person.width()) / 2 : x, 720 - height, person);
    return frame;
}
} // namespace

void tst_PhotoInspector::liveGuidance_data()
{
    QTest::addColumn<QImage>("frame");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("hint"); // the check the preview should talk about
    QTest::newRow("well placed") << cameraFrame(720, -1) << true << "";
    QTest::newRow("too far from the camera") << cameraFrame(320, -1) << false << "face_width";
    QTest::newRow("off to one side") << cameraFrame(720, 0) << false << "centring";
    QTest::newRow("nobody there") << QImage(1280, 720, QImage::Format_RGB888) << false << "face_count";
}

void tst_PhotoInspector::liveGuidance()
{
    QFETCH(QImage, frame);
    QFETCH(bool, ready);
    QFETCH(QString, hint);
    const LiveGuidance live = m_inspector->analyseLive(frame);
    QCOMPARE(live.readyToCapture, ready);
    if (hint.isEmpty()) {
        QVERIFY(!live.hint() || live.hint()->severity == PhotoSeverity::Warn);
        QVERIFY(live.faceFound);
        QVERIFY(live.face.width() > 200); // reported in frame coordinates
        QVERIFY(live.eyeLineY > live.face.top() && live.eyeLineY < live.face.bottom());
    } else {
        QVERIFY(live.hint());
        QCOMPARE(live.hint()->id, hint);
        QVERIFY(!live.hint()->message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_PhotoInspector)
#include "tst_photoinspector.moc"
