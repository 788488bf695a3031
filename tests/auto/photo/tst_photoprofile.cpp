#include "photo/photoprofile.h"
#include "sync/provincephotoprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <sys/stat.h>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

namespace {

// The built-in profile as JSON, with `changes` applied (a null value removes the key).
QByteArray profileWith(const QJsonObject &changes)
{
    QFile builtIn(QStringLiteral(":/photo/hunan-2023.json"));
    builtIn.open(QIODevice::ReadOnly);
    QJsonObject profile = QJsonDocument::fromJson(builtIn.readAll()).object();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            profile.remove(it.key());
        else
            profile.insert(it.key(), it.value());
    }
    return QJsonDocument(profile).toJson();
}

QJsonObject change(const char *key, const QJsonValue &value)
{
    return { { QString::fromLatin1(key), value } };
}

QJsonArray pair(double min, double max)
{
    return { min, max };
}

} // namespace

// A photo profile is a file anyone can hand over (--profile): every value is checked against the
// schema of docs/photo.md before it is used.
class tst_PhotoProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schema_data();
    void schema();
    void everyProblemIsNamed();
    void profileFileMustBeARegularSmallFile();
    void provinceSetsFrameAndFileSize();
    void provinceRulesTheChecksCannotUseAreRefused_data();
    void provinceRulesTheChecksCannotUseAreRefused();
};

void tst_PhotoProfile::schema_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("failingKey"); // empty: the profile is accepted

    QTest::newRow("built-in profile") << QJsonObject {} << QString();
    QTest::newRow("a province's 358×441 frame") << QJsonObject { { QStringLiteral("width"), 358 },
        { QStringLiteral("height"), 441 }, { QStringLiteral("hair_top_px"), pair(20, 60) },
        { QStringLiteral("eye_line_px"), pair(150, 220) }, { QStringLiteral("face_width_px"), pair(140, 240) } }
                                                << QString();
    QTest::newRow("a key left out keeps its default") << change("dpi", QJsonValue::Null) << QString();
    QTest::newRow("equal bounds") << change("file_kb", pair(30, 30)) << QString();

    QTest::newRow("60000 wide") << change("width", 60000) << "width";
    QTest::newRow("height 0") << change("height", 0) << "height";
    QTest::newRow("width is text") << change("width", QStringLiteral("abc")) << "width";
    QTest::newRow("width is fractional") << change("width", 480.5) << "width";
    QTest::newRow("dpi negative") << change("dpi", -300) << "dpi";
    QTest::newRow("JPEG quality 101") << change("min_jpeg_quality", 101) << "min_jpeg_quality";
    QTest::newRow("file size reversed") << change("file_kb", pair(40, 20)) << "file_kb";
    QTest::newRow("file size above the hard cap") << change("file_kb", pair(20, 10000000)) << "file_kb";
    QTest::newRow("file size of 0 KB") << change("file_kb", pair(0, 40)) << "file_kb";
    QTest::newRow("file size as text") << change("file_kb", QStringLiteral("20-40")) << "file_kb";
    QTest::newRow("range of three") << change("hair_top_px", QJsonArray { 1, 2, 3 }) << "hair_top_px";
    QTest::newRow("eye line reversed") << change("eye_line_px", pair(300, 200)) << "eye_line_px";
    QTest::newRow("eye line below the frame") << change("eye_line_px", pair(200, 9000)) << "eye_line_px";
    QTest::newRow("face wider than the frame") << change("face_width_px", pair(180, 481)) << "face_width_px";
    QTest::newRow("centre tolerance of the whole width") << change("centre_tolerance", 1.0) << "centre_tolerance";
    QTest::newRow("roll of 90 degrees") << change("max_roll_degrees", 90) << "max_roll_degrees";
    QTest::newRow("no backgrounds") << change("backgrounds", QJsonArray {}) << "backgrounds";
    QTest::newRow("background no colour")
        << change("backgrounds", QJsonArray { QStringLiteral("sky") }) << "backgrounds";
    QTest::newRow("background a number") << change("backgrounds", QJsonArray { 255 }) << "backgrounds";
    QTest::newRow("ΔE negative") << change("background_delta_e", -1) << "background_delta_e";
    QTest::newRow("spread as text") << change("background_max_spread", QStringLiteral("10")) << "background_max_spread";
    QTest::newRow("name is a number") << change("name", 7) << "name";
    QTest::newRow("a typo leaves no default in force") << change("file_KB", pair(1, 2)) << "file_KB";
}

void tst_PhotoProfile::schema()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, failingKey);
    const Result<PhotoProfile> profile = PhotoProfile::fromJson(profileWith(changes));
    if (failingKey.isEmpty()) {
        QVERIFY2(profile, qPrintable(profile.failure().message));
        return;
    }
    QVERIFY(!profile);
    QCOMPARE(profile.failure().code, QStringLiteral("photo.profile-damaged"));
    QVERIFY2(profile.failure().message.contains(QLatin1Char('"') + failingKey + QLatin1Char('"')),
        qPrintable(profile.failure().message));
}

// One run names all that is wrong, so the profile is corrected in one go.
void tst_PhotoProfile::everyProblemIsNamed()
{
    const Result<PhotoProfile> profile
        = PhotoProfile::fromJson(profileWith({ { QStringLiteral("width"), QStringLiteral("abc") },
            { QStringLiteral("file_kb"), pair(40, 20) }, { QStringLiteral("dpi"), 0 } }));
    QVERIFY(!profile);
    for (const char *key : { "\"width\"", "\"file_kb\"", "\"dpi\"" })
        QVERIFY2(profile.failure().message.contains(QLatin1String(key)), key);
    QVERIFY(profile.failure().message.contains(QStringLiteral("\"abc\"")));
    QVERIFY(profile.failure().message.contains(QStringLiteral("[40,20]")));
}

void tst_PhotoProfile::profileFileMustBeARegularSmallFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("profile.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(PhotoProfile::load(fifo).failure().code, QStringLiteral("photo.profile-unreadable"));
    QCOMPARE(
        PhotoProfile::load(QStringLiteral("/dev/zero")).failure().code, QStringLiteral("photo.profile-unreadable"));
    const QString big = dir.filePath(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(profileWith({ { QStringLiteral("name"), QString(PhotoLimits::kMaxProfileBytes, u'x') } }))
        > PhotoLimits::kMaxProfileBytes);
    file.close();
    QCOMPARE(PhotoProfile::load(big).failure().code, QStringLiteral("photo.profile-unreadable"));
    QCOMPARE(PhotoProfile::load(dir.filePath(QStringLiteral("none.json"))).failure().code,
        QStringLiteral("photo.profile-missing"));
    QVERIFY(PhotoProfile::load(QStringLiteral("hunan-2023")));
}

QTEST_GUILESS_MAIN(tst_PhotoProfile)
void tst_PhotoProfile::provinceSetsFrameAndFileSize()
{
    const PhotoProfile own = PhotoProfile::load(QStringLiteral("hunan-2023")).value();
    QCOMPARE(own.size, QSize(480, 640));
    // The province's bundle as signed: a smaller frame, 15 000 to 30 000 bytes.
    const Result<PhotoProfile> rules = withProvincePhotoRules(own, { 360, 480, 15000, 30000 });
    QVERIFY2(rules, qPrintable(rules.failure().message));
    QCOMPARE(rules->size, QSize(360, 480));
    QCOMPARE(rules->fileKb.min, 15); // 14.6 KB rounded up: never below the province's minimum
    QCOMPARE(rules->fileKb.max, 29); // 29.3 KB rounded down: never above its maximum
    // The head geometry follows the frame: three quarters of it.
    QCOMPARE(rules->hairTopPx.min, int(std::lround(own.hairTopPx.min * 0.75)));
    QCOMPARE(rules->eyeLinePx.max, int(std::lround(own.eyeLinePx.max * 0.75)));
    QCOMPARE(rules->faceWidthPx.max, int(std::lround(own.faceWidthPx.max * 0.75)));
    // What the province does not set stays the kiosk's.
    QCOMPARE(rules->backgrounds, own.backgrounds);
    QCOMPARE(rules->backgroundDeltaE, own.backgroundDeltaE);

    // The default bundle (docs/sync-protocol.md) is the kiosk's own profile.
    const Result<PhotoProfile> same = withProvincePhotoRules(own, Exchange::ConfigBundle::PhotoProfile {});
    QCOMPARE(same->size, own.size);
    QCOMPARE(same->fileKb.min, own.fileKb.min);
    QCOMPARE(same->fileKb.max, own.fileKb.max);
    QCOMPARE(same->eyeLinePx.min, own.eyeLinePx.min);
}

void tst_PhotoProfile::provinceRulesTheChecksCannotUseAreRefused_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("minBytes");
    QTest::addColumn<int>("maxBytes");
    QTest::newRow("frame too small") << 50 << 640 << 20480 << 40960;
    QTest::newRow("frame too large") << 480 << 5000 << 20480 << 40960;
    QTest::newRow("min above max") << 480 << 640 << 40960 << 20480;
    QTest::newRow("less than a KB") << 480 << 640 << 0 << 900;
    QTest::newRow("larger than any photo read") << 480 << 640 << 20480 << 2000000000;
}

void tst_PhotoProfile::provinceRulesTheChecksCannotUseAreRefused()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, minBytes);
    QFETCH(int, maxBytes);
    const PhotoProfile own = PhotoProfile::load(QStringLiteral("hunan-2023")).value();
    const Result<PhotoProfile> rules = withProvincePhotoRules(own, { width, height, minBytes, maxBytes });
    QVERIFY(!rules);
    QCOMPARE(rules.failure().code, QStringLiteral("config.photo-profile"));
    QVERIFY(rules.failure().message.contains(QStringLiteral("480 × 640"))); // what the desk checks instead
}

#include "tst_photoprofile.moc"
