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
