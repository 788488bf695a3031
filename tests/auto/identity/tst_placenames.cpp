#include "identity/placenames.h"

#include <QTest>
#include <QTranslator>

using namespace RegPoint::Kiosk;
using namespace Qt::StringLiterals;

// The kiosk's Chinese translation installed, as at a desk in Chinese; leave() goes back to English.
class ChineseDesk
{
public:
    ChineseDesk()
    {
        QVERIFY(m_translator.load(u"regpoint_zh_CN"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseDesk() { leave(); }
    void leave() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// A foreign resident's card says "FRA" or "250" and "1500"; the clerk reads country and province.
class tst_PlaceNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCountryOfIsoCodesIsBuiltIn()
    {
        // ISO 3166-1 has 249 entries, each under its letters and its number.
        QCOMPARE(PlaceNames::builtIn().countryCount(), 2 * 249);
    }

    void bothCardVersionsNameTheSameCountry()
    {
        const PlaceNames &places = PlaceNames::builtIn();
        QCOMPARE(places.country(u"FRA"_s, true), u"法国 (FRA)"_s); // 2017 card: alpha-3
        QCOMPARE(places.country(u"250"_s, true), u"法国 (250)"_s); // 2023 card: numeric
        QCOMPARE(places.country(u"FRA"_s, false), u"France (FRA)"_s);
        QCOMPARE(places.country(u"410"_s, false), u"South Korea (410)"_s);
        QCOMPARE(places.country(u"USA"_s, true), u"美国 (USA)"_s);
    }

    // GB/T 2659 names Hong Kong, Macao and Taiwan as parts of China, whatever the catalogue says.
    void chinasRegionsAreNamedAsSuch()
    {
        const PlaceNames &places = PlaceNames::builtIn();
        QCOMPARE(places.country(u"TWN"_s, true), u"中国台湾 (TWN)"_s);
        QCOMPARE(places.country(u"344"_s, true), u"中国香港 (344)"_s);
        QCOMPARE(places.country(u"MAC"_s, false), u"Macao, China (MAC)"_s);
    }

    void anUnknownCodeSaysSoInsteadOfPassingForAName()
    {
        const PlaceNames &places = PlaceNames::builtIn();
        ChineseDesk chinese;
        QCOMPARE(places.country(u"XYZ"_s, true), u"未知代码 XYZ"_s);
        chinese.leave();
        QCOMPARE(places.country(u"999"_s, false), u"unknown code 999"_s);
        QCOMPARE(places.country(QString(), false), QString());
        QCOMPARE(places.acceptingAuthority(u"9900"_s, false), u"unknown code 9900"_s);
        QCOMPARE(places.acceptingAuthority(u"43"_s, false), u"unknown code 43"_s);
    }

    void theAcceptingAuthorityIsNamedByItsProvince()
    {
        const PlaceNames &places = PlaceNames::builtIn();
        ChineseDesk chinese;
        QCOMPARE(places.acceptingAuthority(u"1500"_s, true), u"1500：内蒙古自治区受理"_s);
        chinese.leave();
        QCOMPARE(places.acceptingAuthority(u"4301"_s, false), u"4301: accepted in Hunan"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PlaceNames)
#include "tst_placenames.moc"
