#include "identity/nationtable.h"
#include "identity/regiondirectory.h"
#include "records/manualentry.h"

#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;

namespace {
ManualEntryForm validForm()
{
    return { QStringLiteral("李明轩"), QStringLiteral("43010220080101001X"), Gender::Male, QStringLiteral("15"),
        QDate(2008, 1, 1), QStringLiteral("湖南省长沙市芙蓉区五一大道100号") };
}
} // namespace

class tst_ManualEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid();
    void problems_data();
    void problems();
    void unknownCountyWarnsButSaves();
    void otherDocuments_data();
    void otherDocuments();
    void nationTable();

private:
    NationTable m_nations = NationTable::loadBuiltIn();
    RegionDirectory m_regions = RegionDirectory::loadBuiltIn();
    const QDate m_today { 2026, 11, 25 };
};

void tst_ManualEntry::valid()
{
    const ManualEntryValidator validator(m_nations, m_regions);
    ManualEntryForm form = validForm();
    form.name = QStringLiteral("  李明轩 ");
    form.idNumber = QStringLiteral("43010220080101001x");
    const ManualEntryCheck check = validator.check(form, m_today);
    QVERIFY(check.isAcceptable());
    QVERIFY(check.warnings.isEmpty());
    QVERIFY(check.identity);
    QCOMPARE(check.identity->name, QStringLiteral("李明轩"));
    QCOMPARE(check.identity->idNumber, QStringLiteral("43010220080101001X"));
}

void tst_ManualEntry::problems_data()
{
    QTest::addColumn<ManualEntryForm>("form");
    QTest::addColumn<EntryField>("field");

    auto with = [](auto change) {
        ManualEntryForm form = validForm();
        change(form);
        return form;
    };
    QTest::newRow("name empty") << with([](ManualEntryForm &f) { f.name.clear(); }) << EntryField::Name;
    QTest::newRow("name with digits") << with([](ManualEntryForm &f) { f.name = QStringLiteral("李明2"); })
                                      << EntryField::Name;
    QTest::newRow("name too long") << with([](ManualEntryForm &f) { f.name = QString(31, u'李'); }) << EntryField::Name;
    QTest::newRow("ID check digit") << with([](ManualEntryForm &f) {
        f.idNumber = QStringLiteral("43010220080101002X");
    }) << EntryField::IdNumber;
    QTest::newRow("gender not chosen") << with([](ManualEntryForm &f) { f.gender = Gender::Unknown; })
                                       << EntryField::Gender;
    QTest::newRow("gender disagrees with digit 17")
        << with([](ManualEntryForm &f) { f.gender = Gender::Female; }) << EntryField::Gender;
    QTest::newRow("nation unknown") << with([](ManualEntryForm &f) { f.nationCode = QStringLiteral("77"); })
                                    << EntryField::Nation;
    QTest::newRow("birth date missing") << with([](ManualEntryForm &f) { f.birthDate = {}; }) << EntryField::BirthDate;
    QTest::newRow("birth date disagrees")
        << with([](ManualEntryForm &f) { f.birthDate = QDate(2008, 1, 2); }) << EntryField::BirthDate;
    QTest::newRow("address empty") << with([](ManualEntryForm &f) { f.address = QStringLiteral("   "); })
                                   << EntryField::Address;
    QTest::newRow("address too long") << with([](ManualEntryForm &f) { f.address = QString(71, u'路'); })
                                      << EntryField::Address;
    // A household register carries the ID number: it is checked, and the form must agree with it.
    QTest::newRow("household register, gender disagrees") << with([](ManualEntryForm &f) {
        f.documentType = DocumentType::HouseholdRegister;
        f.gender = Gender::Female;
    }) << EntryField::Gender;
    auto permit = [with](DocumentType type, const char *number) {
        return with([type, number](ManualEntryForm &f) {
            f.documentType = type;
            f.idNumber = QString::fromLatin1(number);
        });
    };
    QTest::newRow("passport too short") << permit(DocumentType::Passport, "E12") << EntryField::IdNumber;
    QTest::newRow("passport with a symbol") << permit(DocumentType::Passport, "E1234-5678") << EntryField::IdNumber;
    QTest::newRow("an ID number is no HK permit")
        << permit(DocumentType::HkMacaoPermit, "43010220080101001X") << EntryField::IdNumber;
    QTest::newRow("HK permit without its letter")
        << permit(DocumentType::HkMacaoPermit, "12345678") << EntryField::IdNumber;
    QTest::newRow("Taiwan permit of 9 digits")
        << permit(DocumentType::TaiwanPermit, "123456789") << EntryField::IdNumber;
    QTest::newRow("permit, no number") << permit(DocumentType::TaiwanPermit, "  ") << EntryField::IdNumber;
    QTest::newRow("permit, born after today") << with([](ManualEntryForm &f) {
        f.documentType = DocumentType::TaiwanPermit;
        f.idNumber = QStringLiteral("12345678");
        f.birthDate = QDate(2027, 1, 1);
    }) << EntryField::BirthDate;
}

void tst_ManualEntry::otherDocuments_data()
{
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    QTest::newRow("Chinese passport") << DocumentType::Passport << QStringLiteral("e 1234 5678")
                                      << QStringLiteral("E12345678");
    QTest::newRow("Hong Kong permit") << DocumentType::HkMacaoPermit << QStringLiteral("H12345678")
                                      << QStringLiteral("H12345678");
    QTest::newRow("older Macao permit") << DocumentType::HkMacaoPermit << QStringLiteral("m1234567890")
                                        << QStringLiteral("M1234567890");
    QTest::newRow("Taiwan permit") << DocumentType::TaiwanPermit << QStringLiteral("12345678")
                                   << QStringLiteral("12345678");
    QTest::newRow("household register") << DocumentType::HouseholdRegister << QStringLiteral("43010220080101001x")
                                        << QStringLiteral("43010220080101001X");
}

// A passport or permit number says nothing of its holder: the typed gender and birth date stand,
// the number is kept in its printed form, and the record knows which document it came from.
void tst_ManualEntry::otherDocuments()
{
    QFETCH(DocumentType, type);
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    const ManualEntryValidator validator(m_nations, m_regions);
    ManualEntryForm form = validForm();
    form.documentType = type;
    form.idNumber = typed;
    if (!carriesIdNumber(type)) {
        form.gender = Gender::Female; // no digit 17 to disagree with
        form.birthDate = QDate(2007, 6, 30);
    }
    const ManualEntryCheck check = validator.check(form, m_today);
    QVERIFY2(check.isAcceptable(), qPrintable(check.problems.value(0).message));
    QCOMPARE(check.identity->idNumber, kept);
    QCOMPARE(check.identity->documentType, type);
    QCOMPARE(check.identity->gender, form.gender);
    QCOMPARE(check.identity->birthDate, form.birthDate);
}

void tst_ManualEntry::problems()
{
    QFETCH(ManualEntryForm, form);
    QFETCH(EntryField, field);
    const ManualEntryValidator validator(m_nations, m_regions);
    const ManualEntryCheck check = validator.check(form, m_today);
    QVERIFY(!check.isAcceptable());
    QCOMPARE(check.problems.size(), 1);
    QVERIFY(check.problemFor(field));
    QVERIFY(!check.problemFor(field)->isEmpty());
    QVERIFY(!check.identity);
}

void tst_ManualEntry::unknownCountyWarnsButSaves()
{
    const ManualEntryValidator validator(m_nations, m_regions);
    ManualEntryForm form = validForm();
    form.idNumber = QStringLiteral("43230120080101001") + IdNumber::checkCharacter(u"43230120080101001");
    const ManualEntryCheck check = validator.check(form, m_today);
    QVERIFY(check.isAcceptable());
    QCOMPARE(check.warnings.size(), 1);
}

void tst_ManualEntry::nationTable()
{
    QCOMPARE(m_nations.all().size(), 58);
    QCOMPARE(m_nations.displayName(QStringLiteral("15"), true), QStringLiteral("土家族"));
    QCOMPARE(m_nations.displayName(QStringLiteral("46"), true), QStringLiteral("德昂族"));
    QCOMPARE(m_nations.displayName(QStringLiteral("98"), true), QStringLiteral("外国血统中国籍人士"));
    QCOMPARE(m_nations.displayName(QStringLiteral("01"), false), QStringLiteral("Han"));
    QVERIFY(m_nations.displayName(QStringLiteral("00"), true).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ManualEntry)
#include "tst_manualentry.moc"
