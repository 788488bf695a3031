#include "intakefixture.h"
#include "jsonfields.h"
#include "receipt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {
QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
const QString kNumberN = u"430102200801010028"_s;
const QString kNumberM = u"43010220080202003X"_s;
} // namespace

// The identity check (`open --province-key`, `serve --province-key`): one holder per ID number,
// a later record for a held number is a conflict naming the holder, every checked record final.
// Against the store of REGPOINT_INTAKE_STORE, like tst_intake.
class tst_IntakeIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openPass();
    void backgroundCheckWhileServing();

private:
    struct Sent
    {
        TestPoint point;
        QUuid id;
        QByteArray envelope;
        Decision decision = Decision::Approved;
    };
    void send(const QList<Sent> &records);
    std::optional<StatusEntry> status(const Sent &record);

    TestProvince m_province;
    TestPoint m_a, m_b;
    std::unique_ptr<ThrowawayPostgres> m_postgres;
    std::unique_ptr<IntakeServerProcess> m_server;
    QString m_keyFile;
    qint64 m_seq = 0;
    Sent m_x, m_y, m_z, m_rejected, m_x2;
};

void tst_IntakeIdentity::initTestCase()
{
    m_a = m_province.point(u"430102-01"_s);
    m_b = m_province.point(u"430102-02"_s);
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
    for (const TestPoint *p : { &m_a, &m_b }) {
        QFile file(dir.filePath(p->code + u".crt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(p->certPem);
        file.close();
        QCOMPARE(m_server->command({ u"enrol"_s, file.fileName() }), 0);
    }
    m_keyFile = dir.filePath(u"province.key"_s);
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(TestProvince::provinceKey().privatePem);
    key.close();
    QVERIFY(m_server->start() != 0);
}

void tst_IntakeIdentity::send(const QList<Sent> &records)
{
    for (const Sent &r : records) {
        IntakeClient client(m_server->port(), m_province.caPem(), r.point);
        Manifest manifest;
        manifest.batch = QUuid::createUuid();
        manifest.createdAt = QDateTime::currentDateTimeUtc();
        const qint64 seq = ++m_seq;
        const QString hash = sha256(QByteArray::number(seq));
        manifest.auditHead = { seq, hash, QByteArray::fromBase64(TestProvince::signAuditTip(r.point, seq, hash)) };
        manifest.records.append({ r.id, sha256(r.envelope), r.envelope.size(), r.decision,
            r.decision == Decision::Rejected ? u"refused"_s : QString(), {} });
        QCOMPARE(client.request("POST", "/v1/batches", compact(manifest.toJson())).status, 200);
        const HttpAnswer answer = client.request("PUT",
            "/v1/batches/" + uuidText(manifest.batch).toLatin1() + "/records/" + uuidText(r.id).toLatin1(), r.envelope);
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.body.contains("\"final\":false") || r.decision == Decision::Rejected, answer.body.constData());
    }
}

std::optional<StatusEntry> tst_IntakeIdentity::status(const Sent &record)
{
    IntakeClient client(m_server->port(), m_province.caPem(), record.point);
    const HttpAnswer answer = client.request("POST", "/v1/status", compact(StatusRequest { { record.id } }.toJson()));
    const Result<StatusAnswer> read = StatusAnswer::fromJson(answer.body);
    if (!read || read->records.size() != 1)
        return std::nullopt;
    return read->records.first();
}

void tst_IntakeIdentity::openPass()
{
    const auto make = [&](const TestPoint &p, const QString &number, Decision decision = Decision::Approved,
                          const QUuid &supersedes = {}) {
        const QUuid id = QUuid::createUuid();
        return Sent { p, id, TestProvince::sealRecord(p, id, number, supersedes), decision };
    };
    m_x = make(m_a, kNumberN);
    m_y = make(m_b, kNumberN); // the same person at another point
    m_z = make(m_a, kNumberM);
    m_rejected = make(m_a, kNumberN, Decision::Rejected);
    send({ m_x, m_y, m_z, m_rejected });
    m_x2 = make(m_a, kNumberN, Decision::Approved, m_x.id); // a later version of X
    send({ m_x2 });

    m_server->stop();
    QByteArray out, err;
    QCOMPARE(m_server->command({ u"open"_s, u"--province-key"_s, m_keyFile, u"--json"_s }, &out, &err), 0);
    const QJsonObject pass = QJsonDocument::fromJson(out).object();
    QCOMPARE(pass.value(u"checked"_s).toInt(), 4);
    QCOMPARE(pass.value(u"conflicts"_s).toInt(), 1);
    QCOMPARE(pass.value(u"skipped"_s).toInt(), 1);
    QCOMPARE(pass.value(u"unopenable"_s).toInt(), 0);
    QVERIFY(!err.contains(kNumberN.toLatin1()));
    // A second pass finds nothing to do.
    QCOMPARE(m_server->command({ u"open"_s, u"--province-key"_s, m_keyFile, u"--json"_s }, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"checked"_s).toInt(), 0);

    QVERIFY(m_server->start() != 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Sent *r : { &m_x, &m_z, &m_x2 }) {
        const std::optional<StatusEntry> s = status(*r);
        QVERIFY(s);
        QCOMPARE(s->state, u"accepted"_s);
        QVERIFY(s->final);
        QVERIFY(verifyReceipt(s->receipt, m_province.caPem(), r->id, r->point.code, sha256(r->envelope), now));
    }
    const std::optional<StatusEntry> y = status(m_y);
    QVERIFY(y);
    QCOMPARE(y->state, u"conflict"_s);
    QCOMPARE(y->code, u"identity.registered-elsewhere"_s);
    QVERIFY(y->final);
    const Result<ReceiptBody> body
        = verifyReceipt(y->receipt, m_province.caPem(), m_y.id, m_b.code, sha256(m_y.envelope), now);
    QVERIFY(body);
    QCOMPARE(body->other, m_x.id);
    const std::optional<StatusEntry> rejected = status(m_rejected);
    QCOMPARE(rejected->code, u"decision.rejected-at-point"_s);

    // The supervisor approves it after all (the same bytes): it was never checked, so it is now.
    // N is X's: a conflict, not an accepted second registration.
    IntakeClient client(m_server->port(), m_province.caPem(), m_a);
    Manifest manifest;
    manifest.batch = QUuid::createUuid();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 seq = ++m_seq;
    const QString hash = sha256(QByteArray::number(seq));
    manifest.auditHead = { seq, hash, QByteArray::fromBase64(TestProvince::signAuditTip(m_a, seq, hash)) };
    manifest.records.append(
        { m_rejected.id, sha256(m_rejected.envelope), m_rejected.envelope.size(), Decision::Approved, {}, {} });
    QCOMPARE(client.request("POST", "/v1/batches", compact(manifest.toJson())).status, 200);
    m_server->stop();
    QCOMPARE(m_server->command({ u"open"_s, u"--province-key"_s, m_keyFile, u"--json"_s }, &out), 0);
    const QJsonObject again = QJsonDocument::fromJson(out).object();
    QCOMPARE(again.value(u"checked"_s).toInt(), 1);
    QCOMPARE(again.value(u"conflicts"_s).toInt(), 1);
    QVERIFY(m_server->start() != 0);
    const std::optional<StatusEntry> approved = status(m_rejected);
    QVERIFY(approved);
    QCOMPARE(approved->state, u"conflict"_s);
    QCOMPARE(approved->code, u"identity.registered-elsewhere"_s);
}

void tst_IntakeIdentity::backgroundCheckWhileServing()
{
    QVERIFY(m_server->start({ u"--province-key"_s, m_keyFile }) != 0);
    const QUuid id = QUuid::createUuid();
    const Sent w { m_b, id, TestProvince::sealRecord(m_b, id, kNumberM), Decision::Approved };
    send({ w });
    QTRY_VERIFY_WITH_TIMEOUT(status(w) && status(w)->final, 30000);
    const std::optional<StatusEntry> s = status(w);
    QCOMPARE(s->code, u"identity.registered-elsewhere"_s);
    QVERIFY(m_server->log().contains("event=identity-check checked=1 conflicts=1"));
    QVERIFY(!m_server->log().contains(kNumberM.toLatin1()));
}

QTEST_GUILESS_MAIN(tst_IntakeIdentity)
#include "tst_intake_identity.moc"
