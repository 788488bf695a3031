#include "certificates.h"
#include "configbundle.h"
#include "intakefixture.h"
#include "intakesignature.h"
#include "jsonfields.h"
#include "receipt.h"
#include "serialblock.h"
#include "syncmessages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <array>
#include <functional>
#include <thread>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray recordPath(const QUuid &batch, const QUuid &id)
{
    return "/v1/batches/" + uuidText(batch).toLatin1() + "/records/" + uuidText(id).toLatin1();
}

struct Sealed
{
    QUuid id;
    QByteArray envelope;
    Decision decision = Decision::Approved;
};

// Flips one byte in the middle of a base64 field of an envelope.
QByteArray tampered(const QByteArray &envelope, const QString &field)
{
    QJsonObject object = QJsonDocument::fromJson(envelope).object();
    QByteArray bytes = QByteArray::fromBase64(object.value(field).toString().toLatin1());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    object.insert(field, QString::fromLatin1(bytes.toBase64()));
    return compact(object);
}

// A manifest edit: its first line carries `serial`.
std::function<void(QJsonObject &)> withSerial(const QString &serial)
{
    return [serial](QJsonObject &json) {
        QJsonArray records = json.value(u"records"_s).toArray();
        QJsonObject line = records.at(0).toObject();
        line.insert(u"serial"_s, serial);
        records.replace(0, line);
        json.insert(u"records"_s, records);
    };
}

} // namespace

// The intake server as a process, over real mutual TLS, against the store named by
// REGPOINT_INTAKE_STORE (sqlite, the default, or postgresql: a throwaway PostgreSQL 15). The
// same cases run against both (two CTest entries).
class tst_Intake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void health();
    void acceptedDuplicateConflict();
    void manifestMismatch();
    void notInManifest();
    void foreignPoint();
    void sealRefusals_data();
    void sealRefusals();
    void handshakeRefusals_data();
    void handshakeRefusals();
    void notEnrolled();
    void reEnrolmentReplacesTheCertificate();
    void protocolAndClock_data();
    void protocolAndClock();
    void tooLarge();
    void malformedRequests_data();
    void malformedRequests();
    void routesAndMethods();
    void auditHead();
    void replayedBatch();
    void decisionUpdatedAtDayEnd();
    void statusByIds();
    void receiptsCursor();
    void serialBlocks();
    void numberGivenAfterAcceptance();
    void numberGivenTwiceFindsOneRecord();
    void configBundle();
    void concurrentUploadsOfOneId();
    void requestTimeout();
    void idleConnectionClosesSilently();
    void rateLimit();
    void serveRefusesADatabaseThatDoesNotFlush();
    void logsHoldNoPersonalData();

private:
    IntakeClient &client(const TestPoint &point);
    // Posts a manifest for `records` with this point's next audit head.
    HttpAnswer announce(const TestPoint &point, const QUuid &batch, const QList<Sealed> &records,
        const std::function<void(QJsonObject &)> &edit = {});
    HttpAnswer upload(const TestPoint &point, const QUuid &batch, const Sealed &record);
    Result<SerialBlock> newBlock(const TestPoint &point); // asked for and verified
    QString recordNumbered(const QString &serial); // `regpoint-intake find`: the record's id, or empty
    AuditHead nextHead(const TestPoint &point);
    Sealed seal(const TestPoint &point, Decision decision = Decision::Approved);
    ReceiptBody verified(const QJsonObject &receipt, const TestPoint &point, const QUuid &id, const QString &sha = {});

    TestProvince m_province;
    TestPoint m_a, m_b, m_unenrolled, m_expired, m_stranger, m_rated;
    std::unique_ptr<ThrowawayPostgres> m_postgres;
    std::unique_ptr<IntakeServerProcess> m_server;
    std::map<QString, std::unique_ptr<IntakeClient>> m_clients;
    std::map<QString, qint64> m_headSeq;
};

void tst_Intake::initTestCase()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_a = m_province.point(u"430102-01"_s);
    m_b = m_province.point(u"430102-02"_s);
    m_unenrolled = m_province.point(u"430102-03"_s);
    m_expired = m_province.point(u"430102-04"_s, now.addYears(-2), now.addDays(-1));
    m_stranger = TestProvince(u"Another province"_s).point(u"430102-01"_s);
    m_rated = m_province.point(u"430102-09"_s);

    m_server = std::make_unique<IntakeServerProcess>(m_province);
    if (qEnvironmentVariable("REGPOINT_INTAKE_STORE") == u"postgresql"_s) {
        if (!ThrowawayPostgres::available())
            QSKIP("needs the PostgreSQL 15 server (postgresql-15) and root, to run initdb as the postgres user");
        m_postgres = std::make_unique<ThrowawayPostgres>();
        QString error;
        QVERIFY2(m_postgres->start(&error), qPrintable(error));
        m_server->setStore(m_postgres->uri(), m_postgres->flushesCommits());
    }
    const QDir dir(m_server->folder());
    for (const TestPoint *p : { &m_a, &m_b, &m_expired, &m_rated }) {
        const QString path = dir.filePath(p->code + u".crt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(p->certPem);
        file.close();
        QByteArray out, err;
        const int exit = m_server->command({ u"enrol"_s, path, u"--json"_s }, &out, &err);
        if (p == &m_expired) { // the CLI refuses a certificate that is not valid now
            QCOMPARE(exit, 1);
            continue;
        }
        QVERIFY2(exit == 0, err.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"point"_s).toString(), p->code);
    }
    QVERIFY(
        m_server->start({ u"--request-timeout-ms"_s, u"1500"_s, u"--rate"_s, u"50"_s, u"--burst"_s, u"500"_s }) != 0);
}

void tst_Intake::cleanup()
{
    // After every case, bad input included, the server still serves.
    QVERIFY(m_server->isRunning());
    IntakeClient fresh(m_server->port(), m_province.caPem(), m_a);
    QCOMPARE(fresh.request("GET", "/v1/health").status, 200);
}

void tst_Intake::cleanupTestCase()
{
    m_clients.clear();
    if (m_server)
        m_server->stop();
}

IntakeClient &tst_Intake::client(const TestPoint &point)
{
    std::unique_ptr<IntakeClient> &c = m_clients[point.code + QString::fromLatin1(point.certPem.right(40))];
    if (!c)
        c = std::make_unique<IntakeClient>(m_server->port(), m_province.caPem(), point);
    return *c;
}

AuditHead tst_Intake::nextHead(const TestPoint &point)
{
    const qint64 seq = ++m_headSeq[point.code] + 100;
    const QString hash = sha256(QByteArray::number(seq).append(point.code.toLatin1()));
    return { seq, hash, QByteArray::fromBase64(TestProvince::signAuditTip(point, seq, hash)) };
}

Sealed tst_Intake::seal(const TestPoint &point, Decision decision)
{
    const QUuid id = QUuid::createUuid();
    return { id, TestProvince::seal(point, id), decision };
}

HttpAnswer tst_Intake::announce(const TestPoint &point, const QUuid &batch, const QList<Sealed> &records,
    const std::function<void(QJsonObject &)> &edit)
{
    Manifest manifest;
    manifest.batch = batch;
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.auditHead = nextHead(point);
    for (const Sealed &r : records) {
        manifest.records.append({ r.id, sha256(r.envelope), r.envelope.size(), r.decision,
            r.decision == Decision::Rejected ? u"photo refused"_s : QString(), {} });
    }
    QJsonObject json = manifest.toJson();
    if (edit)
        edit(json);
    return client(point).request("POST", "/v1/batches", compact(json));
}

HttpAnswer tst_Intake::upload(const TestPoint &point, const QUuid &batch, const Sealed &record)
{
    return client(point).request("PUT", recordPath(batch, record.id), record.envelope);
}

ReceiptBody tst_Intake::verified(
    const QJsonObject &receipt, const TestPoint &point, const QUuid &id, const QString &sha)
{
    const Result<ReceiptBody> body
        = verifyReceipt(receipt, m_province.caPem(), id, point.code, sha, QDateTime::currentDateTimeUtc());
    if (!body) {
        qWarning("receipt refused: %s %s", qPrintable(body.failure().code), compact(receipt).constData());
        return {};
    }
    return body.value();
}

void tst_Intake::health()
{
    const HttpAnswer answer = client(m_a).request("GET", "/v1/health", {}, { { "RegPoint-Protocol", "" } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(answer.json().value(u"protocol"_s).toInt(), 1);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
}

void tst_Intake::acceptedDuplicateConflict()
{
    const QUuid batch = QUuid::createUuid();
    const Sealed record = seal(m_a);
    HttpAnswer answer = announce(m_a, batch, { record });
    QCOMPARE(answer.status, 200);
    const Result<ManifestAnswer> manifestAnswer = ManifestAnswer::fromJson(answer.body);
    QVERIFY(manifestAnswer);
    QCOMPARE(manifestAnswer->records.size(), 1);
    QVERIFY(manifestAnswer->records[0].send);

    answer = upload(m_a, batch, record);
    QCOMPARE(answer.status, 200);
    const Result<RecordAnswer> first = RecordAnswer::fromJson(answer.body);
    QVERIFY2(first, answer.body.constData());
    QCOMPARE(first->outcome.state, u"accepted"_s);
    QCOMPARE(first->outcome.code, u"ok"_s);
    const ReceiptBody original = verified(first->receipt, m_a, record.id, sha256(record.envelope));
    QCOMPARE(original.state, ReceiptState::Accepted);
    QCOMPARE(original.final, false); // no identity check yet
    QCOMPARE(original.batch, batch);
    QVERIFY(original.seq > 0);

    // The same bytes again: a duplicate, with the original receipt.
    answer = upload(m_a, batch, record);
    const Result<RecordAnswer> again = RecordAnswer::fromJson(answer.body);
    QVERIFY(again);
    QCOMPARE(again->outcome.state, u"duplicate"_s);
    QCOMPARE(again->outcome.code, u"record.same-bytes"_s);
    QCOMPARE(again->receipt, first->receipt);

    // Announced again: not to be sent, the original receipt.
    const QUuid batch2 = QUuid::createUuid();
    answer = announce(m_a, batch2, { record });
    const Result<ManifestAnswer> second = ManifestAnswer::fromJson(answer.body);
    QVERIFY(second);
    QCOMPARE(second->records[0].send, false);
    QCOMPARE(second->records[0].outcome->state, u"duplicate"_s);
    QCOMPARE(second->records[0].receipt, first->receipt);

    // The same id with other bytes: a conflict, nothing overwritten.
    const Sealed other { record.id, TestProvince::seal(m_a, record.id, 5000), Decision::Approved };
    QVERIFY(other.envelope != record.envelope);
    const QUuid batch3 = QUuid::createUuid();
    answer = announce(m_a, batch3, { other });
    const Result<ManifestAnswer> third = ManifestAnswer::fromJson(answer.body);
    QVERIFY(third);
    QCOMPARE(third->records[0].send, false);
    QCOMPARE(third->records[0].outcome->code, u"record.id-conflict"_s);
    answer = upload(m_a, batch3, other);
    const Result<RecordAnswer> conflict = RecordAnswer::fromJson(answer.body);
    QVERIFY(conflict);
    QCOMPARE(conflict->outcome.state, u"conflict"_s);
    QCOMPARE(conflict->outcome.code, u"record.id-conflict"_s);
    const ReceiptBody conflictBody = verified(conflict->receipt, m_a, record.id, sha256(other.envelope));
    QCOMPARE(conflictBody.state, ReceiptState::Conflict);
    QVERIFY(conflictBody.final);
    QVERIFY(conflictBody.seq > original.seq);

    // Still held: the original bytes and receipt.
    answer = client(m_a).request("POST", "/v1/status", compact(StatusRequest { { record.id } }.toJson()));
    const Result<StatusAnswer> status = StatusAnswer::fromJson(answer.body);
    QVERIFY(status);
    QCOMPARE(status->records[0].state, u"accepted"_s);
    QCOMPARE(status->records[0].receipt, first->receipt);
}

void tst_Intake::manifestMismatch()
{
    const QUuid batch = QUuid::createUuid();
    const Sealed record = seal(m_a);
    QCOMPARE(announce(m_a, batch, { record }).status, 200);
    Sealed changed = record;
    changed.envelope = TestProvince::seal(m_a, record.id, 4000);
    const Result<RecordAnswer> answer = RecordAnswer::fromJson(upload(m_a, batch, changed).body);
    QVERIFY(answer);
    QCOMPARE(answer->outcome.state, u"rejected"_s);
    QCOMPARE(answer->outcome.code, u"record.manifest-mismatch"_s);
    const ReceiptBody body = verified(answer->receipt, m_a, record.id, sha256(record.envelope));
    QCOMPARE(body.final, false);
    // Nothing stored: the right bytes are still accepted.
    QCOMPARE(RecordAnswer::fromJson(upload(m_a, batch, record).body)->outcome.state, u"accepted"_s);
}

void tst_Intake::notInManifest()
{
    const QUuid batch = QUuid::createUuid();
    QCOMPARE(announce(m_a, batch, { seal(m_a) }).status, 200);
    const Sealed stray = seal(m_a);
    const Result<RecordAnswer> answer = RecordAnswer::fromJson(upload(m_a, batch, stray).body);
    QVERIFY(answer);
    QCOMPARE(answer->outcome.code, u"record.not-in-manifest"_s);
    QCOMPARE(verified(answer->receipt, m_a, stray.id).decision, Decision::None);
    // A batch this point never announced (or another point's) is unknown.
    QCOMPARE(upload(m_a, QUuid::createUuid(), stray).errorCode(), u"request.unknown"_s);
    QCOMPARE(upload(m_b, batch, stray).errorCode(), u"request.unknown"_s);
}

void tst_Intake::foreignPoint()
{
    // Point B sends an envelope point A sealed, listed in B's own manifest with the right hash.
    const Sealed ofA = seal(m_a);
    const QUuid batch = QUuid::createUuid();
    QCOMPARE(announce(m_b, batch, { ofA }).status, 200);
    const Result<RecordAnswer> answer = RecordAnswer::fromJson(upload(m_b, batch, ofA).body);
    QVERIFY(answer);
    QCOMPARE(answer->outcome.code, u"record.foreign-point"_s);
    QVERIFY(verified(answer->receipt, m_b, ofA.id).final);
    // A still can send it.
    const QUuid batchA = QUuid::createUuid();
    QCOMPARE(announce(m_a, batchA, { ofA }).status, 200);
    QCOMPARE(RecordAnswer::fromJson(upload(m_a, batchA, ofA).body)->outcome.code, u"ok"_s);
    // And B's status for it is B's own rejection, never A's record.
    const Result<StatusAnswer> status = StatusAnswer::fromJson(
        client(m_b).request("POST", "/v1/status", compact(StatusRequest { { ofA.id } }.toJson())).body);
    QCOMPARE(status->records[0].code, u"record.foreign-point"_s);
}

void tst_Intake::sealRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("signature") << u"signature_value"_s << u"seal.signature"_s;
    QTest::newRow("ciphertext") << u"ciphertext"_s << u"seal.ciphertext-altered"_s;
    QTest::newRow("wrapped key") << u"wrapped_key"_s << u"seal.wrapped-key-altered"_s;
    QTest::newRow("certificate") << u"machine_certificate"_s << u"seal.certificate-foreign"_s;
    QTest::newRow("not an envelope") << u"garbage"_s << u"seal.format"_s;
    QTest::newRow("another record's envelope") << u"other"_s << u"seal.other-record"_s;
    QTest::newRow("foreign CA") << u"stranger"_s << u"seal.certificate-foreign"_s;
}

void tst_Intake::sealRefusals()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    Sealed record = seal(m_a);
    if (field == u"garbage"_s)
        record.envelope = QByteArray(2000, 'x');
    else if (field == u"other"_s)
        record.envelope = TestProvince::seal(m_a, QUuid::createUuid());
    else if (field == u"stranger"_s)
        record.envelope = TestProvince::seal(m_stranger, record.id);
    else
        record.envelope = tampered(record.envelope, field);
    const QUuid batch = QUuid::createUuid();
    QCOMPARE(announce(m_a, batch, { record }).status, 200);
    const Result<RecordAnswer> answer = RecordAnswer::fromJson(upload(m_a, batch, record).body);
    QVERIFY(answer);
    QCOMPARE(answer->outcome.state, u"rejected"_s);
    QCOMPARE(answer->outcome.code, code);
    QVERIFY(verified(answer->receipt, m_a, record.id).final);
}

void tst_Intake::handshakeRefusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("no certificate") << u"none"_s;
    QTest::newRow("another CA's certificate") << u"stranger"_s;
    QTest::newRow("expired certificate") << u"expired"_s;
    QTest::newRow("the intake's own server certificate") << u"server"_s;
}

void tst_Intake::handshakeRefusals()
{
    QFETCH(QString, who);
    TestPoint point;
    if (who == u"stranger"_s) {
        point = m_stranger;
    } else if (who == u"expired"_s) {
        point = m_expired;
    } else if (who == u"server"_s) {
        const IssuedKey server = m_province.tlsServer();
        point = { u"localhost"_s, server.keyPem, server.certificatePem };
    }
    IntakeClient refused(m_server->port(), m_province.caPem(), point);
    const QString error = refused.handshake();
    QVERIFY2(!error.isEmpty(), "the handshake should have failed");
    // No HTTP status ever reached it.
    QCOMPARE(refused.request("GET", "/v1/health").status, 0);
}

void tst_Intake::notEnrolled()
{
    const HttpAnswer answer = client(m_unenrolled).request("POST", "/v1/status", R"({"ids":[]})");
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.errorCode(), u"point.not-enrolled"_s);
    QCOMPARE(answer.json().value(u"error"_s).toObject().value(u"retry"_s).toBool(), false);
    // A new certificate for an enrolled point, issued but not enrolled, is refused too.
    const TestPoint renewed = m_province.point(m_a.code);
    QCOMPARE(client(renewed).request("POST", "/v1/status", R"({"ids":[]})").errorCode(), u"point.not-enrolled"_s);
}

void tst_Intake::reEnrolmentReplacesTheCertificate()
{
    // A point's machine is lost and its code re-enrolled with a new certificate: the new one is
    // taken at once, and the old one (what a thief holds) refused once the intake's memory of
    // the enrolment has expired (RecentLookups::kEnrolmentTtl, 5 s), even on a connection it
    // had open and in use before.
    const auto enrol = [this](const TestPoint &point) {
        const QString path = QDir(m_server->folder()).filePath(u"reenrol.crt"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(point.certPem) != point.certPem.size())
            return false;
        file.close();
        return m_server->command({ u"enrol"_s, path }) == 0;
    };
    const TestPoint lost = m_province.point(u"430102-05"_s);
    QVERIFY(enrol(lost));
    QCOMPARE(client(lost).request("POST", "/v1/status", R"({"ids":[]})").status, 200);
    const TestPoint replacement = m_province.point(lost.code);
    QVERIFY(enrol(replacement));
    QCOMPARE(client(replacement).request("POST", "/v1/status", R"({"ids":[]})").status, 200);
    QTest::qWait(5500);
    const HttpAnswer stolen = client(lost).request("POST", "/v1/status", R"({"ids":[]})");
    QCOMPARE(stolen.status, 401);
    QCOMPARE(stolen.errorCode(), u"point.not-enrolled"_s);
}

void tst_Intake::protocolAndClock_data()
{
    QTest::addColumn<QByteArray>("protocol");
    QTest::addColumn<QByteArray>("clock");
    QTest::addColumn<QString>("code");
    const QByteArray now = utcTimeText(QDateTime::currentDateTimeUtc()).toLatin1();
    QTest::newRow("no protocol header") << QByteArray() << now << u"protocol.version"_s;
    QTest::newRow("protocol 2") << QByteArray("2") << now << u"protocol.version"_s;
    QTest::newRow("no clock") << QByteArray("1") << QByteArray() << u"clock.skew"_s;
    QTest::newRow("clock 10 minutes fast")
        << QByteArray("1") << utcTimeText(QDateTime::currentDateTimeUtc().addSecs(600)).toLatin1() << u"clock.skew"_s;
    QTest::newRow("clock local time") << QByteArray("1") << QByteArray("2026-11-30T17:15:02+08:00") << u"clock.skew"_s;
}

void tst_Intake::protocolAndClock()
{
    QFETCH(QByteArray, protocol);
    QFETCH(QByteArray, clock);
    QFETCH(QString, code);
    const HttpAnswer answer = client(m_a).request(
        "POST", "/v1/status", R"({"ids":[]})", { { "RegPoint-Protocol", protocol }, { "RegPoint-Clock", clock } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
    const QJsonObject error = answer.json().value(u"error"_s).toObject();
    if (code == u"clock.skew"_s)
        QVERIFY(error.value(u"serverTime"_s).toString().endsWith(u'Z'));
    else
        QCOMPARE(error.value(u"supported"_s).toArray(), QJsonArray({ 1 }));
}

void tst_Intake::tooLarge()
{
    const QUuid batch = QUuid::createUuid();
    const Sealed record = seal(m_a);
    QCOMPARE(announce(m_a, batch, { record }).status, 200);
    HttpAnswer answer = client(m_a).request("PUT", recordPath(batch, record.id), QByteArray(256 * 1024 + 1, '{'));
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.errorCode(), u"request.too-large"_s);
    answer = client(m_a).request("POST", "/v1/batches", QByteArray(1024 * 1024 + 1, ' '));
    QCOMPARE(answer.errorCode(), u"request.too-large"_s);
    answer = client(m_a).request("GET", "/v1/config", {}, { { "X-Filler", QByteArray(9000, 'a') } });
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.errorCode(), u"request.too-large"_s);
    // Nothing was stored for the record: it can still be sent.
    QCOMPARE(RecordAnswer::fromJson(upload(m_a, batch, record).body)->outcome.code, u"ok"_s);
}

void tst_Intake::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray manifest
        = compact(Manifest { QUuid::createUuid(), QDateTime::currentDateTimeUtc(), { 1, QString(64, u'a'), "sig" },
            {} }.toJson());
    QTest::newRow("manifest truncated") << QByteArray("/v1/batches") << manifest.left(manifest.size() - 5) << QString();
    QTest::newRow("manifest not JSON") << QByteArray("/v1/batches") << QByteArray("batch=1") << QString();
    QTest::newRow("manifest empty") << QByteArray("/v1/batches") << QByteArray() << QString();
    QTest::newRow("manifest without records")
        << QByteArray("/v1/batches") << QByteArray(manifest).replace("\"records\":[]", "\"recordz\":[]")
        << u"records"_s;
    QTest::newRow("manifest seq a string")
        << QByteArray("/v1/batches") << QByteArray(manifest).replace(R"("seq":1)", R"("seq":"1")")
        << u"auditHead.seq"_s;
    QTest::newRow("status ids not an array") << QByteArray("/v1/status") << QByteArray(R"({"ids":"x"})") << u"ids"_s;
    QTest::newRow("status id upper case")
        << QByteArray("/v1/status") << QByteArray(R"({"ids":["0B6E0000-0000-4000-8000-000000000000"]})") << u"ids[0]"_s;
    QTest::newRow("serial request missing") << QByteArray("/v1/serial-blocks") << QByteArray("{}") << u"request"_s;
    QTest::newRow("binary garbage") << QByteArray("/v1/status") << QByteArray("\x00\xff\xfe{", 4) << QString();
}

void tst_Intake::malformedRequests()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpAnswer answer = client(m_a).request("POST", target, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), u"request.malformed"_s);
    QCOMPARE(answer.json().value(u"error"_s).toObject().value(u"field"_s).toString(), field);
}

void tst_Intake::routesAndMethods()
{
    QCOMPARE(client(m_a).request("GET", "/v1/nothing").errorCode(), u"request.unknown"_s);
    QCOMPARE(client(m_a).request("GET", "/v2/health").status, 404);
    QCOMPARE(client(m_a).request("GET", "/v1/batches/NOT-A-UUID/records/x").status, 404);
    const HttpAnswer wrong = client(m_a).request("GET", "/v1/batches");
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.errorCode(), u"request.method"_s);
    QCOMPARE(client(m_a).request("DELETE", "/v1/status").status, 405);
    // Not HTTP at all after the handshake: 400, and the connection closes.
    const HttpAnswer garbage = client(m_a).raw("\x16\x03\x01 this is not http\r\n\r\n");
    QVERIFY(garbage.status == 400 || garbage.status == 0);
}

void tst_Intake::auditHead()
{
    const AuditHead now = nextHead(m_b);
    const auto withHead = [&](const AuditHead &head) {
        return [head](QJsonObject &json) { json.insert(u"auditHead"_s, head.toJson()); };
    };
    QCOMPARE(announce(m_b, QUuid::createUuid(), {}, withHead(now)).status, 200);
    // The same head again (a retry) is fine.
    QCOMPARE(announce(m_b, QUuid::createUuid(), {}, withHead(now)).status, 200);
    // An older one: backwards.
    const QString oldHash = sha256("old");
    const AuditHead older { now.seq - 1, oldHash,
        QByteArray::fromBase64(TestProvince::signAuditTip(m_b, now.seq - 1, oldHash)) };
    HttpAnswer answer = announce(m_b, QUuid::createUuid(), {}, withHead(older));
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.errorCode(), u"audit.head-backwards"_s);
    // Same seq, other hash: forked.
    const QString forkHash = sha256("fork");
    const AuditHead fork { now.seq, forkHash,
        QByteArray::fromBase64(TestProvince::signAuditTip(m_b, now.seq, forkHash)) };
    answer = announce(m_b, QUuid::createUuid(), {}, withHead(fork));
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.errorCode(), u"audit.head-forked"_s);
    // Signed by another key (A's) for B's connection.
    const AuditHead byA { now.seq + 50, forkHash,
        QByteArray::fromBase64(TestProvince::signAuditTip(m_a, now.seq + 50, forkHash)) };
    answer = announce(m_b, QUuid::createUuid(), {}, withHead(byA));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), u"audit.head-signature"_s);
    // None of these moved the kept head: the next one in order is accepted.
    QCOMPARE(announce(m_b, QUuid::createUuid(), {}).status, 200);
}

void tst_Intake::replayedBatch()
{
    const QUuid batch = QUuid::createUuid();
    const Sealed record = seal(m_a);
    Manifest manifest;
    manifest.batch = batch;
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.auditHead = nextHead(m_a);
    manifest.records.append({ record.id, sha256(record.envelope), record.envelope.size(), Decision::Approved, {}, {} });
    const QByteArray body = compact(manifest.toJson());
    QCOMPARE(client(m_a).request("POST", "/v1/batches", body).status, 200);
    QCOMPARE(RecordAnswer::fromJson(upload(m_a, batch, record).body)->outcome.code, u"ok"_s);
    // The same manifest again (a retry after a lost answer): the record is held, not to be sent.
    HttpAnswer answer = client(m_a).request("POST", "/v1/batches", body);
    QCOMPARE(answer.status, 200);
    QCOMPARE(ManifestAnswer::fromJson(answer.body)->records[0].send, false);
    // The batch id with another manifest, or from another point: refused.
    manifest.auditHead = nextHead(m_a);
    answer = client(m_a).request("POST", "/v1/batches", compact(manifest.toJson()));
    QCOMPARE(answer.errorCode(), u"request.malformed"_s);
    QCOMPARE(answer.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"batch"_s);
    answer = announce(m_b, batch, {});
    QCOMPARE(answer.errorCode(), u"request.malformed"_s);
    // Once the head moved on, a captured older manifest replayed is backwards.
    QCOMPARE(client(m_a).request("POST", "/v1/batches", body).errorCode(), u"audit.head-backwards"_s);
}

void tst_Intake::decisionUpdatedAtDayEnd()
{
    const QUuid batch = QUuid::createUuid();
    const Sealed pending = seal(m_a, Decision::Pending);
    QCOMPARE(announce(m_a, batch, { pending }).status, 200);
    const Result<RecordAnswer> first = RecordAnswer::fromJson(upload(m_a, batch, pending).body);
    QCOMPARE(verified(first->receipt, m_a, pending.id).decision, Decision::Pending);
    // Day end: the same bytes, rejected by the supervisor.
    Sealed rejected = pending;
    rejected.decision = Decision::Rejected;
    const Result<ManifestAnswer> answer
        = ManifestAnswer::fromJson(announce(m_a, QUuid::createUuid(), { rejected }).body);
    QVERIFY(answer);
    QCOMPARE(answer->records[0].send, false);
    const ReceiptBody body = verified(answer->records[0].receipt, m_a, pending.id);
    QCOMPARE(body.decision, Decision::Rejected);
    QCOMPARE(body.state, ReceiptState::Rejected);
    QCOMPARE(body.code, u"decision.rejected-at-point"_s);
    QVERIFY(body.final);
    QVERIFY(body.seq > verified(first->receipt, m_a, pending.id).seq);
}

void tst_Intake::statusByIds()
{
    const QUuid batch = QUuid::createUuid();
    const Sealed mine = seal(m_a), theirs = seal(m_b);
    QCOMPARE(announce(m_a, batch, { mine }).status, 200);
    QCOMPARE(RecordAnswer::fromJson(upload(m_a, batch, mine).body)->outcome.code, u"ok"_s);
    const QUuid batchB = QUuid::createUuid();
    QCOMPARE(announce(m_b, batchB, { theirs }).status, 200);
    QCOMPARE(RecordAnswer::fromJson(upload(m_b, batchB, theirs).body)->outcome.code, u"ok"_s);
    const QUuid nobody = QUuid::createUuid();
    const HttpAnswer answer
        = client(m_a).request("POST", "/v1/status", compact(StatusRequest { { mine.id, theirs.id, nobody } }.toJson()));
    const Result<StatusAnswer> status = StatusAnswer::fromJson(answer.body);
    QVERIFY2(status, answer.body.constData());
    QCOMPARE(status->records.size(), 3);
    QCOMPARE(status->records[0].state, u"accepted"_s);
    QCOMPARE(status->records[0].final, false);
    QCOMPARE(verified(status->records[0].receipt, m_a, mine.id).recordId, mine.id);
    QCOMPARE(status->records[1].state, u"unknown"_s); // another point's record
    QCOMPARE(status->records[2].state, u"unknown"_s);
}

void tst_Intake::receiptsCursor()
{
    const QUuid batch = QUuid::createUuid();
    QList<Sealed> records { seal(m_b), seal(m_b), seal(m_b) };
    QCOMPARE(announce(m_b, batch, records).status, 200);
    for (const Sealed &r : records)
        QCOMPARE(RecordAnswer::fromJson(upload(m_b, batch, r).body)->outcome.code, u"ok"_s);
    // Every receipt of B, two at a time, in issue order, each one verifying.
    qint64 after = 0, lastSeq = 0;
    QSet<QUuid> seen;
    for (int page = 0; page < 100; ++page) {
        const HttpAnswer answer
            = client(m_b).request("GET", "/v1/receipts?after=" + QByteArray::number(after) + "&limit=2");
        const Result<ReceiptsPage> read = ReceiptsPage::fromJson(answer.body);
        QVERIFY2(read, answer.body.constData());
        QVERIFY(read->receipts.size() <= 2);
        if (read->receipts.isEmpty()) {
            QCOMPARE(read->next, after);
            break;
        }
        for (const QJsonObject &receipt : read->receipts) {
            const Result<ReceiptBody> body
                = verifyIntakeSigned(receipt, "body"_L1, m_province.caPem(), QDateTime::currentDateTimeUtc()).ok()
                ? ReceiptBody::fromJson(receipt.value(u"body"_s).toObject())
                : Result<ReceiptBody>(Failure { u"bad"_s, QString() });
            QVERIFY(body);
            QCOMPARE(body->pointCode, m_b.code);
            QVERIFY(body->seq > lastSeq);
            lastSeq = body->seq;
            seen.insert(body->recordId);
        }
        after = read->next;
    }
    for (const Sealed &r : records)
        QVERIFY(seen.contains(r.id));
    QCOMPARE(client(m_b).request("GET", "/v1/receipts?after=-1").errorCode(), u"request.malformed"_s);
    QCOMPARE(client(m_b).request("GET", "/v1/receipts?limit=1001").errorCode(), u"request.malformed"_s);
}

void tst_Intake::serialBlocks()
{
    const auto ask = [&](const TestPoint &point, const QUuid &request) -> std::optional<SerialBlock> {
        const HttpAnswer answer
            = client(point).request("POST", "/v1/serial-blocks", compact(SerialBlockRequest { request }.toJson()));
        if (answer.status != 200)
            return std::nullopt;
        const Result<SerialBlock> block
            = verifySerialBlock(answer.json(), m_province.caPem(), point.code, QDateTime::currentDateTimeUtc());
        return block ? std::optional(block.value()) : std::nullopt;
    };
    const QUuid r1 = QUuid::createUuid(), r2 = QUuid::createUuid(), r3 = QUuid::createUuid();
    const std::optional<SerialBlock> a1 = ask(m_a, r1), b1 = ask(m_b, r2), a1again = ask(m_a, r1);
    QVERIFY(a1 && b1 && a1again);
    QCOMPARE(a1->count(), 500);
    QCOMPARE(a1->first.size(), 14);
    QCOMPARE(a1again->id, a1->id); // the same request burns nothing
    QCOMPARE(a1again->first, a1->first);
    // Another point's request id is refused.
    QCOMPARE(client(m_b).request("POST", "/v1/serial-blocks", compact(SerialBlockRequest { r1 }.toJson())).errorCode(),
        u"request.malformed"_s);

    // A restart keeps the sequence.
    m_clients.clear();
    QVERIFY(
        m_server->start({ u"--request-timeout-ms"_s, u"1500"_s, u"--rate"_s, u"50"_s, u"--burst"_s, u"500"_s }) != 0);
    const std::optional<SerialBlock> a2 = ask(m_a, r3), a1later = ask(m_a, r1);
    QVERIFY(a2 && a1later);
    QCOMPARE(a1later->first, a1->first);
    QList<SerialBlock> blocks { *a1, *b1, *a2 };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        for (qsizetype j = i + 1; j < blocks.size(); ++j) {
            const bool apart
                = blocks[i].last.mid(2) < blocks[j].first.mid(2) || blocks[j].last.mid(2) < blocks[i].first.mid(2);
            QVERIFY2(apart, qPrintable(blocks[i].first + u".."_s + blocks[i].last + u" / "_s + blocks[j].first));
        }
    }

    // A manifest may name only this point's numbers: B's number on A's record is refused whole,
    // and nothing of it is kept; A's own number is taken and stays with the record.
    const Sealed record = seal(m_a);
    const HttpAnswer foreign = announce(m_a, QUuid::createUuid(), { record }, withSerial(b1->at(0)));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.errorCode(), u"request.malformed"_s);
    QCOMPARE(foreign.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"records[0].serial"_s);
    const QUuid batch = QUuid::createUuid();
    QCOMPARE(announce(m_a, batch, { record }, withSerial(a1->at(7))).status, 200);
    QCOMPARE(RecordAnswer::fromJson(upload(m_a, batch, record).body)->outcome.code, u"ok"_s);
    QByteArray out;
    QCOMPARE(m_server->command({ u"find"_s, a1->at(7), u"--json"_s }, &out), 0);
    QCOMPARE(
        QJsonDocument::fromJson(out).object().value(u"record"_s).toString(), record.id.toString(QUuid::WithoutBraces));
    QCOMPARE(m_server->command({ u"find"_s, b1->at(0), u"--json"_s }, &out), 1);
}

Result<SerialBlock> tst_Intake::newBlock(const TestPoint &point)
{
    const HttpAnswer asked = client(point).request(
        "POST", "/v1/serial-blocks", compact(SerialBlockRequest { QUuid::createUuid() }.toJson()));
    return verifySerialBlock(asked.json(), m_province.caPem(), point.code, QDateTime::currentDateTimeUtc());
}

QString tst_Intake::recordNumbered(const QString &serial)
{
    QByteArray out;
    return m_server->command({ u"find"_s, serial, u"--json"_s }, &out) == 0
        ? QJsonDocument::fromJson(out).object().value(u"record"_s).toString()
        : QString();
}

void tst_Intake::numberGivenAfterAcceptance()
{
    const Result<SerialBlock> block = newBlock(m_a);
    QVERIFY(block);
    const auto found = [&](const QString &serial) { return recordNumbered(serial); };

    // Completed while the point had no number left: sent and accepted without one.
    const Sealed record = seal(m_a);
    const QUuid batch = QUuid::createUuid();
    QCOMPARE(announce(m_a, batch, { record }).status, 200);
    const ReceiptBody first
        = verified(RecordAnswer::fromJson(upload(m_a, batch, record).body)->receipt, m_a, record.id);
    QVERIFY(first.serial.isEmpty());

    // Its number, announced later with the same bytes: kept, and stated by a new receipt that
    // otherwise says what the record's receipt said.
    const Result<ManifestAnswer> later
        = ManifestAnswer::fromJson(announce(m_a, QUuid::createUuid(), { record }, withSerial(block->at(3))).body);
    QVERIFY(later);
    QCOMPARE(later->records[0].send, false);
    QCOMPARE(later->records[0].outcome->state, u"duplicate"_s);
    const ReceiptBody stated = verified(later->records[0].receipt, m_a, record.id);
    QCOMPARE(stated.serial, block->at(3));
    QVERIFY(stated.seq > first.seq);
    QCOMPARE(stated.state, first.state);
    QCOMPARE(stated.final, first.final);
    QCOMPARE(stated.decision, first.decision);
    QCOMPARE(found(block->at(3)), record.id.toString(QUuid::WithoutBraces));

    // The same number again is the same receipt. Another number for it is not kept: the answer
    // states the number held, and the rest of the manifest goes on (a point restored from an old
    // copy must not be stuck on one record).
    const Result<ManifestAnswer> again
        = ManifestAnswer::fromJson(announce(m_a, QUuid::createUuid(), { record }, withSerial(block->at(3))).body);
    QCOMPARE(verified(again->records[0].receipt, m_a, record.id).seq, stated.seq);
    const Sealed fresh = seal(m_a);
    const HttpAnswer other = announce(m_a, QUuid::createUuid(), { record, fresh }, withSerial(block->at(4)));
    QCOMPARE(other.status, 200);
    const Result<ManifestAnswer> otherAnswer = ManifestAnswer::fromJson(other.body);
    QCOMPARE(verified(otherAnswer->records[0].receipt, m_a, record.id).serial, block->at(3));
    QCOMPARE(otherAnswer->records[1].send, true);
    QVERIFY(found(block->at(4)).isEmpty());
    QCOMPARE(found(block->at(3)), record.id.toString(QUuid::WithoutBraces));
}

void tst_Intake::numberGivenTwiceFindsOneRecord()
{
    // A point put back from an older copy of its store gives a number a second time. The number
    // on a slip must find one candidate: the first record keeps it; the second is held all the
    // same, without it, and its receipt says why (record.serial-taken), on upload and when the
    // number comes later for a record already held.
    const Result<SerialBlock> block = newBlock(m_a);
    QVERIFY(block);
    const QString number = block->at(5);
    const auto found = [&] { return recordNumbered(number); };
    const auto send = [&](const Sealed &record, const QString &serial) {
        const QUuid batch = QUuid::createUuid();
        const HttpAnswer announced = serial.isEmpty() ? announce(m_a, batch, { record })
                                                      : announce(m_a, batch, { record }, withSerial(serial));
        if (announced.status != 200)
            return RecordAnswer {};
        const Result<RecordAnswer> answer = RecordAnswer::fromJson(upload(m_a, batch, record).body);
        return answer ? answer.value() : RecordAnswer {};
    };

    const Sealed first = seal(m_a), second = seal(m_a), unnumbered = seal(m_a);
    QCOMPARE(send(first, number).outcome.code, u"ok"_s);
    const RecordAnswer again = send(second, number);
    QCOMPARE(again.outcome.state, u"accepted"_s);
    QCOMPARE(again.outcome.code, u"record.serial-taken"_s);
    const ReceiptBody refused = verified(again.receipt, m_a, second.id);
    QVERIFY(refused.serial.isEmpty());
    QCOMPARE(refused.state, ReceiptState::Accepted);
    QCOMPARE(found(), first.id.toString(QUuid::WithoutBraces));

    // Accepted without a number, then announced with the taken one: a receipt that says so, once.
    QCOMPARE(send(unnumbered, {}).outcome.code, u"ok"_s);
    const Result<ManifestAnswer> later
        = ManifestAnswer::fromJson(announce(m_a, QUuid::createUuid(), { unnumbered }, withSerial(number)).body);
    QVERIFY(later);
    const ReceiptBody stated = verified(later->records[0].receipt, m_a, unnumbered.id);
    QCOMPARE(stated.code, u"record.serial-taken"_s);
    QVERIFY(stated.serial.isEmpty());
    const Result<ManifestAnswer> repeated
        = ManifestAnswer::fromJson(announce(m_a, QUuid::createUuid(), { unnumbered }, withSerial(number)).body);
    QCOMPARE(verified(repeated->records[0].receipt, m_a, unnumbered.id).seq, stated.seq);
    QCOMPARE(found(), first.id.toString(QUuid::WithoutBraces));
}

void tst_Intake::configBundle()
{
    const HttpAnswer answer = client(m_a).request("GET", "/v1/config");
    QCOMPARE(answer.status, 200);
    const Result<ConfigBundle> bundle
        = verifyConfigBundle(answer.json(), m_province.caPem(), m_a.code, QDateTime::currentDateTimeUtc());
    QVERIFY2(bundle, qPrintable(bundle.failure().message));
    QCOMPARE(bundle->pointCode, m_a.code);
    QVERIFY(bundle->version >= 1);
    QCOMPARE(bundle->photoProfile.width, 480);
    for (const SerialBlock &b : bundle->serialBlocks)
        QCOMPARE(b.pointCode, m_a.code);
}

void tst_Intake::concurrentUploadsOfOneId()
{
    // Two connections of the same point send the same ids at the same moment: each id is
    // stored once; of each pair one is accepted and the other a duplicate of it.
    constexpr int kIds = 8;
    const QUuid batch = QUuid::createUuid();
    QList<Sealed> records;
    for (int i = 0; i < kIds; ++i)
        records.append(seal(m_a));
    QCOMPARE(announce(m_a, batch, records).status, 200);
    std::array<QList<QString>, 2> outcomes;
    std::vector<std::thread> threads;
    threads.reserve(outcomes.size());
    for (QList<QString> &outcome : outcomes) {
        threads.emplace_back([&] {
            IntakeClient own(m_server->port(), m_province.caPem(), m_a);
            for (const Sealed &r : records) {
                const HttpAnswer answer = own.request("PUT", recordPath(batch, r.id), r.envelope);
                const Result<RecordAnswer> read = RecordAnswer::fromJson(answer.body);
                outcome.append(read ? read->outcome.state : QString::fromLatin1(answer.body));
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int i = 0; i < kIds; ++i) {
        QStringList pair { outcomes[0].value(i), outcomes[1].value(i) };
        pair.sort();
        QCOMPARE(pair, QStringList({ u"accepted"_s, u"duplicate"_s }));
    }
    // And the store counts each once.
    QByteArray out;
    QCOMPARE(m_server->command({ u"status"_s, u"--json"_s }, &out), 0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(u"ok"_s).toBool());
}

void tst_Intake::requestTimeout()
{
    // Headers that never end: 408 once the (test's 1.5 s) request timeout passes, then closed.
    IntakeClient slow(m_server->port(), m_province.caPem(), m_a);
    const HttpAnswer answer = slow.raw("POST /v1/status HTTP/1.1\r\nHost: localhost\r\nRegPoint-Protocol: 1\r\n");
    QCOMPARE(answer.status, 408);
    QCOMPARE(answer.errorCode(), u"request.timeout"_s);
    QCOMPARE(answer.header("Connection").toLower(), QByteArray("close"));
}

void tst_Intake::idleConnectionClosesSilently()
{
    // A kept-alive connection with nothing sent: closed at the timeout without a stale 408 that
    // the client would take for the answer to its next request.
    IntakeClient idle(m_server->port(), m_province.caPem(), m_a);
    const HttpAnswer answer = idle.raw({});
    QCOMPARE(answer.status, 0);
    QVERIFY(!answer.error.isEmpty());
}

void tst_Intake::rateLimit()
{
    // Its own point, so the others keep their budget. 50/s with a burst of 500 (this suite's
    // server, below the default): asking fast enough runs the bucket dry whatever the machine's speed.
    IntakeClient &rated = client(m_rated);
    HttpAnswer limited;
    for (int i = 0; i < 5000 && limited.status != 429; ++i) {
        const HttpAnswer answer = rated.request("GET", "/v1/receipts?after=999999999");
        QVERIFY2(answer.status == 200 || answer.status == 429, answer.body.constData());
        if (answer.status == 429)
            limited = answer;
    }
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"point.rate-limited"_s);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QVERIFY(limited.json().value(u"error"_s).toObject().value(u"retry"_s).toBool());
    // Others are not affected.
    QCOMPARE(client(m_b).request("GET", "/v1/receipts?after=999999999").status, 200);
}

void tst_Intake::serveRefusesADatabaseThatDoesNotFlush()
{
    // The suite's PostgreSQL runs with fsync and synchronous_commit off. Served as it is, a
    // crash could lose records whose receipts told the points to purge their copies.
    if (!m_server->store().startsWith(u"postgresql"_s))
        QSKIP("the SQLite store always flushes (synchronous=FULL)");
    QProcess serve;
    serve.start(IntakeServerProcess::binary(),
        { u"serve"_s, u"--dir"_s, m_server->folder(), u"--store"_s, m_server->store(), u"--listen"_s, u"127.0.0.1:0"_s,
            u"--json"_s });
    QVERIFY(serve.waitForFinished(30000));
    QVERIFY(serve.exitCode() != 0);
    const QJsonObject answer = QJsonDocument::fromJson(serve.readAllStandardOutput()).object();
    QCOMPARE(answer.value(u"code"_s).toString(), u"store.not-durable"_s);
    QVERIFY(answer.value(u"message"_s).toString().contains(u"synchronous_commit"_s));
}

void tst_Intake::logsHoldNoPersonalData()
{
    const QByteArray log = m_server->log();
    QVERIFY(log.contains("event=request"));
    // The suite's PostgreSQL does not flush its commits (fast, throwaway): the intake says so.
    QCOMPARE(log.contains("event=store-not-durable"), m_server->store().startsWith(u"postgresql"_s));
    QVERIFY(log.contains("event=tls-refused"));
    // The test records carry this marker inside their sealed part only.
    QVERIFY(!log.contains("regpoint-record/1"));
    for (const QByteArray &line : log.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(line.startsWith("ts="), line.constData());
    }
}

QTEST_GUILESS_MAIN(tst_Intake)
#include "tst_intake.moc"
