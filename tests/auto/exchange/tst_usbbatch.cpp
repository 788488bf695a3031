#include "certificates.h"
#include "jsonfields.h"
#include "testprovince.h"
#include "usbbatch.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Exchange;
using namespace RegPoint::Testing;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNow = QDateTime::currentDateTimeUtc();
}

// The USB batch file: signed by the point's machine key, read back only when its certificate is
// the CA's, names the point the file names, and the signature covers every other field.
class tst_UsbBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void tampered_data();
    void tampered();
    void foreignCa();
    void expiredCertificate();

private:
    UsbBatch batch(const TestPoint &point) const;
    TestProvince m_province;
    TestPoint m_point;
    QByteArray m_file;
};

UsbBatch tst_UsbBatch::batch(const TestPoint &point) const
{
    UsbBatch b;
    b.batch = QUuid::createUuid();
    b.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    const QString hash = QString(64, u'9');
    b.auditHead = { 412, hash, QByteArray::fromBase64(TestProvince::signAuditTip(point, 412, hash)) };
    for (int i = 0; i < 2; ++i) {
        const QUuid id = QUuid::createUuid();
        const QByteArray envelope = TestProvince::seal(point, id);
        b.records.append(
            { { id, QString::fromLatin1(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256).toHex()),
                  envelope.size(), Decision::Approved, {}, {} },
                envelope });
    }
    return b;
}

void tst_UsbBatch::initTestCase()
{
    m_point = m_province.point(u"430102-01"_s);
    QVERIFY(!m_point.certPem.isEmpty());
    const Result<QByteArray> file = writeUsbBatch(batch(m_point), m_point.keyPem, m_point.certPem);
    QVERIFY2(file, qPrintable(file.failure().message));
    m_file = file.value();
}

void tst_UsbBatch::roundTrip()
{
    const Result<UsbBatch> read = readUsbBatch(m_file, m_province.caPem(), kNow);
    QVERIFY2(read, qPrintable(read.failure().message));
    QCOMPARE(read->pointCode, u"430102-01"_s);
    QCOMPARE(read->records.size(), 2);
    QCOMPARE(read->records[0].envelope.size(), read->records[0].entry.size);
    QCOMPARE(read->auditHead.seq, 412);
    QVERIFY(read->fileName().startsWith(u"430102-01-20261130T091500Z"_s));
    QCOMPARE(read->manifest().records.size(), 2);
    // The file is compact, key-sorted JSON: writing its object again gives the same bytes.
    QCOMPARE(QJsonDocument::fromJson(m_file).toJson(QJsonDocument::Compact), m_file);
}

void tst_UsbBatch::tampered_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("pointCode renamed") << u"pointCode"_s << u"usb.foreign-point"_s;
    QTest::newRow("an envelope swapped") << u"envelope"_s << u"usb.signature"_s;
    QTest::newRow("a decision changed") << u"decision"_s << u"usb.signature"_s;
    QTest::newRow("audit head seq") << u"seq"_s << u"usb.signature"_s;
    QTest::newRow("signature removed") << u"signature"_s << u"request.malformed"_s;
    QTest::newRow("certificate of another point") << u"certificate"_s << u"usb.foreign-point"_s;
    QTest::newRow("format") << u"format"_s << u"request.malformed"_s;
}

void tst_UsbBatch::tampered()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    QJsonObject file = QJsonDocument::fromJson(m_file).object();
    QJsonArray records = file.value(u"records"_s).toArray();
    QJsonObject first = records.at(0).toObject();
    if (field == u"pointCode"_s) {
        file.insert(field, u"430102-02"_s);
    } else if (field == u"envelope"_s) {
        first.insert(field, records.at(1).toObject().value(field));
    } else if (field == u"decision"_s) {
        first.insert(field, u"pending"_s);
    } else if (field == u"seq"_s) {
        QJsonObject head = file.value(u"auditHead"_s).toObject();
        head.insert(field, 413);
        file.insert(u"auditHead"_s, head);
    } else if (field == u"signature"_s) {
        file.remove(field);
    } else if (field == u"certificate"_s) {
        const TestPoint other = m_province.point(u"430102-02"_s);
        file.insert(field, QString::fromLatin1(certificateDer(other.certPem).toBase64()));
    } else if (field == u"format"_s) {
        file.insert(field, u"regpoint-usb-batch/2"_s);
    }
    records.replace(0, first);
    file.insert(u"records"_s, records);
    const Result<UsbBatch> read
        = readUsbBatch(QJsonDocument(file).toJson(QJsonDocument::Compact), m_province.caPem(), kNow);
    QVERIFY(!read);
    QCOMPARE(read.failure().code, code);
}

void tst_UsbBatch::foreignCa()
{
    const TestProvince other(u"Someone else's CA"_s);
    const TestPoint stranger = other.point(u"430102-01"_s);
    const Result<QByteArray> file = writeUsbBatch(batch(stranger), stranger.keyPem, stranger.certPem);
    QVERIFY(file);
    QCOMPARE(readUsbBatch(file.value(), m_province.caPem(), kNow).failure().code, u"usb.certificate"_s);
    QCOMPARE(writeUsbBatch(batch(m_point), stranger.keyPem, m_point.certPem).failure().code, u"usb.machine-key"_s);
}

void tst_UsbBatch::expiredCertificate()
{
    const TestPoint old = m_province.point(u"430102-01"_s, kNow.addYears(-2), kNow.addYears(-1));
    const Result<QByteArray> file = writeUsbBatch(batch(m_point), old.keyPem, old.certPem);
    QVERIFY(file);
    QCOMPARE(readUsbBatch(file.value(), m_province.caPem(), kNow).failure().code, u"usb.certificate"_s);
}

QTEST_GUILESS_MAIN(tst_UsbBatch)
#include "tst_usbbatch.moc"
