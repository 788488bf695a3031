#include "jsonfields.h"
#include "syncmessages.h"

#include <QJsonDocument>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace Qt::StringLiterals;

namespace {

const QString kHash = QString(64, u'a');

Manifest sampleManifest()
{
    Manifest m;
    m.batch = QUuid::createUuid();
    m.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    m.auditHead = { 412, kHash, QByteArray::fromHex("3044").append("signature") };
    m.records.append({ QUuid::createUuid(), QString(64, u'c'), 41236, Decision::Approved, {}, u"26000000000042"_s });
    m.records.append({ QUuid::createUuid(), QString(64, u'd'), 100, Decision::Rejected, u"blurred photo"_s, {} });
    return m;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

// The protocol's bodies: what one side writes the other reads back, and every malformed field
// is refused with request.malformed naming it.
class tst_SyncMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestRoundTrip();
    void manifestRefusals_data();
    void manifestRefusals();
    void notJson_data();
    void notJson();
    void statusRoundTrip();
    void statusRefusesBadIds();
    void errorRoundTrip();
    void auditTipStatement();
};

void tst_SyncMessages::manifestRoundTrip()
{
    const Manifest in = sampleManifest();
    const Result<Manifest> out = Manifest::fromJson(compact(in.toJson()));
    QVERIFY2(out, qPrintable(out.failure().message));
    QCOMPARE(out->batch, in.batch);
    QCOMPARE(out->createdAt, in.createdAt);
    QCOMPARE(out->auditHead.seq, 412);
    QCOMPARE(out->auditHead.hash, kHash);
    QCOMPARE(out->auditHead.signature, in.auditHead.signature);
    QCOMPARE(out->records.size(), 2);
    QCOMPARE(out->records.at(1).decision, Decision::Rejected);
    QCOMPARE(out->records.at(1).reason, u"blurred photo"_s);
    QCOMPARE(out->records.at(0).size, 41236);
    QCOMPARE(out->records.at(0).serial, u"26000000000042"_s);
    QVERIFY(out->records.at(1).serial.isEmpty()); // a record still waiting for its number
    QVERIFY(!in.toJson().value(u"records"_s).toArray().at(1).toObject().contains(u"serial"_s));
    QCOMPARE(compact(out->toJson()), compact(in.toJson()));
}

void tst_SyncMessages::manifestRefusals_data()
{
    QTest::addColumn<QString>("path"); // "a/b/0/c": where to change the manifest
    QTest::addColumn<QJsonValue>("value"); // undefined = remove
    QTest::addColumn<QString>("field");

    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("batch missing") << u"batch"_s << removed << u"batch"_s;
    QTest::newRow("batch upper case") << u"batch"_s
                                      << QJsonValue(QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper())
                                      << u"batch"_s;
    QTest::newRow("batch a number") << u"batch"_s << QJsonValue(7) << u"batch"_s;
    QTest::newRow("createdAt without Z") << u"createdAt"_s << QJsonValue(u"2026-11-30T09:15:00"_s) << u"createdAt"_s;
    QTest::newRow("auditHead missing") << u"auditHead"_s << removed << u"auditHead"_s;
    QTest::newRow("auditHead.seq a string") << u"auditHead/seq"_s << QJsonValue(u"412"_s) << u"auditHead.seq"_s;
    QTest::newRow("auditHead.seq fraction") << u"auditHead/seq"_s << QJsonValue(4.5) << u"auditHead.seq"_s;
    QTest::newRow("auditHead.hash short") << u"auditHead/hash"_s << QJsonValue(u"abc"_s) << u"auditHead.hash"_s;
    QTest::newRow("auditHead.signature not base64")
        << u"auditHead/signature"_s << QJsonValue(u"**"_s) << u"auditHead.signature"_s;
    QTest::newRow("records an object") << u"records"_s << QJsonValue(QJsonObject()) << u"records"_s;
    QTest::newRow("records[1].sha256 upper")
        << u"records/1/sha256"_s << QJsonValue(QString(64, u'C')) << u"records[1].sha256"_s;
    QTest::newRow("records[0].size zero") << u"records/0/size"_s << QJsonValue(0) << u"records[0].size"_s;
    QTest::newRow("records[0].size over 256 KiB")
        << u"records/0/size"_s << QJsonValue(256 * 1024 + 1) << u"records[0].size"_s;
    QTest::newRow("records[0].decision unknown")
        << u"records/0/decision"_s << QJsonValue(u"maybe"_s) << u"records[0].decision"_s;
    QTest::newRow("records[1] rejected without reason")
        << u"records/1/reason"_s << QJsonValue(u" "_s) << u"records[1].reason"_s;
    QTest::newRow("records[0].reason missing") << u"records/0/reason"_s << removed << u"records[0].reason"_s;
    QTest::newRow("records[0].id missing") << u"records/0/id"_s << removed << u"records[0].id"_s;
    QTest::newRow("records[0].serial not digits")
        << u"records/0/serial"_s << QJsonValue(u"26-0001"_s) << u"records[0].serial"_s;
    QTest::newRow("records[0].serial empty") << u"records/0/serial"_s << QJsonValue(u""_s) << u"records[0].serial"_s;
    QTest::newRow("records[0].serial a number") << u"records/0/serial"_s << QJsonValue(42) << u"records[0].serial"_s;
}

void tst_SyncMessages::manifestRefusals()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const Manifest in = sampleManifest();
    QJsonObject json = in.toJson();
    const QStringList parts = path.split(u'/');
    if (parts.size() == 1) {
        if (value.isUndefined())
            json.remove(parts[0]);
        else
            json.insert(parts[0], value);
    } else if (parts[0] == u"auditHead"_s) {
        QJsonObject head = json.value(parts[0]).toObject();
        head.insert(parts[1], value);
        json.insert(parts[0], head);
    } else {
        QJsonArray records = json.value(u"records"_s).toArray();
        QJsonObject record = records.at(parts[1].toInt()).toObject();
        if (value.isUndefined())
            record.remove(parts[2]);
        else
            record.insert(parts[2], value);
        records.replace(parts[1].toInt(), record);
        json.insert(u"records"_s, records);
    }
    const Result<Manifest> out = Manifest::fromJson(compact(json));
    QVERIFY(!out);
    QCOMPARE(out.failure().code, u"request.malformed"_s);
    QCOMPARE(malformedField(out.failure()), field);
}

void tst_SyncMessages::notJson_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray whole = compact(sampleManifest().toJson());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << whole.left(whole.size() / 2);
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("a string") << QByteArray("\"x\"");
    QTest::newRow("trailing garbage") << whole + "}";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
}

void tst_SyncMessages::notJson()
{
    QFETCH(QByteArray, body);
    const Result<Manifest> out = Manifest::fromJson(body);
    QVERIFY(!out);
    QCOMPARE(out.failure().code, u"request.malformed"_s);
    QCOMPARE(malformedField(out.failure()), QString());
}

void tst_SyncMessages::statusRoundTrip()
{
    StatusRequest request { { QUuid::createUuid(), QUuid::createUuid() } };
    const Result<StatusRequest> back = StatusRequest::fromJson(compact(request.toJson()));
    QVERIFY(back);
    QCOMPARE(back->ids, request.ids);

    StatusAnswer answer;
    answer.records.append({ request.ids[0], u"accepted"_s, u"ok"_s, false, QJsonObject { { u"body"_s, 1 } } });
    answer.records.append({ request.ids[1], u"unknown"_s, {}, false, {} });
    const Result<StatusAnswer> read = StatusAnswer::fromJson(compact(answer.toJson()));
    QVERIFY2(read, qPrintable(read.failure().message));
    QCOMPARE(read->records.size(), 2);
    QCOMPARE(read->records[0].code, u"ok"_s);
    QCOMPARE(read->records[1].state, u"unknown"_s);
    // An unknown id carries nothing but its id and state.
    QCOMPARE(
        answer.toJson().value(u"records"_s).toArray().at(1).toObject().keys(), QStringList({ u"id"_s, u"state"_s }));
}

void tst_SyncMessages::statusRefusesBadIds()
{
    const Result<StatusRequest> number
        = StatusRequest::fromJson(R"({"ids":["5a11a2b0-0000-4000-8000-000000000001",7]})");
    QVERIFY(!number);
    QCOMPARE(malformedField(number.failure()), u"ids[1]"_s);
    const Result<StatusRequest> missing = StatusRequest::fromJson("{}");
    QVERIFY(!missing);
    QCOMPARE(malformedField(missing.failure()), u"ids"_s);
    QJsonArray many;
    for (int i = 0; i < 5001; ++i)
        many.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Result<StatusRequest> tooMany = StatusRequest::fromJson(compact({ { u"ids"_s, many } }));
    QVERIFY(!tooMany);
    QCOMPARE(malformedField(tooMany.failure()), u"ids"_s);
}

void tst_SyncMessages::errorRoundTrip()
{
    ProtocolError error { u"clock.skew"_s, u"the clock is 400 s off"_s, false,
        QJsonObject { { u"serverTime"_s, u"2026-11-30T09:15:02Z"_s } } };
    const Result<ProtocolError> back = ProtocolError::fromJson(compact(error.toJson()));
    QVERIFY(back);
    QCOMPARE(back->code, error.code);
    QCOMPARE(back->retry, false);
    QCOMPARE(back->extra, error.extra);
    QVERIFY(!ProtocolError::fromJson(R"({"error":{"message":"x","retry":false}})"));
}

void tst_SyncMessages::auditTipStatement()
{
    QCOMPARE(Exchange::auditTipStatement(412, kHash), "regpoint-audit-tip/1|412|" + kHash.toLatin1());
}

QTEST_GUILESS_MAIN(tst_SyncMessages)
#include "tst_syncmessages.moc"
