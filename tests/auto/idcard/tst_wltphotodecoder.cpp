#include "idcard/sammodule.h"
#include "idcard/wltphotodecoder.h"

#include <QTest>

using namespace RegPoint::Devices;

class tst_WltPhotoDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesThroughPlugin();
    void pluginFailureIsNoImage();
    void theDemoDecoderDrawsDemoForSimulatedCardsOnly();
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

// The plug-in --simulate uses: the card review shows a picture, and the picture says DEMO.
void tst_WltPhotoDecoder::theDemoDecoderDrawsDemoForSimulatedCardsOnly()
{
    const WltPhotoDecoder decoder(QStringLiteral(DEMO_DECODER));
    QVERIFY2(decoder.isAvailable(), qPrintable(decoder.problem()));
    const auto image = decoder.decode(fillerPhoto(QStringLiteral("43010220080312002X")));
    QVERIFY(image);
    QCOMPARE(image->size(), QSize(102, 126));
    // A red band across the bottom with white letters in it; a silhouette above on a light ground.
    QCOMPARE(image->pixelColor(2, 120), QColor(0xC6, 0x28, 0x28));
    int white = 0;
    for (int x = 0; x < image->width(); ++x)
        white += image->pixelColor(x, 112) == QColor(Qt::white) ? 1 : 0;
    QVERIFY2(white >= 12, qPrintable(QString::number(white))); // the strokes of D, E, M, O
    QVERIFY(image->pixelColor(51, 44).lightness() < image->pixelColor(5, 5).lightness());

    // Anything else, a real card's WLT above all, is not drawn: no fake photo of a real candidate.
    QByteArray real = fillerPhoto(QStringLiteral("43010220080312002X"));
    real[0] = 'W';
    QVERIFY(!decoder.decode(real));
    QVERIFY(!decoder.decode(QByteArray(1024, '\0')));
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
