#include "photo/photofixer.h"
#include "photo/photoinspector.h"
#include "realfaceset.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QTest>
#include <QTransform>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

namespace {
QImage base()
{
    QFile file(QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg"));
    return file.open(QIODevice::ReadOnly) ? QImage::fromData(file.readAll()).convertToFormat(QImage::Format_RGB888)
                                          : QImage();
}
QImage onCanvas(const QImage &in, QSize canvas, QPoint at, double scale)
{
    QImage out(canvas, QImage::Format_RGB888);
    out.fill(in.pixelColor(2, 2));
    QPainter(&out).drawImage(at, in.scaled(in.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    return out;
}
bool okIn(const PhotoFix &fix, const char *id)
{
    const PhotoCheck *c = fix.report.find(QString::fromLatin1(id));
    return c && c->ok;
}
} // namespace

// The fix repairs framing, exposure and encoding, and nothing the rules forbid touching.
class tst_PhotoFixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void framesAndEncodes_data();
    void framesAndEncodes();
    void floatingBustIsRefused();
    void onlyTheFileIsReencoded();
    void checkedFileIsFixedAsFromScratch();
    void neverMirrors();
    void neverRotates();
    void exposureIsGlobal();
    void whiteShirtGetsAColouredBackdrop();
    void noFaceIsRefused();

private:
    std::unique_ptr<PhotoInspector> m_inspector;
    std::unique_ptr<PhotoFixer> m_fixer;
};

void tst_PhotoFixer::initTestCase()
{
    m_inspector = std::make_unique<PhotoInspector>(PhotoProfile::load(QStringLiteral("hunan-2023")).value());
    m_fixer = std::make_unique<PhotoFixer>(*m_inspector);
    QVERIFY(!base().isNull());
}

void tst_PhotoFixer::framesAndEncodes_data()
{
    QTest::addColumn<QImage>("input");
    QTest::addColumn<bool>("compliant"); // resampling an already soft photo twice may blur it past the limit
    const QImage b = base();
    QTest::newRow("the portrait as it is") << b << true;
    // The portrait pasted so that the body runs out of the frame's lower edge, as in a capture.
    QTest::newRow("a large camera frame, head off-centre")
        << onCanvas(b, QSize(1280, 1024), QPoint(600, 1024 - 768), 1.2) << false;
    QTest::newRow("head too small in the frame")
        << onCanvas(b, QSize(800, 1000), QPoint(300, 1000 - 448), 0.7) << false;
}

void tst_PhotoFixer::framesAndEncodes()
{
    QFETCH(QImage, input);
    QFETCH(bool, compliant);
    auto fixed = m_fixer->fix(input);
    QVERIFY2(fixed, qPrintable(fixed.failure().message));
    QCOMPARE(fixed->image.size(), QSize(480, 640));
    for (const char *id :
        { "format", "file_size", "size", "face_count", "centring", "eye_line", "face_width", "hair_top" })
        QVERIFY2(okIn(fixed.value(), id), id);
    QVERIFY(fixed->applied.contains(QStringLiteral("crop_scale")));
    QVERIFY(fixed->applied.contains(QStringLiteral("encode")));
    // The mottled studio backdrop is replaced by the nearest allowed colour.
    QVERIFY(fixed->applied.contains(QStringLiteral("background")));
    QVERIFY(okIn(fixed.value(), "background_color"));
    QVERIFY(okIn(fixed.value(), "background_uniformity"));
    if (compliant)
        QVERIFY2(fixed->isCompliant(),
            qPrintable(fixed->report.mostImportant() ? fixed->report.mostImportant()->id : QString()));
    else
        QVERIFY(okIn(fixed.value(), "sharpness") == fixed->isCompliant()); // only sharpness may be left
    // The smile stays: a warning for the clerk, not something a fix may touch.
    QVERIFY(!okIn(fixed.value(), "mouth_closed"));
}

void tst_PhotoFixer::floatingBustIsRefused()
{
    // The portrait floating in a larger frame, its straight lower edge above the frame's: to
    // reach the head size the rules need, a fix would have to show that edge.
    auto fixed = m_fixer->fix(onCanvas(base(), QSize(800, 1000), QPoint(300, 300), 0.7));
    QVERIFY(!fixed);
    QCOMPARE(fixed.failure().code, QStringLiteral("photo.body-cut"));
    QVERIFY(!fixed.failure().message.isEmpty());
}

void tst_PhotoFixer::onlyTheFileIsReencoded()
{
    // A compliant picture in a file that is too big: the fix re-encodes it and moves nothing.
    QFile file(QStringLiteral(PHOTO_DIR "/astronaut-compliant.jpg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QImage picture = QImage::fromData(file.readAll());
    QByteArray tooBig;
    {
        QBuffer buffer(&tooBig);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "JPEG", 100);
    }
    std::optional<FaceGeometry> where;
    const PhotoReport before = m_inspector->inspectFile(tooBig, &where);
    QVERIFY(!before.find(QStringLiteral("file_size"))->ok);
    QVERIFY(where);
    // From scratch (`regpointctl photo fix`) and from the file's own check (an import): the same.
    for (auto fixed :
        { m_fixer->fix(QImage::fromData(tooBig)), m_fixer->fix(QImage::fromData(tooBig), before, where) }) {
        QVERIFY(fixed);
        QCOMPARE(fixed->applied, QStringList { QStringLiteral("encode") });
        QVERIFY(fixed->isCompliant());
        QCOMPARE(fixed->report.find(QStringLiteral("eye_line"))->value, before.find(QStringLiteral("eye_line"))->value);
        QCOMPARE(fixed->report.find(QStringLiteral("hair_top"))->value, before.find(QStringLiteral("hair_top"))->value);
    }
}

void tst_PhotoFixer::checkedFileIsFixedAsFromScratch()
{
    // A file whose picture fails (grey bars either side, the face small): the fix that starts
    // from the file's check does exactly what a fix from scratch does.
    const QImage source = onCanvas(base(), QSize(480, 640), QPoint(60, 160), 0.75);
    std::optional<FaceGeometry> where;
    const PhotoReport asChecked = m_inspector->inspectImage(source, &where);
    QVERIFY(!asChecked.ok());
    auto fromScratch = m_fixer->fix(source);
    auto fromCheck = m_fixer->fix(source, asChecked, where);
    QVERIFY(fromScratch);
    QVERIFY(fromCheck);
    QVERIFY(fromScratch->applied.contains(QStringLiteral("crop_scale")));
    QCOMPARE(fromCheck->applied, fromScratch->applied);
    QCOMPARE(fromCheck->jpeg, fromScratch->jpeg);
    // No face found by the check: refused, never fixed blind.
    QVERIFY(!m_fixer->fix(source, asChecked, std::nullopt));
}

void tst_PhotoFixer::neverMirrors()
{
    // A red mark on the image-left cheek must stay on the image-left cheek.
    QImage marked = base();
    QPainter(&marked).fillRect(165, 300, 16, 16, Qt::red);
    auto fixed = m_fixer->fix(marked);
    QVERIFY(fixed);
    int leftRed = 0, rightRed = 0;
    for (int y = 0; y < 640; ++y) {
        for (int x = 0; x < 480; ++x) {
            const QColor c = fixed->image.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                ++(x < 240 ? leftRed : rightRed);
        }
    }
    QVERIFY(leftRed > 50);
    QCOMPARE(rightRed, 0);
}

void tst_PhotoFixer::neverRotates()
{
    const QImage tilted = base().transformed(QTransform().rotate(14), Qt::SmoothTransformation);
    auto fixed = m_fixer->fix(tilted);
    if (!fixed)
        return; // refused outright: also no rotation
    const PhotoCheck *roll = fixed->report.find(QStringLiteral("roll"));
    QVERIFY(roll);
    QVERIFY2(!roll->ok, qPrintable(roll->value)); // still tilted: a retake, not a rotation
    QVERIFY(!fixed->isCompliant());
}

void tst_PhotoFixer::exposureIsGlobal()
{
    QImage dark = base();
    for (int y = 0; y < dark.height(); ++y) {
        uchar *line = dark.scanLine(y);
        for (int x = 0; x < dark.width() * 3; ++x)
            line[x] = uchar(line[x] * 0.3);
    }
    QVERIFY(!m_inspector->inspectImage(dark).find(QStringLiteral("exposure"))->ok);
    auto fixed = m_fixer->fix(dark);
    QVERIFY(fixed);
    QVERIFY(fixed->applied.contains(QStringLiteral("exposure")));
    QVERIFY(okIn(fixed.value(), "exposure"));
}

void tst_PhotoFixer::noFaceIsRefused()
{
    QImage empty(480, 640, QImage::Format_RGB888);
    empty.fill(QColor(100, 197, 255));
    auto fixed = m_fixer->fix(empty);
    QVERIFY(!fixed);
    QCOMPARE(fixed.failure().code, QStringLiteral("photo.no-single-face"));
}

void tst_PhotoFixer::whiteShirtGetsAColouredBackdrop()
{
    // A real portrait (077: a white shirt before a pale shutter): the new backdrop must stand
    // apart from the shirt, so not white (nor the light grey next to it), but light blue.
    const QString faces = RegPoint::Tests::realFacesDir();
    if (faces.isEmpty())
        QSKIP("../shared/data/faces is not here (set REGPOINT_FACES_DIR)");
    const QImage portrait(faces + QStringLiteral("/077.jpg"));
    QVERIFY(!portrait.isNull());
    auto fixed = m_fixer->fix(portrait);
    QVERIFY2(fixed, qPrintable(fixed ? QString() : fixed.failure().message));
    QVERIFY(fixed->applied.contains(QStringLiteral("background")));
    const QColor corner = fixed->image.pixelColor(3, 3);
    QVERIFY2(std::abs(corner.red() - 100) < 12 && std::abs(corner.green() - 197) < 12 && corner.blue() > 240,
        qPrintable(corner.name()));
}

QTEST_GUILESS_MAIN(tst_PhotoFixer)
#include "tst_photofixer.moc"
