#include "frozenform.h"
#include "jsonfields.h"
#include "testforms.h"

#include <QJsonArray>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;

namespace {

FrozenForm validForm()
{
    return Tests::testFrozenForm();
}

// The form's JSON with one value replaced at a path like "hukou.code" or "resume[1].from".
QJsonObject withValue(QJsonObject json, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        json.insert(path.first(), value);
        return json;
    }
    const QString &head = path.first();
    const qsizetype bracket = head.indexOf(u'[');
    if (bracket < 0) {
        json.insert(head, withValue(json.value(head).toObject(), path.mid(1), value));
        return json;
    }
    const QString key = head.left(bracket);
    const int index = head.mid(bracket + 1).chopped(1).toInt();
    QJsonArray array = json.value(key).toArray();
    array.replace(index, withValue(array.at(index).toObject(), path.mid(1), value));
    json.insert(key, array);
    return json;
}

} // namespace

// The province's frozen form as the point receives it: read back exactly, and each wrong value
// refused by name, since a person must find and fix it in the province's data.
class FrozenFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatWasWritten()
    {
        const FrozenForm form = validForm();
        const Result<FrozenForm> read = FrozenForm::fromJson(form.toJson());
        QVERIFY2(read, qPrintable(read ? QString() : read.failure().message));
        QVERIFY(read.value() == form);
        QCOMPARE(read->contentHash(), form.contentHash());
        QCOMPARE(form.contentHash().size(), 64);
    }

    void refusesEachWrongValueByName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("format") << u"format"_qs << QJsonValue(u"regpoint-form/0"_qs) << u"format"_qs;
        QTest::newRow("serial letters") << u"serial"_qs << QJsonValue(u"27A"_qs) << u"serial"_qs;
        QTest::newRow("exam year") << u"examYear"_qs << QJsonValue(1999) << u"examYear"_qs;
        QTest::newRow("category") << u"category"_qs << QJsonValue(u"复读"_qs) << u"category"_qs;
        QTest::newRow("hukou outside Hunan") << u"hukou.code"_qs << QJsonValue(u"110101001001"_qs) << u"hukou.code"_qs;
        QTest::newRow("hukou category typed") << u"hukou.category"_qs << QJsonValue(u"农村"_qs) << u"hukou.category"_qs;
        QTest::newRow("school control char") << u"school"_qs << QJsonValue(u"长沙\u001b[2J一中"_qs) << u"school"_qs;
        QTest::newRow("school reversed") << u"school"_qs << QJsonValue(u"长沙\u202E中一"_qs) << u"school"_qs;
        QTest::newRow("school blank") << u"school"_qs << QJsonValue(u"   "_qs) << u"school"_qs;
        QTest::newRow("month with newline")
            << u"resume[0].from"_qs << QJsonValue(u"2024-09\n"_qs) << u"resume[0].from"_qs;
        QTest::newRow("phone with newline")
            << u"family[0].phone"_qs << QJsonValue(u"13800000001\n"_qs) << u"family[0].phone"_qs;
        QTest::newRow("subject zero-width")
            << u"subjects"_qs << QJsonValue(QJsonArray { u"物\u200B理"_qs }) << u"subjects"_qs;
        QTest::newRow("school too long") << u"school"_qs << QJsonValue(QString(61, u'校')) << u"school"_qs;
        QTest::newRow("resume month") << u"resume[1].from"_qs << QJsonValue(u"2021-13"_qs) << u"resume[1].from"_qs;
        QTest::newRow("resume order") << u"resume[0].from"_qs << QJsonValue(u"2020-01"_qs) << u"resume[1].from"_qs;
        QTest::newRow("resume ends first") << u"resume[1].to"_qs << QJsonValue(u"2020-01"_qs) << u"resume[1].to"_qs;
        QTest::newRow("family phone") << u"family[0].phone"_qs << QJsonValue(u"12345"_qs) << u"family[0].phone"_qs;
        QTest::newRow("missing name") << u"family[0].name"_qs << QJsonValue(QJsonValue::Null) << u"family[0].name"_qs;
    }

    void refusesEachWrongValueByName()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const Result<FrozenForm> read = FrozenForm::fromJson(withValue(validForm().toJson(), path.split(u'.'), value));
        QVERIFY(!read);
        QCOMPARE(malformedField(read.failure()), field);
    }

    void rareCharactersOutsideTheBasicPlaneAreWelcome()
    {
        // 𠀾 (U+2003E) is a CJK Extension B character: in UTF-16 a surrogate pair, in a name a
        // person's own; only a lone half of a pair is refused.
        FrozenForm form = validForm();
        form.family.first().name = u"张\U0002003E"_qs;
        QVERIFY(FrozenForm::fromJson(form.toJson()));
        form.family.first().name = QString(u"张"_qs) + QChar(0xD840);
        QCOMPARE(malformedField(FrozenForm::fromJson(form.toJson()).failure()), u"family[0].name"_qs);
    }

    void aRepeatCandidateNeedsAPhone()
    {
        FrozenForm form = validForm();
        form.category = u"往届"_qs;
        Result<FrozenForm> read = FrozenForm::fromJson(form.toJson());
        QVERIFY(!read);
        QCOMPARE(malformedField(read.failure()), u"phone"_qs);
        form.phone = u"13912345678"_qs;
        read = FrozenForm::fromJson(form.toJson());
        QVERIFY(read);
    }

    void tooManyRowsAreRefused()
    {
        FrozenForm form = validForm();
        form.resume.clear();
        for (int year = 2025; year > 2025 - FrozenForm::kMaxResumeRows - 1; --year)
            form.resume.append({ u"%1-09"_qs.arg(year), {}, u"某学校"_qs, u"某老师"_qs });
        const Result<FrozenForm> read = FrozenForm::fromJson(form.toJson());
        QVERIFY(!read);
        QCOMPARE(malformedField(read.failure()), u"resume"_qs);
    }
};

QTEST_GUILESS_MAIN(FrozenFormTest)
#include "tst_frozenform.moc"
