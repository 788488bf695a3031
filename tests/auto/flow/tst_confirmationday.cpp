#include "audit/auditlog.h"
#include "crypto/machineprovisioning.h"
#include "demo/demoday.h"
#include "flow/confirmationdesk.h"
#include "flow/sheetbatch.h"
#include "flow/sheetprinter.h"
#include "intakesignature.h"
#include "operators/operatorstore.h"
#include "pdftext.h"
#include "printer/printservice.h"
#include "printer/simulatedqueue.h"
#include "records/formshelf.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "records/sheetarchive.h"
#include "serialblock.h"
#include "sheetexchange.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "tempworkspace.h"
#include "testforms.h"
#include "testprovince.h"
#include "workspace/sheetassembly.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;
using namespace RegPoint::Testing;
using namespace std::chrono_literals;

namespace {
const QString kPoint = QStringLiteral("430102-07");

QString pdfTextLaidOut(const QByteArray &pdf)
{
    return pdfText(pdf, { QStringLiteral("-layout") });
}

} // namespace

// The confirmation day at the desk without the network: a point provisioned by a test province,
// three candidates registered, their frozen forms as the province signed them; the sheets printed
// on the simulated printer, checked, signed or sent back for correction, and the batch print.
class tst_ConfirmationDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCardFindsTheSheetAndTheCandidateSignsIt();
    void aReprintSaysWhichCopyItIsAndEveryCopyIsArchived();
    void aCorrectionNeedsItsReasonAndKeepsItEncrypted();
    void aCandidateOfAnotherPointIsTurnedAwayClearly();
    void theBatchPrintsEverySheetAndResumesAfterAFault();
    void anArchivedSheetChangedInTheStoreIsRefused();
    void whenThePrinterCannotTheSheetGoesOnAUsbDrive();
    void aFormChangedAfterPrintingIsPrintedAgainBeforeItIsSigned();
    void theBatchDoesNotPrintAgainWhatTheDeskPrinted();
    void aPurgedRecordTakesItsSheetsWithIt();
    void aFormThePointCannotTakeIsSetAsideAndTheNextStillCome();

private:
    // Waits for the printer to finish the sheet it holds; whether it completed.
    bool printed();

    TestProvince m_province;
    std::unique_ptr<TempWorkspace> m_ws;
    Devices::SimulatedQueue *m_queue = nullptr;
    std::unique_ptr<Devices::PrintService> m_service;
    std::unique_ptr<SheetPrinter> m_printer;
    std::unique_ptr<ConfirmationDesk> m_desk;
    QList<CandidateRecord> m_records; // by registration number
    std::optional<Operator> m_clerk;
};

void tst_ConfirmationDay::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    m_ws->clock().set(QDateTime::currentDateTime()); // certificates are checked against real time
    QVERIFY(m_ws->provisionBy(m_province, kPoint));
    QVERIFY(runDemoDay(**m_ws, 3, 7));

    // The province numbered the records and, after the close, served their frozen forms.
    const Exchange::IssuedKey key = m_province.intakeSigner();
    const Exchange::IntakeSigner signer = Exchange::IntakeSigner::create(key.keyPem, key.certificatePem).value();
    const Exchange::SerialBlock block { QUuid::createUuid(), kPoint, QStringLiteral("27000000000001"),
        QStringLiteral("27000000000500") };
    QVERIFY((*m_ws)->serials().keepSignedBlock(Exchange::signSerialBlock(signer, block), m_province.caPem(), kPoint));
    QCOMPARE((*m_ws)->serials().assignWaiting().value(), 3);
    QList<QJsonObject> served;
    m_records = (*m_ws)->records().list().value();
    std::sort(m_records.begin(), m_records.end(), [this](const CandidateRecord &a, const CandidateRecord &b) {
        return (*m_ws)->serials().serialOf(a.id).value() < (*m_ws)->serials().serialOf(b.id).value();
    });
    for (const CandidateRecord &record : std::as_const(m_records)) {
        Exchange::FrozenForm form = testFrozenForm(*(*m_ws)->serials().serialOf(record.id).value());
        form.recordId = record.id;
        served.append(Exchange::signServedForm(signer, { kPoint, served.size() + 1, form }));
    }
    QCOMPARE((*m_ws)->forms().keepServed(served).value().kept, 3);

    auto queue = std::make_unique<Devices::SimulatedQueue>(200ms);
    m_queue = queue.get();
    m_service
        = std::make_unique<Devices::PrintService>(std::move(queue), Devices::PrintTimings { 20ms, 200ms, 5000ms });
    m_printer = std::make_unique<SheetPrinter>(**m_ws, m_service.get());
    m_clerk = (*m_ws)->operatorStore().find(m_records.first().createdBy).value();
    QVERIFY(m_clerk);
    m_desk = std::make_unique<ConfirmationDesk>(**m_ws, *m_printer, [this] { return m_clerk; });
}

void tst_ConfirmationDay::cleanup()
{
    m_desk.reset();
    m_printer.reset();
    m_service.reset();
    m_ws.reset();
}

bool tst_ConfirmationDay::printed()
{
    QSignalSpy ended(m_printer.get(), &SheetPrinter::finished);
    if (!ended.wait(10000))
        return false;
    return ended.first().at(1).toBool();
}

void tst_ConfirmationDay::aCardFindsTheSheetAndTheCandidateSignsIt()
{
    const CandidateRecord &candidate = m_records.first();
    QVERIFY(m_desk->findByIdNumber(candidate.identity.idNumber));
    const ConfirmationDesk::Candidate &shown = *m_desk->current();
    QCOMPARE(shown.serial, QStringLiteral("27000000000001"));
    QVERIFY(shown.formArrived);
    QVERIFY(!shown.record.maskedName.contains(candidate.identity.name)); // the public sees the screen
    QVERIFY(!m_desk->preview(40).isNull());
    // The preview is for the desk's screen, which the public can see: what identifies the candidate
    // and the family's phone numbers are masked; the printed sheet holds them whole.
    const QString preview = pdfTextLaidOut(
        registrationSheetOf(**m_ws, candidate.id, QDateTime::currentDateTime(), 1, SheetUse::Preview)->pdf({}));
    QVERIFY(!preview.contains(candidate.identity.name));
    QVERIFY(!preview.contains(candidate.identity.idNumber));
    QVERIFY(!preview.contains(testFrozenForm().family.first().phone));
    QVERIFY(!preview.contains(candidate.identity.birthDate.toString(QStringLiteral("yyyy-MM-dd"))));
    QVERIFY(!preview.contains(testFrozenForm().hukou.code)); // it would give back the masked digits
    QVERIFY(!preview.contains(testFrozenForm().family.first().name));
    QVERIFY(preview.contains(shown.record.maskedIdNumber));

    // Not before the candidate held the printed sheet.
    QCOMPARE(m_desk->confirmSigned().failure().code, u"sheet.not-printed");
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    QCOMPARE(m_desk->current()->printed, 1);
    QCOMPARE(m_queue->printed().size(), 1);
    const QString text = pdfTextLaidOut(m_queue->printed().first().pdf);
    QVERIFY2(text.contains(candidate.identity.name), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("27000000000001")));
    QVERIFY(text.contains(testFrozenForm().school));
    // The eligibility review, from the record, and who made it: the reviewer signs beside it.
    QVERIFY2(text.contains(QStringLiteral("资格审查 符合（应届普通高中毕业生）")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("审核人 %1").arg(m_clerk->displayName)));

    QVERIFY(m_desk->confirmSigned());
    QCOMPARE(m_desk->current()->confirmation->outcome, Exchange::SheetConfirmation::Outcome::Signed);
    const QList<Exchange::SheetConfirmation> waiting = (*m_ws)->forms().unanswered(10).value();
    QCOMPARE(waiting.size(), 1); // it goes to the province with the next sync
    QCOMPARE(waiting.first().clerk, m_clerk->username);
    QCOMPARE(m_desk->tally()->signedSheets, 1);
    QCOMPARE(m_desk->tally()->printed, 1);
    QCOMPARE(m_desk->tally()->forms, 3);
    QVERIFY((*m_ws)->audit().verify()->ok());
}

void tst_ConfirmationDay::aReprintSaysWhichCopyItIsAndEveryCopyIsArchived()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000002")));
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    QVERIFY(m_desk->print(SheetArchive::Reason::Jammed));
    QVERIFY(printed());
    const QList<SheetArchive::Print> prints = (*m_ws)->sheets().prints(m_records[1].id).value();
    QCOMPARE(prints.size(), 2);
    QCOMPARE(prints[1].copy, 2);
    QCOMPARE(prints[1].reason, u"jam");
    QCOMPARE(prints[1].outcome, u"ok");
    // The archive holds exactly what went to the printer, and the reprint says which copy it is.
    QCOMPARE((*m_ws)->sheets().pdf(prints[1].id).value(), m_queue->printed().last().pdf);
    QVERIFY(!pdfTextLaidOut(m_queue->printed().first().pdf).contains(QStringLiteral("第 2 次打印")));
    QVERIFY(pdfTextLaidOut(m_queue->printed().last().pdf).contains(QStringLiteral("第 2 次打印")));
}

void tst_ConfirmationDay::aCorrectionNeedsItsReasonAndKeepsItEncrypted()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000003")));
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    QCOMPARE(m_desk->requestCorrection(QStringLiteral("   ")).failure().code, u"sheet.no-reason");
    const QString reason = QStringLiteral("毕业学校应为雅礼中学");
    QVERIFY(m_desk->requestCorrection(reason));
    QCOMPARE(m_desk->current()->confirmation->reason, reason);
    QCOMPARE(m_desk->tally()->corrections, 1);
    // The reason names a school and may name a person: not in clear in the store, not in the log.
    m_ws->close();
    QFile db(Workspace::databasePath(m_ws->dataDir()));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(reason.toUtf8()));
}

void tst_ConfirmationDay::aCandidateOfAnotherPointIsTurnedAwayClearly()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000001")));
    const Status other = m_desk->findBySerial(QStringLiteral("27000000099999"));
    QCOMPARE(other.failure().code, u"sheet.no-record");
    QVERIFY(other.failure().message.contains(QStringLiteral("27000000099999")));
    QVERIFY(!m_desk->current()); // the last candidate's sheet is not left for this one
    QCOMPARE(m_desk->findByIdNumber(QStringLiteral("430102200801011234")).failure().code, u"sheet.no-record");
}

void tst_ConfirmationDay::theBatchPrintsEverySheetAndResumesAfterAFault()
{
    SheetBatch batch(**m_ws, *m_printer, [this] { return m_clerk; });
    QVERIFY(batch.start());
    QCOMPARE(batch.progress().total, 3);
    // The first sheet out; then the queue is stopped: the batch pauses with the reason.
    QVERIFY(QTest::qWaitFor([&] { return batch.progress().printed == 1; }, 10000));
    m_queue->setFault(Devices::SimulatedQueue::Fault::Stopped);
    QVERIFY(QTest::qWaitFor([&] { return batch.progress().paused; }, 10000));
    QVERIFY(!batch.progress().problem.isEmpty());
    QCOMPARE(batch.progress().printed, 1);
    m_queue->setFault(Devices::SimulatedQueue::Fault::None);
    batch.resume();
    QVERIFY(QTest::qWaitFor([&] { return batch.progress().finished(); }, 20000));
    QCOMPARE(batch.progress().printed, 3);
    QVERIFY((*m_ws)->sheets().awaitingPrint()->isEmpty());
    // In the order of the registration numbers, none twice.
    QStringList serials;
    for (const Devices::SimulatedQueue::Printed &sheet : m_queue->printed())
        for (const QString &serial :
            { QStringLiteral("27000000000001"), QStringLiteral("27000000000002"), QStringLiteral("27000000000003") })
            if (pdfTextLaidOut(sheet.pdf).contains(serial))
                serials.append(serial);
    QCOMPARE(serials,
        QStringList(
            { QStringLiteral("27000000000001"), QStringLiteral("27000000000002"), QStringLiteral("27000000000003") }));
    QCOMPARE(batch.start().failure().code, u"batch.nothing");
}

void tst_ConfirmationDay::anArchivedSheetChangedInTheStoreIsRefused()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000001")));
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    const qint64 id = (*m_ws)->sheets().prints(m_records[0].id).value().first().id;
    QSqlQuery q = newQuery((*m_ws)->database());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE sheet_prints SET pdf_sha256 = '%1' WHERE id = %2").arg(QString(64, u'0')).arg(id)));
    QCOMPARE((*m_ws)->sheets().pdf(id).failure().code, u"sheet.archive-damaged");
}

void tst_ConfirmationDay::whenThePrinterCannotTheSheetGoesOnAUsbDrive()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000002")));
    m_queue->setFault(Devices::SimulatedQueue::Fault::Stopped);
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(!printed());
    QCOMPARE(m_printer->state(), SheetPrinter::State::Failed);
    QCOMPARE(m_desk->confirmSigned().failure().code, u"sheet.not-printed");

    QTemporaryDir drive;
    const Result<QString> saved = m_desk->savePdfTo(drive.path());
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.failure().message));
    QFile file(saved.value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdfTextLaidOut(pdf).contains(QStringLiteral("27000000000002")));
    // The stopped queue's attempt never reached paper: this is the candidate's first sheet.
    QVERIFY(!pdfTextLaidOut(pdf).contains(QStringLiteral("次打印")));
    const QList<SheetArchive::Print> prints = (*m_ws)->sheets().prints(m_records[1].id).value();
    QCOMPARE(prints.size(), 2);
    QCOMPARE(prints[1].reason, u"usb");
    QCOMPARE(prints[1].outcome, u"exported");
    QCOMPARE((*m_ws)->sheets().pdf(prints[1].id).value(), pdf);
    // Printed elsewhere, the candidate signs it here.
    const Status signedHere = m_desk->confirmSigned();
    QVERIFY2(signedHere, qPrintable(signedHere ? QString() : signedHere.failure().code));
    // A drive that cannot be written: said so, nothing half-written claimed.
    QCOMPARE(m_desk->savePdfTo(QStringLiteral("/proc/no-such-drive")).failure().code, u"sheet.usb");
    QCOMPARE((*m_ws)->sheets().prints(m_records[1].id)->last().outcome, u"failed");
}

void tst_ConfirmationDay::aFormChangedAfterPrintingIsPrintedAgainBeforeItIsSigned()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000001")));
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    // A sync brings the province's corrected form while the candidate reads the old sheet.
    const Exchange::IssuedKey key = m_province.intakeSigner();
    const Exchange::IntakeSigner signer = Exchange::IntakeSigner::create(key.keyPem, key.certificatePem).value();
    Exchange::FrozenForm corrected = testFrozenForm(QStringLiteral("27000000000001"));
    corrected.recordId = m_records.first().id;
    corrected.school = QStringLiteral("长沙市雅礼中学");
    QCOMPARE((*m_ws)->forms().keepServed({ Exchange::signServedForm(signer, { kPoint, 10, corrected }) })->kept, 1);
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000001")));
    QCOMPARE(m_desk->current()->printed, 0); // no sheet of this form yet
    QCOMPARE(m_desk->confirmSigned().failure().code, u"sheet.not-printed");
    QVERIFY(m_desk->print(SheetArchive::Reason::AfterCorrection));
    QVERIFY(printed());
    QVERIFY(pdfTextLaidOut(m_queue->printed().last().pdf).contains(QStringLiteral("长沙市雅礼中学")));
    QVERIFY(m_desk->confirmSigned());
    QCOMPARE(m_desk->current()->confirmation->formSha256, corrected.contentHash());
    QVERIFY(m_desk->current()->signedAsShown);
}

void tst_ConfirmationDay::theBatchDoesNotPrintAgainWhatTheDeskPrinted()
{
    SheetBatch batch(**m_ws, *m_printer, [this] { return m_clerk; });
    QVERIFY(batch.start());
    batch.pause(); // the first sheet, already with the printer, finishes
    QVERIFY(QTest::qWaitFor([&] { return batch.progress().printed == 1; }, 10000));
    // Meanwhile the third candidate comes to the desk.
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000003")));
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    batch.resume();
    QVERIFY(QTest::qWaitFor([&] { return batch.progress().finished(); }, 20000));
    QCOMPARE(batch.progress().printed, 3);
    QCOMPARE(m_queue->printed().size(), 3); // none twice
    QCOMPARE((*m_ws)->sheets().prints(m_records[2].id)->size(), 1);
}

void tst_ConfirmationDay::aPurgedRecordTakesItsSheetsWithIt()
{
    QVERIFY(m_desk->findBySerial(QStringLiteral("27000000000001")));
    QVERIFY(m_desk->print(SheetArchive::Reason::First));
    QVERIFY(printed());
    QVERIFY(m_desk->requestCorrection(QStringLiteral("家庭成员电话有误")));
    const QUuid id = m_records.first().id;
    const qint64 printId = (*m_ws)->sheets().prints(id)->first().id;
    // The province's retention period ended: the working copy goes, and with it the sheets' contents.
    QVERIFY((*m_ws)->database().withTransaction([&] { return (*m_ws)->records().purgeWorkingCopyInTransaction(id); }));
    QVERIFY(!(*m_ws)->sheets().pdf(printId));
    QVERIFY(!(*m_ws)->forms().form(id).value());
    QVERIFY((*m_ws)->forms().lastConfirmation(id).value()->reason.isEmpty());
    QCOMPARE((*m_ws)->sheets().prints(id)->size(), 1); // what happened stays on record
    QCOMPARE(m_desk->findBySerial(QStringLiteral("27000000000001")).ok(), true);
    QVERIFY(!m_desk->current()->formArrived); // nothing to print from any more
    QCOMPARE((*m_ws)->forms().lastSeq().value(), 3); // the next sync does not bring the form back
}

void tst_ConfirmationDay::aFormThePointCannotTakeIsSetAsideAndTheNextStillCome()
{
    FormShelf &shelf = (*m_ws)->forms();
    const Exchange::IssuedKey key = m_province.intakeSigner();
    const Exchange::IntakeSigner signer = Exchange::IntakeSigner::create(key.keyPem, key.certificatePem).value();
    const auto formOf = [](const CandidateRecord &record, const QString &serial) {
        Exchange::FrozenForm form = testFrozenForm(serial);
        form.recordId = record.id;
        return form;
    };
    const QString serial1 = *(*m_ws)->serials().serialOf(m_records[1].id).value();
    const QString serial2 = *(*m_ws)->serials().serialOf(m_records[2].id).value();
    Exchange::FrozenForm stranger = testFrozenForm(QStringLiteral("27000000000499"));
    stranger.recordId = QUuid::createUuid(); // a candidate of another point, served here by mistake

    // The province signed all of these; two are not this point's to take. They are set aside
    // with their reason, and the form after them is kept: one bad form holds back no other.
    const Result<FormShelf::ServedPage> page = shelf.keepServed({
        Exchange::signServedForm(signer, { kPoint, 20, stranger }),
        Exchange::signServedForm(signer, { kPoint, 21, formOf(m_records[1], serial2) }), // another's number
        Exchange::signServedForm(signer, { kPoint, 22, formOf(m_records[1], serial1) }),
    });
    QVERIFY(page);
    QCOMPARE(page->kept, 1);
    QCOMPARE(page->setAside, 2);
    QVERIFY(!page->stopped);
    QVERIFY(page->problem);
    QVERIFY2(page->problem->message.contains(u"form.unknown-record"), qPrintable(page->problem->message));
    QCOMPARE(shelf.lastSeq().value(), 22);
    QCOMPARE(m_desk->tally()->setAside, 2); // on the sheets screen until someone acts on them
    QCOMPARE(shelf.form(m_records[1].id).value()->serial, serial1);
    QCOMPARE(shelf.form(m_records[2].id).value()->serial, serial2); // untouched by the wrong one

    // A form signed with an attacker's own key stops the page there: the forms before it are
    // kept; its number is not trusted, so nothing is skipped and the next fetch asks again.
    const Exchange::IssuedKey forgerKey = TestProvince(QStringLiteral("Forger CA")).intakeSigner();
    const Exchange::IntakeSigner forger
        = Exchange::IntakeSigner::create(forgerKey.keyPem, forgerKey.certificatePem).value();
    const QString serial0 = *(*m_ws)->serials().serialOf(m_records[0].id).value();
    Exchange::FrozenForm swapped = formOf(m_records[0], serial0); // the right record and number
    swapped.school = QStringLiteral("伪造中学"); // another school: what a forger would change
    const QString keptHash = shelf.form(m_records[0].id).value()->contentHash();
    const Result<FormShelf::ServedPage> forged = shelf.keepServed({
        Exchange::signServedForm(signer, { kPoint, 23, formOf(m_records[2], serial2) }),
        Exchange::signServedForm(forger, { kPoint, 1000000, swapped }),
        Exchange::signServedForm(signer, { kPoint, 25, formOf(m_records[0], serial0) }),
    });
    QVERIFY(forged);
    QCOMPARE(forged->kept, 1);
    QVERIFY(forged->stopped);
    QCOMPARE(shelf.lastSeq().value(), 23);
    QCOMPARE(shelf.form(m_records[0].id).value()->contentHash(), keptHash); // not the forged one

    int refusals = 0;
    for (const AuditEvent &event : (*m_ws)->audit().events().value())
        refusals += event.action == u"form.refused";
    QCOMPARE(refusals, 3);
    QVERIFY((*m_ws)->audit().verify()->ok());
}

QTEST_MAIN(tst_ConfirmationDay)
#include "tst_confirmationday.moc"
