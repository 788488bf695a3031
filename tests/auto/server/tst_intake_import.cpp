#include "intakefixture.h"
#include "jsonfields.h"
#include "receipt.h"
#include "usbbatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

// `regpoint-intake import FILE.rpbatch`: the USB path runs the same checks and issues the same
// receipts as an upload, and the point later sees them through /v1/status.
class tst_IntakeImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validFileThenReplay();
    void tamperedFile();
    void notEnrolledPoint();
    void envelopeOfAnotherPoint();
    void statusOverTheNetwork();
    void initFolderServes();

private:
    UsbBatch batch(const TestPoint &point, const QList<QByteArray> &envelopes, const QList<QUuid> &ids);
    QString writeBatch(const UsbBatch &batch, const TestPoint &signer);
    QJsonObject import(const QString &file, int expectedExit);

    TestProvince m_province;
    TestPoint m_a, m_b, m_unenrolled;
    std::unique_ptr<IntakeServerProcess> m_server;
    qint64 m_headSeq = 10;
    QList<QUuid> m_imported;
};

void tst_IntakeImport::initTestCase()
{
    m_a = m_province.point(u"430102-01"_s);
    m_b = m_province.point(u"430102-02"_s);
    m_unenrolled = m_province.point(u"430102-07"_s);
    m_server = std::make_unique<IntakeServerProcess>(m_province);
    for (const TestPoint *p : { &m_a, &m_b }) {
        const QString path = QDir(m_server->folder()).filePath(p->code + u".crt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(p->certPem);
        file.close();
        QCOMPARE(m_server->command({ u"enrol"_s, path }), 0);
    }
}

UsbBatch tst_IntakeImport::batch(const TestPoint &point, const QList<QByteArray> &envelopes, const QList<QUuid> &ids)
{
    UsbBatch b;
    b.batch = QUuid::createUuid();
    b.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 seq = ++m_headSeq;
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(seq), QCryptographicHash::Sha256).toHex());
    b.auditHead = { seq, hash, QByteArray::fromBase64(TestProvince::signAuditTip(point, seq, hash)) };
    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(envelopes[i], QCryptographicHash::Sha256).toHex());
        b.records.append({ { ids[i], sha, envelopes[i].size(), Decision::Approved, {}, {} }, envelopes[i] });
    }
    return b;
}

QString tst_IntakeImport::writeBatch(const UsbBatch &batch, const TestPoint &signer)
{
    const Result<QByteArray> bytes = writeUsbBatch(batch, signer.keyPem, signer.certPem);
    if (!bytes)
        return {};
    QString path = QDir(m_server->folder()).filePath(batch.fileName() + uuidText(batch.batch));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size())
        return {};
    return path;
}

QJsonObject tst_IntakeImport::import(const QString &file, int expectedExit)
{
    QByteArray out, err;
    const int exit = m_server->command({ u"import"_s, file, u"--json"_s }, &out, &err);
    if (exit != expectedExit)
        qWarning("import exit %d: %s %s", exit, out.constData(), err.constData());
    return exit == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
}

void tst_IntakeImport::validFileThenReplay()
{
    QList<QUuid> ids { QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid() };
    QList<QByteArray> envelopes;
    for (const QUuid &id : ids)
        envelopes.append(TestProvince::seal(m_a, id));
    const QString file = writeBatch(batch(m_a, envelopes, ids), m_a);
    QVERIFY(!file.isEmpty());
    QJsonObject result = import(file, 0);
    QCOMPARE(result.value(u"point"_s).toString(), m_a.code);
    QJsonArray records = result.value(u"records"_s).toArray();
    QCOMPARE(records.size(), 3);
    QList<QJsonObject> receipts;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject r = records[i].toObject();
        QCOMPARE(r.value(u"state"_s).toString(), u"accepted"_s);
        const Result<ReceiptBody> body = verifyReceipt(r.value(u"receipt"_s).toObject(), m_province.caPem(), ids[i],
            m_a.code, QString::fromLatin1(QCryptographicHash::hash(envelopes[i], QCryptographicHash::Sha256).toHex()),
            QDateTime::currentDateTimeUtc());
        QVERIFY(body);
        receipts.append(r.value(u"receipt"_s).toObject());
    }
    m_imported = ids;
    // The same file again: every record a duplicate, with its original receipt.
    result = import(file, 0);
    records = result.value(u"records"_s).toArray();
    QCOMPARE(records.size(), 3);
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].toObject().value(u"state"_s).toString(), u"duplicate"_s);
        QCOMPARE(records[i].toObject().value(u"receipt"_s).toObject(), receipts[i]);
    }
    // Progress went to stderr, the summary to stdout.
    QByteArray out, err;
    QCOMPARE(m_server->command({ u"import"_s, file }, &out, &err), 0);
    QVERIFY(out.startsWith("imported 3 records of 430102-01"));
    QVERIFY(err.contains("event=import-progress done=3 total=3"));
}

void tst_IntakeImport::tamperedFile()
{
    QByteArray before;
    QCOMPARE(m_server->command({ u"status"_s, u"--json"_s }, &before), 0);
    const QUuid id = QUuid::createUuid();
    const QString file = writeBatch(batch(m_a, { TestProvince::seal(m_a, id) }, { id }), m_a);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes.replace("\"approved\"", "\"pending\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    QCOMPARE(import(file, 1).value(u"code"_s).toString(), u"usb.signature"_s);
    // Cut short: not JSON.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes.left(bytes.size() / 2));
    f.close();
    QCOMPARE(import(file, 1).value(u"code"_s).toString(), u"request.malformed"_s);
    // Nothing of it was stored: not a batch, not a receipt.
    QByteArray after;
    QCOMPARE(m_server->command({ u"status"_s, u"--json"_s }, &after), 0);
    QCOMPARE(after, before);
}

void tst_IntakeImport::notEnrolledPoint()
{
    const QUuid id = QUuid::createUuid();
    const QString file
        = writeBatch(batch(m_unenrolled, { TestProvince::seal(m_unenrolled, id) }, { id }), m_unenrolled);
    QCOMPARE(import(file, 1).value(u"code"_s).toString(), u"point.not-enrolled"_s);
    // Signed with another CA's certificate: refused before anything else.
    const TestPoint stranger = TestProvince(u"Other CA"_s).point(m_a.code);
    const QString foreign = writeBatch(batch(stranger, { TestProvince::seal(stranger, id) }, { id }), stranger);
    QCOMPARE(import(foreign, 1).value(u"code"_s).toString(), u"usb.certificate"_s);
}

void tst_IntakeImport::envelopeOfAnotherPoint()
{
    // B's file carrying an envelope A sealed: the file is B's, the record is refused as foreign.
    const QUuid id = QUuid::createUuid();
    const QString file = writeBatch(batch(m_b, { TestProvince::seal(m_a, id) }, { id }), m_b);
    const QJsonArray records = import(file, 0).value(u"records"_s).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].toObject().value(u"code"_s).toString(), u"record.foreign-point"_s);
}

void tst_IntakeImport::statusOverTheNetwork()
{
    QVERIFY(!m_imported.isEmpty());
    QVERIFY(m_server->start() != 0);
    IntakeClient client(m_server->port(), m_province.caPem(), m_a);
    const HttpAnswer answer = client.request(
        "POST", "/v1/status", QJsonDocument(StatusRequest { m_imported }.toJson()).toJson(QJsonDocument::Compact));
    const Result<StatusAnswer> status = StatusAnswer::fromJson(answer.body);
    QVERIFY2(status, answer.body.constData());
    for (const StatusEntry &e : status->records)
        QCOMPARE(e.state, u"accepted"_s);
    m_server->stop();
}

void tst_IntakeImport::initFolderServes()
{
    // What run-kiosk does with the demo province: a folder made from the CA's key, then serve.
    QTemporaryDir dir;
    const QString caCert = dir.filePath(u"ca.pem"_s), caKey = dir.filePath(u"ca.key"_s);
    for (const auto &[path, bytes] :
        { std::pair { caCert, m_province.caPem() }, std::pair { caKey, m_province.ca().keyPem() } }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString folder = dir.filePath(u"intake"_s);
    QProcess init;
    init.start(IntakeServerProcess::binary(),
        { u"init"_s, u"--dir"_s, folder, u"--ca-cert"_s, caCert, u"--ca-key"_s, caKey, u"--json"_s });
    QVERIFY(init.waitForFinished(60000));
    QCOMPARE(init.exitCode(), 0);
    for (const char *name : { "ca.pem", "tls.crt", "tls.key", "signing.crt", "signing.key", "intake.db" })
        QVERIFY2(QFile::exists(folder + u'/' + QLatin1String(name)), name);
    QCOMPARE(QFile(folder + u"/tls.key"_s).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
    QProcess enrol;
    const QString cert = dir.filePath(u"a.crt"_s);
    QFile file(cert);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_a.certPem);
    file.close();
    enrol.start(IntakeServerProcess::binary(), { u"enrol"_s, u"--dir"_s, folder, cert });
    QVERIFY(enrol.waitForFinished(60000));
    QCOMPARE(enrol.exitCode(), 0);

    QProcess serve;
    serve.setStandardErrorFile(dir.filePath(u"serve.log"_s));
    serve.start(IntakeServerProcess::binary(), { u"serve"_s, u"--dir"_s, folder, u"--listen"_s, u"127.0.0.1:0"_s });
    QVERIFY(serve.waitForReadyRead(60000));
    const QByteArray line = serve.readLine();
    QVERIFY2(line.startsWith("listening on 127.0.0.1:"), line.constData());
    IntakeClient client(quint16(line.mid(23).trimmed().toUInt()), m_province.caPem(), m_a);
    QCOMPARE(client.request("GET", "/v1/config").status, 200);
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_IntakeImport)
#include "tst_intake_import.moc"
