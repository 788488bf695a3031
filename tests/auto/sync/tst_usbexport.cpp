#include "audit/auditlog.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "demo/demoday.h"
#include "privacyscan.h"
#include "records/recordstore.h"
#include "sync/syncledger.h"
#include "sync/usbexport.h"
#include "tempworkspace.h"
#include "testprovince.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The signed USB batch for a point without network: every unanswered record, written durably,
// read back and verified before the drive may be removed; nothing in clear on the drive; a file
// altered on the way is refused.
class tst_UsbExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportWritesVerifiesAndRemembers();
    void noPersonalDataOnTheDrive();
    void alteredFileIsRefused_data();
    void alteredFileIsRefused();
    void foreignCaIsRefused();
    void existingFileIsNeverOverwritten();
    void missingFolderAndNothingToExport();

private:
    UsbSigningKeys keys() const;
    Result<UsbExportResult> exportNow();
    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<QTemporaryDir> m_drive;
    QList<CandidateIdentity> m_people;
};

void tst_UsbExport::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_drive = std::make_unique<QTemporaryDir>();
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY((*m_ws)->loadSealer());
    const Result<DemoDayResult> day = runDemoDay(**m_ws, 6, 42);
    QVERIFY2(day, qPrintable(day.failure().message));
    QCOMPARE(day->sealed, 6);
    m_people = syntheticCandidates(6, 42);
}

UsbSigningKeys tst_UsbExport::keys() const
{
    const auto credentials = MachineProvisioning(m_ws->dataDir()).credentials();
    return { credentials->certificatePem, credentials->privateKeyPem, credentials->caPem };
}

Result<UsbExportResult> tst_UsbExport::exportNow()
{
    UsbExport usb((*m_ws)->sync(), (*m_ws)->records(), (*m_ws)->audit(), m_ws->clock());
    return usb.exportTo(m_drive->path(), keys());
}

void tst_UsbExport::exportWritesVerifiesAndRemembers()
{
    const Result<UsbExportResult> exported = exportNow();
    QVERIFY2(exported, qPrintable(exported.failure().message));
    QCOMPARE(exported->records, 6);
    QVERIFY(QFile::exists(exported->path));
    QVERIFY(exported->path.endsWith(QStringLiteral(".rpbatch")));
    QVERIFY(!QFile::exists(exported->path + QStringLiteral(".part")));
    QCOMPARE(QFileInfo(exported->path).size(), exported->bytes);

    const Result<UsbBatchCheck> check = verifyUsbBatchFile(exported->path, keys().caPem, m_ws->clock().now());
    QVERIFY2(check, qPrintable(check.failure().message));
    QCOMPARE(check->pointCode, QStringLiteral("430102-07"));
    QCOMPARE(check->records, 6);
    QCOMPARE(check->batch, exported->batch);

    // The records now wait for the province's answer by status pull, and the export is audited.
    QCOMPARE((*m_ws)->sync().awaitingFinalAnswer(100)->size(), 6);
    bool audited = false;
    for (const AuditEvent &event : (*m_ws)->audit().events().value())
        audited |= event.action == u"sync.export" && event.outcome == u"ok" && event.detail.contains(u"records=6");
    QVERIFY(audited);
    QVERIFY((*m_ws)->audit().verify()->ok());

    // Not answered yet: the next export carries them again (a lost drive loses nothing).
    m_ws->clock().advance(std::chrono::seconds(5));
    const Result<UsbExportResult> again = exportNow();
    QVERIFY(again);
    QCOMPARE(again->records, 6);
}

void tst_UsbExport::noPersonalDataOnTheDrive()
{
    QVERIFY(exportNow());
    QStringList needles;
    for (const CandidateIdentity &person : std::as_const(m_people))
        needles << person.idNumber << person.name << person.address;
    const QStringList leaks = findInClear({ m_drive->path() }, needles);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void tst_UsbExport::alteredFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");
    // The point code in the file, changed to another point's: the signature no longer holds.
    QTest::newRow("another point named") << QByteArray(R"("pointCode":"430102-07")")
                                         << QByteArray(R"("pointCode":"430102-08")") << QStringLiteral("usb.");
    // A record's decision changed after signing.
    QTest::newRow("decision changed") << QByteArray(R"("decision":"pending")") << QByteArray(R"("decision":"approved")")
                                      << QStringLiteral("usb.signature");
}

void tst_UsbExport::alteredFileIsRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    const Result<UsbExportResult> exported = exportNow();
    QVERIFY(exported);
    QFile file(exported->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY2(bytes.contains(from), from.constData());
    bytes.replace(from, to);
    const QString altered = m_drive->filePath(QStringLiteral("altered.rpbatch"));
    QFile out(altered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Result<UsbBatchCheck> check = verifyUsbBatchFile(altered, keys().caPem, m_ws->clock().now());
    QVERIFY(!check);
    QVERIFY2(check.failure().code.startsWith(code), qPrintable(check.failure().code));
}

void tst_UsbExport::foreignCaIsRefused()
{
    const Result<UsbExportResult> exported = exportNow();
    QVERIFY(exported);
    const Testing::TestProvince other(QStringLiteral("Another Province CA"));
    const Result<UsbBatchCheck> check = verifyUsbBatchFile(exported->path, other.caPem(), m_ws->clock().now());
    QVERIFY(!check);
    QCOMPARE(check.failure().code, QStringLiteral("usb.certificate"));
}

void tst_UsbExport::existingFileIsNeverOverwritten()
{
    const Result<UsbExportResult> first = exportNow();
    QVERIFY(first);
    const QByteArray before = [&] {
        QFile f(first->path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // Same second, same name: refused, the first file untouched, nothing marked again.
    const Result<UsbExportResult> second = exportNow();
    QVERIFY(!second);
    QCOMPARE(second.failure().code, QStringLiteral("file.exists"));
    QFile f(first->path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void tst_UsbExport::missingFolderAndNothingToExport()
{
    UsbExport usb((*m_ws)->sync(), (*m_ws)->records(), (*m_ws)->audit(), m_ws->clock());
    const Result<UsbExportResult> nowhere = usb.exportTo(m_drive->filePath(QStringLiteral("unplugged")), keys());
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.failure().code, QStringLiteral("export.no-folder"));

    // Every record answered finally: nothing left to export.
    SyncLedger &ledger = (*m_ws)->sync();
    const auto batch = ledger.queueBatch(QUuid::createUuid(), 100);
    QVERIFY(batch);
    QList<ProvinceAnswer> answers;
    for (const OutboxEntry &entry : batch.value()) {
        ProvinceAnswer answer;
        answer.recordId = entry.recordId;
        answer.sha256 = entry.sha256;
        answer.state = RecordState::Accepted;
        answer.code = QStringLiteral("ok");
        answer.final = true;
        answer.seq = 1;
        answer.receipt = "{}";
        answers.append(answer);
    }
    QVERIFY(ledger.applyAnswers(answers));
    const Result<UsbExportResult> nothing = usb.exportTo(m_drive->path(), keys());
    QVERIFY(!nothing);
    QCOMPARE(nothing.failure().code, QStringLiteral("export.nothing"));
}

QTEST_GUILESS_MAIN(tst_UsbExport)
#include "tst_usbexport.moc"
