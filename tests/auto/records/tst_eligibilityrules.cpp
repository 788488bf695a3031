#include "records/eligibilityrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

// The year's eligibility rules as data: the shipped file loads whole in both languages, a damaged
// one is refused with its reason, and a review holds only when it says everything the rules ask.
class tst_EligibilityRules : public QObject
{
    Q_OBJECT

private:
    static QJsonObject shipped()
    {
        QFile file(QStringLiteral(":/eligibility/hunan-2027.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static EligibilityReview completeReview(const EligibilityRules &rules, const QString &category)
    {
        EligibilityReview review;
        review.examYear = rules.examYear();
        review.category = category;
        review.outcome = EligibilityReview::Outcome::Eligible;
        for (const RuleItem &document : rules.category(category)->documents)
            review.documentsSeen.append(document.id);
        for (const RuleItem &exclusion : rules.exclusions())
            review.declarations.append(exclusion.id);
        return review;
    }

private Q_SLOTS:
    void theShippedRulesLoadInBothLanguages()
    {
        const Result<EligibilityRules> rules = EligibilityRules::load(2027);
        QVERIFY2(rules, qPrintable(rules ? QString() : rules.failure().message));
        QCOMPARE(rules->examYear(), 2027);
        QStringList codes;
        for (const CandidateCategory &category : rules->categories()) {
            codes.append(category.code);
            QVERIFY(!category.zh.isEmpty() && !category.en.isEmpty());
            QVERIFY(!category.documents.isEmpty());
        }
        // The streams of the reference's §1.3–1.4, each with its own documents.
        QCOMPARE(codes,
            QStringList({ u"final-year"_qs, u"past-graduate"_qs, u"equivalent"_qs, u"vocational"_qs,
                u"migrant-child"_qs, u"hk-macao-taiwan"_qs, u"veteran"_qs }));
        QCOMPARE(rules->exclusions().size(), 5); // the national cases that may not register
        QVERIFY(rules->category(u"migrant-child"_qs)->documents.size() >= 4);
        QCOMPARE(rules->category(u"past-graduate"_qs)->text(true), QStringLiteral("往届毕业生"));
        QVERIFY(!rules->category(u"nonsense"_qs));
    }

    void anotherYearHasNoRulesYetAndSaysSo()
    {
        const Result<EligibilityRules> rules = EligibilityRules::load(2031);
        QVERIFY(!rules);
        QCOMPARE(rules.failure().code, u"eligibility.no-rules"_qs);
        QVERIFY(rules.failure().message.contains(u"2031"_qs));
    }

    void aDamagedFileIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QJsonObject rules = shipped();
        QVERIFY(!rules.isEmpty());
        QTest::newRow("not json") << QByteArray("{ \"format\": 1,") << QString();
        QTest::newRow("zeros") << QByteArray(4096, '\0') << QString();
        QTest::newRow("huge") << QByteArray(EligibilityRules::kMaxBytes + 1, ' ') << u"larger"_qs;

        QJsonObject newer = rules;
        newer[u"format"] = 2;
        QTest::newRow("newer format") << QJsonDocument(newer).toJson() << u"format 2"_qs;

        QJsonObject twice = rules;
        QJsonArray categories = twice[u"categories"].toArray();
        categories.append(categories.first());
        twice[u"categories"] = categories;
        QTest::newRow("a category twice") << QJsonDocument(twice).toJson() << u"final-year twice"_qs;

        QJsonObject untranslated = rules;
        QJsonArray exclusions = untranslated[u"exclusions"].toArray();
        QJsonObject first = exclusions.first().toObject();
        first.remove(u"en");
        exclusions[0] = first;
        untranslated[u"exclusions"] = exclusions;
        QTest::newRow("no English") << QJsonDocument(untranslated).toJson() << u"English"_qs;

        QJsonObject noDocuments = rules;
        categories = noDocuments[u"categories"].toArray();
        QJsonObject category = categories.first().toObject();
        category[u"documents"] = QJsonArray();
        categories[0] = category;
        noDocuments[u"categories"] = categories;
        QTest::newRow("no documents") << QJsonDocument(noDocuments).toJson() << u"documents of final-year"_qs;

        QJsonObject noOther = rules;
        QJsonArray refusals = noOther[u"refusals"].toArray();
        refusals.removeLast();
        noOther[u"refusals"] = refusals;
        QTest::newRow("no other refusal") << QJsonDocument(noOther).toJson() << u"other"_qs;
    }

    void aDamagedFileIsRefusedWithItsReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        const Result<EligibilityRules> rules = EligibilityRules::fromJson(json);
        QVERIFY(!rules);
        QCOMPARE(rules.failure().code, u"eligibility.rules-damaged"_qs);
        QVERIFY2(rules.failure().message.contains(why), qPrintable(rules.failure().message));
    }

    void aReviewHoldsOnlyWhenItSaysEverything()
    {
        const EligibilityRules rules = EligibilityRules::load(2027).value();
        for (const CandidateCategory &category : rules.categories())
            QVERIFY2(rules.check(completeReview(rules, category.code), true), qPrintable(category.code));

        // A document not seen is named, in the clerk's language.
        EligibilityReview review = completeReview(rules, u"migrant-child"_qs);
        review.documentsSeen.removeAll(u"social-insurance"_qs);
        Status checked = rules.check(review, true);
        QCOMPARE(checked.failure().code, u"eligibility.document-missing"_qs);
        QVERIFY2(
            checked.failure().message.contains(QStringLiteral("社保缴费证明")), qPrintable(checked.failure().message));
        QVERIFY(rules.check(review, false).failure().message.contains(u"social-insurance record"_qs));
        // Documents of another category do not stand in.
        review.documentsSeen.append(u"household"_qs);
        QVERIFY(!rules.check(review, true));

        review = completeReview(rules, u"final-year"_qs);
        review.declarations.removeAll(u"exam-ban"_qs);
        QCOMPARE(rules.check(review, true).failure().code, u"eligibility.declaration-missing"_qs);

        review = completeReview(rules, u"final-year"_qs);
        review.category = u"nonsense"_qs;
        QCOMPARE(rules.check(review, true).failure().code, u"eligibility.category"_qs);
        review = completeReview(rules, u"final-year"_qs);
        review.examYear = 2026;
        QCOMPARE(rules.check(review, true).failure().code, u"eligibility.other-year"_qs);
    }

    void aRefusalNamesItsReason()
    {
        const EligibilityRules rules = EligibilityRules::load(2027).value();
        EligibilityReview refused;
        refused.examYear = 2027;
        refused.outcome = EligibilityReview::Outcome::Refused;
        QCOMPARE(rules.check(refused, true).failure().code, u"eligibility.refusal-reason"_qs);
        refused.refusal = u"made-up"_qs;
        QCOMPARE(rules.check(refused, true).failure().code, u"eligibility.refusal-reason"_qs);
        refused.refusal = u"wrong-point"_qs;
        QVERIFY(rules.check(refused, true)); // a refusal needs no category: it may come first
        refused.refusal = u"other"_qs;
        QCOMPARE(rules.check(refused, true).failure().code, u"eligibility.refusal-note"_qs);
        refused.note = QStringLiteral("考生未带户口簿原件");
        QVERIFY(rules.check(refused, true));
    }
};

QTEST_GUILESS_MAIN(tst_EligibilityRules)
#include "tst_eligibilityrules.moc"
