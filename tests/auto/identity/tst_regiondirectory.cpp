#include "identity/regiondirectory.h"

#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

class tst_RegionDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTableIsComplete();
    void findByCode_data();
    void findByCode();
    void path();
    void children();
    void findByName_data();
    void findByName();
    void malformedLinesAreSkipped();

private:
    RegionDirectory m_regions = RegionDirectory::loadBuiltIn();
};

void tst_RegionDirectory::builtInTableIsComplete()
{
    // 14 prefectures, 122 county-level units, ~2000 townships, ~29500 villages (NBS 2023).
    QCOMPARE(m_regions.children(QStringLiteral("43")).size(), 14);
    QVERIFY(m_regions.size() > 31000);
}

void tst_RegionDirectory::findByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<RegionLevel>("level");
    QTest::newRow("province, 2 digits") << "43"
                                        << "湖南省" << RegionLevel::Province;
    QTest::newRow("province, 12 digits") << "430000000000"
                                         << "湖南省" << RegionLevel::Province;
    QTest::newRow("prefecture") << "4301"
                                << "长沙市" << RegionLevel::Prefecture;
    QTest::newRow("autonomous prefecture") << "4331"
                                           << "湘西土家族苗族自治州" << RegionLevel::Prefecture;
    QTest::newRow("county") << "430102"
                            << "芙蓉区" << RegionLevel::County;
    QTest::newRow("county with padding") << "430102000000"
                                         << "芙蓉区" << RegionLevel::County;
    QTest::newRow("unknown") << "439999"
                             << "" << RegionLevel::Province;
    QTest::newRow("not digits") << "43a1"
                                << "" << RegionLevel::Province;
    QTest::newRow("too long") << "4301020000001"
                              << "" << RegionLevel::Province;
}

void tst_RegionDirectory::findByCode()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(RegionLevel, level);
    const Region *region = m_regions.find(code);
    if (name.isEmpty()) {
        QVERIFY(!region);
        return;
    }
    QVERIFY(region);
    QCOMPARE(region->name, name);
    QCOMPARE(region->level, level);
    QCOMPARE(region->code.size(), 12);
}

void tst_RegionDirectory::path()
{
    // A village: province → prefecture → county → township → village.
    const QList<Region> villages = m_regions.children(m_regions.children(QStringLiteral("430102")).first().code);
    QVERIFY(!villages.isEmpty());
    const QList<Region> path = m_regions.path(villages.first().code);
    QCOMPARE(path.size(), 5);
    QCOMPARE(path.at(0).name, QStringLiteral("湖南省"));
    QCOMPARE(path.at(1).name, QStringLiteral("长沙市"));
    QCOMPARE(path.at(2).name, QStringLiteral("芙蓉区"));
    QCOMPARE(path.at(4).level, RegionLevel::Village);
    QVERIFY(m_regions.fullName(villages.first().code).startsWith(QStringLiteral("湖南省长沙市芙蓉区")));
}

void tst_RegionDirectory::children()
{
    for (const Region &county : m_regions.children(QStringLiteral("4331"))) {
        QCOMPARE(county.level, RegionLevel::County);
        QVERIFY(county.code.startsWith(QStringLiteral("4331")));
    }
    QVERIFY(m_regions.children(QStringLiteral("439999")).isEmpty());
}

void tst_RegionDirectory::findByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstCode");
    QTest::newRow("exact prefecture") << "长沙市"
                                      << "430100000000";
    QTest::newRow("exact county before villages") << "芙蓉区"
                                                  << "430102000000";
    QTest::newRow("part of a name, most general first") << "湘西"
                                                        << "433100000000";
}

void tst_RegionDirectory::findByName()
{
    QFETCH(QString, text);
    QFETCH(QString, firstCode);
    const QList<Region> found = m_regions.findByName(text, 5);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() <= 5);
    QCOMPARE(found.first().code, firstCode);
    QVERIFY(m_regions.findByName(QStringLiteral("   ")).isEmpty());
}

void tst_RegionDirectory::malformedLinesAreSkipped()
{
    const QByteArray csv = "code,name,level\n430000000000,湖南省,province\nbroken line\n4301,short code,prefecture\n"
                           "430100000000,长沙市,prefecture\n430100000001,x,planet\n";
    const RegionDirectory dir = RegionDirectory::fromCsv(csv, "code,name\n430102,芙蓉区\n");
    QCOMPARE(dir.size(), 2);
    QVERIFY(dir.isKnownCounty(QStringLiteral("430102")));
    QVERIFY(!dir.isKnownCounty(QStringLiteral("430199")));
}

QTEST_GUILESS_MAIN(tst_RegionDirectory)
#include "tst_regiondirectory.moc"
