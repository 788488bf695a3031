#include "recorddocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace RegPoint;
using namespace RegPoint::Exchange;

namespace {

RecordDocument sample()
{
    RecordDocument record;
    record.recordId = QUuid::fromString(QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"));
    record.version = 2;
    record.supersedes = QUuid::fromString(QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"));
    record.entryMethod = QStringLiteral("manual");
    record.identity = { QStringLiteral("测试"), QStringLiteral("430102200801010028"), QStringLiteral("2"),
        QStringLiteral("01"), QDate(2008, 1, 1), QStringLiteral("湖南省长沙市芙蓉区"), {} };
    record.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2, 120), Qt::UTC);
    record.createdBy = 3;
    record.approvedBy = 1;
    record.photoOverride = PhotoOverrideDocument { 1, QStringLiteral("眼镜反光，已重拍三次") };
    return record;
}

} // namespace

// The record both sides hash and sign: one byte string per record, read back exactly.
class tst_RecordDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalBytesAreFixed()
    {
        // The province recomputes these bytes: any change of key, order or spacing breaks every
        // point's records, so the form is pinned here, byte for byte.
        const QByteArray expected = QStringLiteral(
            R"({"approved_by":1,"created_at":"2026-11-30T09:15:02.120Z","created_by":3,"entry_method":"manual",)"
            R"("format":"regpoint-record/1","identity":{"address":"湖南省长沙市芙蓉区","birth_date":"2008-01-01",)"
            R"("gender":"2","id_number":"430102200801010028","name":"测试","nation":"01"},)"
            R"("photo_override":{"reason":"眼镜反光，已重拍三次","supervisor_id":1},)"
            R"("record_id":"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",)"
            R"("supersedes":"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d","version":2})")
                                        .toUtf8();
        QCOMPARE(sample().toCanonicalJson(), expected);
    }

    // The review that let the candidate register, pinned as well; without one the key is absent
    // (above), so records sealed before reviews keep their bytes.
    void eligibilityBytesAreFixed()
    {
        RecordDocument record = sample();
        record.eligibility = EligibilityDocument { 2027, QStringLiteral("migrant-child"),
            { QStringLiteral("identity"), QStringLiteral("three-years") }, { QStringLiteral("exam-ban") }, 4,
            QDateTime(QDate(2026, 11, 30), QTime(9, 10, 0), QTimeZone::utc()) };
        const QByteArray json = record.toCanonicalJson();
        QVERIFY(json.contains(R"("eligibility":{"category":"migrant-child","declarations":["exam-ban"],)"
                              R"("documents_seen":["identity","three-years"],"exam_year":2027,)"
                              R"("reviewed_at":"2026-11-30T09:10:00.000Z","reviewed_by":4},"entry_method")"));
        const Result<RecordDocument> read = RecordDocument::fromJson(json);
        QVERIFY(read);
        QCOMPARE(read->eligibility->category, QStringLiteral("migrant-child"));
        QCOMPARE(read->eligibility->reviewedBy, 4);
        QCOMPARE(read->toCanonicalJson(), json);
    }

    void readsBackWhatItWrote()
    {
        const Result<RecordDocument> read = RecordDocument::fromJson(sample().toCanonicalJson());
        QVERIFY(read);
        QCOMPARE(read->toCanonicalJson(), sample().toCanonicalJson());
        QCOMPARE(read->identity.idNumber, QStringLiteral("430102200801010028"));
        QCOMPARE(read->photoOverride->reason, QStringLiteral("眼镜反光，已重拍三次"));
    }

    void absentOptionalsAreNull()
    {
        RecordDocument record = sample();
        record.supersedes = {};
        record.approvedBy.reset();
        record.photoOverride.reset();
        const QJsonObject json = QJsonDocument::fromJson(record.toCanonicalJson()).object();
        QVERIFY(json.value(QStringLiteral("supersedes")).isNull());
        QVERIFY(json.value(QStringLiteral("approved_by")).isNull());
        QVERIFY(json.value(QStringLiteral("photo_override")).isNull());
        const Result<RecordDocument> read = RecordDocument::fromJson(record.toCanonicalJson());
        QVERIFY(read);
        QVERIFY(!read->approvedBy && !read->photoOverride && read->supersedes.isNull());
    }

    void refusesWhatIsNotARecord_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = sample().toCanonicalJson();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("\x00\xff\x10garbage", 10);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("other format") << QByteArray(good).replace("regpoint-record/1", "regpoint-record/2");
        QTest::newRow("no record id") << QByteArray(good).replace("\"record_id\"", "\"recordid\"");
        QTest::newRow("unknown entry method") << QByteArray(good).replace("\"manual\"", "\"fax\"");
        QTest::newRow("no identity") << QByteArray(good).replace("\"identity\"", "\"identities\"");
        QTest::newRow("bad time") << QByteArray(good).replace("2026-11-30T", "2026-13-30T");
        QTest::newRow("version 0") << QByteArray(good).replace("\"version\":2", "\"version\":0");
        QTest::newRow("eligibility without its reviewer's time") << QByteArray(good).replace(
            R"("entry_method")", R"("eligibility":{"exam_year":2027,"category":"veteran"},"entry_method")");
    }

    void refusesWhatIsNotARecord()
    {
        QFETCH(QByteArray, json);
        const Result<RecordDocument> read = RecordDocument::fromJson(json);
        QVERIFY(!read);
        QCOMPARE(read.failure().code, QStringLiteral("record.format"));
        QVERIFY(!read.failure().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RecordDocument)
#include "tst_recorddocument.moc"
