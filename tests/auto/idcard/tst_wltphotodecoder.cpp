#include "idcard/wltphotodecoder.h"

#include <QTest>

using namespace RegPoint::Devices;

class tst_WltPhotoDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesThroughPlugin();
    void pluginFailureIsNoImage();
    void withoutDecoder_data();
    void withoutDecoder();
};

void tst_WltPhotoDecoder::decodesThroughPlugin()
{
    const WltPhotoDecoder decoder(QStringLiteral(FAKE_DECODER));
    QVERIFY2(decoder.isAvailable(), qPrintable(decoder.problem()));
    QByteArray wlt(1024, '\0');
    wlt[0] = char(200);
    const auto image = decoder.decode(wlt);
    QVERIFY(image);
    QCOMPARE(image->size(), QSize(102, 126));
    QCOMPARE(image->pixelColor(10, 20), QColor(200, 20, 10)); // R from the WLT, G = y, B = x
    QVERIFY(!decoder.decode(QByteArray(100, '\0'))); // not a WLT
}

void tst_WltPhotoDecoder::pluginFailureIsNoImage()
{
    const WltPhotoDecoder decoder(QStringLiteral(FAKE_DECODER));
    QVERIFY(!decoder.decode(QByteArray(1024, '\xFF')));
}

void tst_WltPhotoDecoder::withoutDecoder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("none configured") << QString() << QString();
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/libwlt.so")
                                  << QStringLiteral("/nonexistent/libwlt.so");
    QTest::newRow("library without the symbol")
        << QStringLiteral(NO_SYMBOL_LIBRARY) << QStringLiteral("regpoint_wlt_decode");
}

void tst_WltPhotoDecoder::withoutDecoder()
{
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const WltPhotoDecoder decoder(path);
    QVERIFY(!decoder.isAvailable());
    QVERIFY(!decoder.problem().isEmpty());
    QVERIFY(decoder.problem().contains(mentions));
    QVERIFY(!decoder.decode(QByteArray(1024, '\0')));
}

QTEST_GUILESS_MAIN(tst_WltPhotoDecoder)
#include "tst_wltphotodecoder.moc"
