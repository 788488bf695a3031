#include "idcard/simulatedcards.h"
#include "identity/cardchecks.h"
#include "identity/regiondirectory.h"

#include <QTest>

#include <functional>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Devices;

namespace {
IdCardData resident()
{
    return demoCards().first(); // 刘子涵, 430102200803120028, female, valid to 2027-05-01
}
QString outcome(const QList<CardCheck> &checks, const QString &id)
{
    for (const CardCheck &c : checks) {
        if (c.id == id)
            return c.ok ? QStringLiteral("ok")
                        : (c.severity == CheckSeverity::Error ? QStringLiteral("error") : QStringLiteral("warn"));
    }
    return QStringLiteral("absent");
}
} // namespace

class tst_CardChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
    void identityFromCard();

private:
    const QDate m_today { 2026, 11, 25 };
};

void tst_CardChecks::checks_data()
{
    QTest::addColumn<IdCardData>("card");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("canSave");

    const QList<IdCardData> demo = demoCards();
    QTest::newRow("good card: number") << resident() << "id_number"
                                       << "ok" << true;
    QTest::newRow("good card: birth") << resident() << "birth_date"
                                      << "ok" << true;
    QTest::newRow("good card: gender") << resident() << "gender"
                                       << "ok" << true;
    QTest::newRow("good card: Hunan") << resident() << "province"
                                      << "ok" << true;
    QTest::newRow("good card: valid") << resident() << "expiry"
                                      << "ok" << true;

    IdCardData badNumber = resident();
    badNumber.idNumber[17] = u'9';
    QTest::newRow("check character wrong") << badNumber << "id_number"
                                           << "error" << false;
    QTest::newRow("no birth check without a valid number") << badNumber << "birth_date"
                                                           << "absent" << false;

    IdCardData birth = resident();
    birth.birthDate = QDate(2008, 3, 13);
    QTest::newRow("birth date differs") << birth << "birth_date"
                                        << "error" << false;

    IdCardData gender = resident();
    gender.genderCode = u'1';
    QTest::newRow("gender differs from digit 17") << gender << "gender"
                                                  << "error" << false;

    IdCardData expired = resident();
    expired.validTo = QDate(2026, 11, 24);
    QTest::newRow("expired yesterday: warn") << expired << "expiry"
                                             << "warn" << true;
    IdCardData lifelong = resident();
    lifelong.validForLife = true;
    lifelong.validTo = {};
    QTest::newRow("长期 is valid") << lifelong << "expiry"
                                   << "ok" << true;

    IdCardData beijing = resident();
    beijing.idNumber
        = QStringLiteral("11010520080312002") + RegPoint::Kiosk::IdNumber::checkCharacter(u"11010520080312002");
    QTest::newRow("outside Hunan: warn") << beijing << "province"
                                         << "warn" << true;

    QTest::newRow("HK permit number") << demo.at(2) << "id_number"
                                      << "ok" << true;
    QTest::newRow("HK permit: not Hunan, warn") << demo.at(2) << "province"
                                                << "warn" << true;
    IdCardData permitWithResidentNumber = demo.at(2);
    permitWithResidentNumber.idNumber = resident().idNumber;
    permitWithResidentNumber.genderCode = u'2';
    permitWithResidentNumber.birthDate = resident().birthDate;
    QTest::newRow("permit with a 43 number: error") << permitWithResidentNumber << "province"
                                                    << "error" << false;

    QTest::newRow("2017 foreigner: format") << demo.at(3) << "id_number"
                                            << "ok" << true;
    QTest::newRow("2017 foreigner: flagged") << demo.at(3) << "document"
                                             << "warn" << true;
    QTest::newRow("2017 foreigner: no gender check") << demo.at(3) << "gender"
                                                     << "absent" << true;
    QTest::newRow("2023 foreigner: MOD 11-2") << demo.at(4) << "id_number"
                                              << "ok" << true;
    IdCardData badY = demo.at(4);
    badY.idNumber[17] = u'9';
    QTest::newRow("2023 foreigner: bad check") << badY << "id_number"
                                               << "error" << false;

    // The text itself: what no genuine card holds blocks saving, whatever the other checks say.
    for (qsizetype i = 0; i < demo.size(); ++i)
        QTest::addRow("demo card %d: text well formed", int(i)) << demo.at(i) << "card_text"
                                                                << "ok" << true;
    const auto changed = [](IdCardData card, auto change) {
        change(card);
        return card;
    };
    QTest::newRow("minority name with a middle dot")
        << changed(resident(), [](IdCardData &c) { c.name = QStringLiteral("阿依古丽·买买提"); }) << "card_text"
        << "ok" << true;
    QTest::newRow("2017 foreigner without a Chinese name")
        << changed(demo.at(3), [](IdCardData &c) { c.name.clear(); }) << "card_text"
        << "ok" << true;
    const QList<std::pair<const char *, std::function<void(IdCardData &)>>> implausible {
        { "digits in the name", [](IdCardData &c) { c.name = QStringLiteral("刘子涵2"); } },
        { "one-character name", [](IdCardData &c) { c.name = QStringLiteral("刘"); } },
        { "Latin letters in a resident's name", [](IdCardData &c) { c.name = QStringLiteral("LIU Zihan"); } },
        { "middle dot at the end of a name", [](IdCardData &c) { c.name = QStringLiteral("阿依古丽·"); } },
        { "empty name", [](IdCardData &c) { c.name.clear(); } },
        { "gender code 7", [](IdCardData &c) { c.genderCode = u'7'; } },
        { "nation is no number", [](IdCardData &c) { c.nationCode = QStringLiteral("汉"); } },
        { "birth date unreadable",
            [](IdCardData &c) {
                c.birthDate = {};
                c.birthDateText = QStringLiteral("2008031X");
            } },
        { "letters in the ID number", [](IdCardData &c) { c.idNumber = QStringLiteral("4301022008O3120028"); } },
        { "no start of validity", [](IdCardData &c) { c.validFrom = {}; } },
        { "control character in the added address",
            [](IdCardData &c) { c.addedAddress = QStringLiteral("湖南省\u0007吉首市"); } },
    };
    for (const auto &[name, change] : implausible)
        QTest::newRow(name) << changed(resident(), change) << "card_text"
                            << "error" << false;
    QTest::newRow("2017 foreigner: English name in lower case")
        << changed(demo.at(3), [](IdCardData &c) { c.nameEn = QStringLiteral("martin, anna"); }) << "card_text"
        << "error" << false;
    QTest::newRow("HK permit: pass number with punctuation")
        << changed(demo.at(2), [](IdCardData &c) { c.passNumber = QStringLiteral("H1234-678"); }) << "card_text"
        << "error" << false;
}

void tst_CardChecks::checks()
{
    QFETCH(IdCardData, card);
    QFETCH(QString, check);
    QFETCH(QString, expected);
    QFETCH(bool, canSave);
    static const RegionDirectory regions = RegionDirectory::loadBuiltIn();
    const QList<CardCheck> checks = checkCard(card, m_today, &regions);
    QCOMPARE(outcome(checks, check), expected);
    QCOMPARE(!blocksSaving(checks), canSave);
    for (const CardCheck &c : checks)
        QVERIFY2(!c.message.isEmpty(), qPrintable(c.id));
}

void tst_CardChecks::identityFromCard()
{
    const CandidateIdentity plain = RegPoint::Kiosk::identityFromCard(resident());
    QCOMPARE(plain.name, QStringLiteral("刘子涵"));
    QCOMPARE(plain.gender, Gender::Female);
    QCOMPARE(plain.nationCode, QStringLiteral("01"));
    QCOMPARE(plain.address, resident().address);
    const IdCardData moved = demoCards().at(1);
    QCOMPARE(RegPoint::Kiosk::identityFromCard(moved).address, moved.addedAddress); // the newer address
}

QTEST_GUILESS_MAIN(tst_CardChecks)
#include "tst_cardchecks.moc"
