#include "identity/idnumber.h"
#include "identity/regiondirectory.h"

#include <QTest>
#include <QTranslator>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

class tst_IdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void checkCharacter_data();
    void checkCharacter();
    void derivedFields();
    void countyIsLenient();
    void masked();
    void genderCodes_data();
    void genderCodes();
    void everyErrorHasItsOwnMessage();
    void messagesInChinese();

private:
    RegionDirectory m_regions = RegionDirectory::loadBuiltIn();
    const QDate m_today { 2026, 11, 25 };
};

void tst_IdNumber::initTestCase()
{
    QVERIFY(!m_regions.isEmpty());
}

void tst_IdNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdNumberError>("error");
    QTest::addColumn<QString>("normalised");

    // Reference vectors, shared/reference/idcard-protocol.md §6.
    QTest::newRow("ref 11010519491231002X") << "11010519491231002X" << IdNumberError::None << "11010519491231002X";
    QTest::newRow("ref 440524188001010014 (born 1880)")
        << "440524188001010014" << IdNumberError::BirthTooEarly << "440524188001010014";
    QTest::newRow("ref 120223198902021249") << "120223198902021249" << IdNumberError::None << "120223198902021249";
    QTest::newRow("ref 130132199210293822") << "130132199210293822" << IdNumberError::None << "130132199210293822";
    QTest::newRow("ref 130402198207290622 bad check")
        << "130402198207290622" << IdNumberError::BadCheckDigit << "130402198207290622";
    QTest::newRow("ref 34052419800101001X") << "34052419800101001X" << IdNumberError::None << "34052419800101001X";
    // Hunan candidates.
    QTest::newRow("hunan valid") << "43010220080101001X" << IdNumberError::None << "43010220080101001X";
    QTest::newRow("lowercase x normalised") << "43010220080101001x" << IdNumberError::None << "43010220080101001X";
    QTest::newRow("spaces and padding removed")
        << " 430102 20080101 001X " << IdNumberError::None << "43010220080101001X";
    QTest::newRow("full-width digits from an IME")
        << QStringLiteral("４３０１０２２００８０１０１００１Ｘ") << IdNumberError::None << "43010220080101001X";
    QTest::newRow("empty") << "" << IdNumberError::Empty << "";
    QTest::newRow("17 characters") << "43010220080101001" << IdNumberError::WrongLength << "43010220080101001";
    QTest::newRow("15-digit first generation") << "430102080101001" << IdNumberError::WrongLength << "430102080101001";
    QTest::newRow("letter inside") << "43010220080A01001X" << IdNumberError::BadCharacter << "43010220080A01001X";
    QTest::newRow("X not last") << "4301022008010100X1" << IdNumberError::BadCharacter << "4301022008010100X1";
    QTest::newRow("province 99") << "990102200801010018" << IdNumberError::UnknownProvince << "990102200801010018";
    QTest::newRow("province 00") << "000102200801010018" << IdNumberError::UnknownProvince << "000102200801010018";
    QTest::newRow("30 February") << "430102200802300015" << IdNumberError::BadBirthDate << "430102200802300015";
    QTest::newRow("month 13") << "430102200813010015" << IdNumberError::BadBirthDate << "430102200813010015";
    QTest::newRow("born tomorrow") << "430102202611260011" << IdNumberError::BirthInFuture << "430102202611260011";
    QTest::newRow("one digit mistyped") << "43010220080101002X" << IdNumberError::BadCheckDigit << "43010220080101002X";
    QTest::newRow("two digits swapped") << "43010220081001001X" << IdNumberError::BadCheckDigit << "43010220081001001X";
    QTest::newRow("Taiwan permit prefix 83") << "830000200801010016" << IdNumberError::None << "830000200801010016";
}

void tst_IdNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(IdNumberError, error);
    QFETCH(QString, normalised);
    const IdNumber id = IdNumber::parse(input, m_today, &m_regions);
    QCOMPARE(id.error(), error);
    QCOMPARE(id.isValid(), error == IdNumberError::None);
    QCOMPARE(id.text(), normalised);
}

void tst_IdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("Y=2 gives X") << "11010519491231002" << QChar(u'X');
    QTest::newRow("130402198207290622 wants 4") << "13040219820729062" << QChar(u'4');
    QTest::newRow("433124200706150023 wants 3") << "43312420070615002" << QChar(u'3');
}

void tst_IdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void tst_IdNumber::derivedFields()
{
    const IdNumber male = IdNumber::parse(QStringLiteral("43010220080101001X"), m_today);
    QCOMPARE(male.birthDate(), QDate(2008, 1, 1));
    QCOMPARE(male.gender(), Gender::Male);
    QCOMPARE(male.provinceCode(), QStringLiteral("43"));
    QCOMPARE(male.countyCode(), QStringLiteral("430102"));

    const IdNumber female = IdNumber::parse(QStringLiteral("433124200706150023"), m_today);
    QVERIFY(female.isValid());
    QCOMPARE(female.gender(), Gender::Female);
    QCOMPARE(female.birthDate(), QDate(2007, 6, 15));
}

void tst_IdNumber::countyIsLenient()
{
    // 432301 was the old 岳阳地区 code; it is gone from today's list but still on real cards.
    const QString old = QStringLiteral("43230120080101001") + IdNumber::checkCharacter(u"43230120080101001");
    const IdNumber abolished = IdNumber::parse(old, m_today, &m_regions);
    QVERIFY(abolished.isValid());
    QCOMPARE(abolished.warning(), IdNumberWarning::UnknownCounty);
    QVERIFY(!IdNumber::warningMessage(abolished.warning()).isEmpty());

    QCOMPARE(
        IdNumber::parse(QStringLiteral("43010220080101001X"), m_today, &m_regions).warning(), IdNumberWarning::None);
    QCOMPARE(
        IdNumber::parse(QStringLiteral("11010519491231002X"), m_today, &m_regions).warning(), IdNumberWarning::None);
    // Without a region table the check is skipped, never failed.
    QCOMPARE(IdNumber::parse(old, m_today).warning(), IdNumberWarning::None);
}

void tst_IdNumber::masked()
{
    QCOMPARE(
        IdNumber::parse(QStringLiteral("43010220080101001X"), m_today).masked(), QStringLiteral("4301**********001X"));
}

void tst_IdNumber::genderCodes_data()
{
    QTest::addColumn<QChar>("code");
    QTest::addColumn<Gender>("gender");
    QTest::newRow("0 unknown") << QChar(u'0') << Gender::Unknown;
    QTest::newRow("1 male") << QChar(u'1') << Gender::Male;
    QTest::newRow("2 female") << QChar(u'2') << Gender::Female;
    QTest::newRow("9 unstated") << QChar(u'9') << Gender::Unstated;
}

void tst_IdNumber::genderCodes()
{
    QFETCH(QChar, code);
    QFETCH(Gender, gender);
    QCOMPARE(genderFromCode(code), gender);
    QCOMPARE(genderCode(gender), code);
    QCOMPARE(genderFromCode(u'7'), Gender::Unknown); // not a GB/T 2261.1 code
}

void tst_IdNumber::everyErrorHasItsOwnMessage()
{
    QSet<QString> seen;
    for (IdNumberError e : { IdNumberError::Empty, IdNumberError::WrongLength, IdNumberError::BadCharacter,
             IdNumberError::UnknownProvince, IdNumberError::BadBirthDate, IdNumberError::BirthInFuture,
             IdNumberError::BirthTooEarly, IdNumberError::BadCheckDigit }) {
        const QString message = IdNumber::reasonMessage(e);
        QVERIFY2(!message.isEmpty(), qPrintable(QString::number(int(e))));
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen.insert(message);
    }
    QVERIFY(IdNumber::reasonMessage(IdNumberError::None).isEmpty());
}

void tst_IdNumber::messagesInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("regpoint"), QStringLiteral("_"),
        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QString message = IdNumber::parse(QStringLiteral("43010220080101002X"), m_today).errorMessage();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(message.contains(QStringLiteral("校验")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_IdNumber)
#include "tst_idnumber.moc"
