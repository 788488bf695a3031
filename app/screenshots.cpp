#include "screenshots.h"

#include "certificateauthority.h"
#include "clock.h"
#include "configbundle.h"
#include "crypto/demoprovince.h"
#include "demo/demoday.h"
#include "flow/confirmationdesk.h"
#include "flow/sheetprinter.h"
#include "idcard/samsimulatorport.h"
#include "idcard/simulatedcards.h"
#include "intakesignature.h"
#include "kioskassembly.h"
#include "languageswitcher.h"
#include "layoutaudit.h"
#include "mainwindow.h"
#include "printer/simulatedqueue.h"
#include "records/formshelf.h"
#include "records/recordregistrar.h"
#include "records/serialpool.h"
#include "screens/admindialog.h"
#include "screens/batchprintdialog.h"
#include "screens/dayenddialog.h"
#include "screens/recorddialog.h"
#include "sheetexchange.h"
#include "sync/pointconfig.h"
#include "widgets/printerchoicedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

namespace RegPoint::App {

namespace {

// Synthetic people: valid numbers, invented names.
struct DemoPerson
{
    const char16_t *name;
    const char16_t *first17;
    Kiosk::Gender gender;
    const char16_t *nation;
    const char16_t *address;
};
constexpr DemoPerson kDemoPeople[] = {
    { u"刘子涵", u"43010220080312002", Kiosk::Gender::Female, u"01", u"湖南省长沙市芙蓉区韭菜园路18号" },
    { u"向思远", u"43312420070928001", Kiosk::Gender::Male, u"15", u"湖南省湘西土家族苗族自治州凤凰县沱江镇" },
    { u"欧阳雨桐", u"43052120080105004", Kiosk::Gender::Female, u"06", u"湖南省邵阳市邵东市两市塘街道" },
};

QString idOf(const DemoPerson &p)
{
    const QString first17 = QString::fromUtf16(p.first17);
    return first17 + Kiosk::IdNumber::checkCharacter(first17);
}

void settle(QWidget &window)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    window.update();
}

// Ticks every row of a review list, as the clerk would going down it.
void tickAll(QListWidget *list)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() != Qt::Checked)
            Q_EMIT list->itemClicked(list->item(row));
    }
}

// Lets the reader work until `done` holds (the simulator answers through the event loop).
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// The screenshots of one screen size. Every screen is also looked over for clipped,
// overlapping and off-screen widgets, and for a window grown past the screen; a finding fails
// the run, so a layout that breaks at either size or in either language fails a test.
struct Shots
{
    QString dir;
    QSize screen;

    bool save(QWidget &window, const QString &name) const
    {
        settle(window);
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        const bool ok = window.grab().save(path);
        QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
        QStringList findings = LayoutAudit::findings(window);
        if (window.width() > screen.width() || window.height() > screen.height())
            findings.prepend(QStringLiteral("the window needs %1x%2, more than the screen")
                                 .arg(window.width())
                                 .arg(window.height()));
        for (const QString &finding : findings)
            QTextStream(stderr) << "layout " << path << ": " << finding << Qt::endl;
        return ok && findings.isEmpty();
    }
};

template<typename T>
T *child(QWidget &window, const char *name)
{
    return window.findChild<T *>(QString::fromLatin1(name));
}

// The simulated printer takes about a second; the screenshot shows how the slip ended.
bool waitForSlip(const Kiosk::SlipPrinter &slips)
{
    QElapsedTimer waited;
    waited.start();
    while (slips.state() == Kiosk::SlipPrinter::State::Printing && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return slips.state() != Kiosk::SlipPrinter::State::Printing;
}

// The frozen form the demo province serves for the record numbered `serial` after registration
// closed, signed by an intake signer of the demo CA, as a sync would bring it.
bool serveDemoForm(KioskAssembly &kiosk, const QString &dataDir, const QString &serial, const QUuid &recordId)
{
    const Result<Exchange::IntakeSigner> signer
        = Kiosk::DemoProvince(dataDir).intakeSigner(QDateTime::currentDateTimeUtc());
    if (!signer)
        return false;
    const QJsonObject served = Exchange::signServedForm(
        signer.value(), { Kiosk::DemoProvince::defaultPointCode(), 1, Kiosk::demoFrozenForm(serial, recordId, 2027) });
    const Result<Kiosk::FormShelf::ServedPage> page = kiosk.workspace().forms().keepServed({ served });
    return page && page->kept == 1;
}

bool waitForSheet(const Kiosk::SheetPrinter &printer)
{
    QElapsedTimer waited;
    waited.start();
    while (printer.state() == Kiosk::SheetPrinter::State::Printing && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return printer.state() != Kiosk::SheetPrinter::State::Printing;
}

bool renderLanguage(const QString &dir, LanguageSwitcher &language, QSize size)
{
    QTemporaryDir scratch;
    Kiosk::SystemClock clock;
    // A point of the demo province: completed records are sealed, as at a real desk.
    if (!Kiosk::DemoProvince(scratch.path()).provisionPoint(QStringLiteral("430102-99"), clock.now())) {
        QTextStream(stderr) << "cannot provision the screenshots' demo point" << Qt::endl;
        return false;
    }
    auto ws = Kiosk::Workspace::open(scratch.path(), clock, { false, { 10, 8, 1 } });
    if (!ws) {
        QTextStream(stderr) << ws.failure().message << Qt::endl;
        return false;
    }
    KioskOptions devices;
    devices.simulate = true;
    devices.readerTimings.pollInterval = std::chrono::milliseconds(20);
    KioskAssembly kiosk(std::move(ws).value(), language, devices);
    MainWindow &window = kiosk.window();
    window.resize(size);
    window.show();
    const Shots shots { dir, size };
    bool ok = kiosk.flow().start().ok();

    const Kiosk::NewOperator supervisor { QStringLiteral("wang.li"), QStringLiteral("王丽"), Kiosk::Role::Supervisor,
        QStringLiteral("demo-pass-2026"), QStringLiteral("demo-pass-2026") };
    child<QLineEdit>(window, "username")->setText(supervisor.username);
    child<QLineEdit>(window, "displayName")->setText(supervisor.displayName);
    ok &= shots.save(window, QStringLiteral("01-first-run-setup"));
    ok &= kiosk.flow().createFirstSupervisor(supervisor).ok(); // and signed in
    kiosk.flow().logout();
    ok &= shots.save(window, QStringLiteral("02-login"));
    // The morning check with the printer out of paper: the supervisor gives the reason.
    kiosk.simulatedPrinter()->setFault(Devices::SimulatedQueue::Fault::PaperOut);
    kiosk.printer()->refresh();
    ok &= waitFor(
        [&] { return kiosk.devices().status(Devices::DeviceKind::Printer).state == Devices::DeviceState::Error; });
    ok &= kiosk.flow().login(supervisor.username, supervisor.password).ok();
    ok &= waitFor([&] { return kiosk.readiness().report().settled(); });
    child<QLineEdit>(window, "dayOpenReason")->setText(QStringLiteral("打印机缺纸，已让后勤送纸，回执稍后补打"));
    ok &= shots.save(window, QStringLiteral("25-day-open-failed"));
    kiosk.simulatedPrinter()->setFault(Devices::SimulatedQueue::Fault::None);
    kiosk.printer()->refresh(); // paper back in: the home screen shows the printer ready
    child<QAbstractButton>(window, "openDay")->click();
    ok &= waitFor(
        [&] { return kiosk.devices().status(Devices::DeviceKind::Printer).state == Devices::DeviceState::Ready; });
    ok &= kiosk.flow().step() == Kiosk::FlowStep::Home;
    ok &= shots.save(window, QStringLiteral("33-home-empty")); // the day's first candidate not yet come
    const qint64 operatorId = kiosk.flow().currentOperator()->id;
    for (const DemoPerson &p : kDemoPeople) {
        const Kiosk::IdNumber id = Kiosk::IdNumber::parse(idOf(p), clock.today());
        ok &= kiosk.workspace()
                  .registrar()
                  .registerIdentity({ QString::fromUtf16(p.name), id.text(), p.gender, QString::fromUtf16(p.nation),
                                        id.birthDate(), QString::fromUtf16(p.address) },
                      Kiosk::EntryMethod::Manual, operatorId)
                  .ok();
    }
    Q_EMIT kiosk.flow().recordsChanged();
    ok &= shots.save(window, QStringLiteral("03-home"));

    kiosk.flow().startManualEntry();
    child<QLineEdit>(window, "name")->setText(QStringLiteral("彭嘉怡"));
    child<QLineEdit>(window, "idNumber")->setText(QStringLiteral("430104200806160"));
    ok &= shots.save(window, QStringLiteral("04-manual-entry-typing"));
    // Log out with a form open: asked, nothing lost.
    child<QAbstractButton>(window, "logout")->click();
    ok &= shots.save(window, QStringLiteral("22-logout-asks"));
    child<QAbstractButton>(window, "keepWorking")->click();

    child<QLineEdit>(window, "idNumber")->setText(QStringLiteral("430104200806160029"));
    child<QAbstractButton>(window, "save")->click();
    ok &= shots.save(window, QStringLiteral("05-manual-entry-problems"));

    const QString valid = QStringLiteral("43010420080616002") + Kiosk::IdNumber::checkCharacter(u"43010420080616002");
    child<QLineEdit>(window, "idNumber")->setText(valid);
    auto *nation = child<QComboBox>(window, "nation");
    nation->setCurrentIndex(nation->findData(QStringLiteral("01")));
    child<QLineEdit>(window, "address")->setText(QStringLiteral("湖南省长沙市岳麓区麓山南路2号"));
    child<QAbstractButton>(window, "save")->click();
    // The typed identity is stored; the eligibility review comes next. A declaration not yet made
    // is named; put off, the record waits on the list for its review.
    ok &= kiosk.flow().step() == Kiosk::FlowStep::Review;
    child<QAbstractButton>(window, "category-final-year")->click();
    tickAll(child<QListWidget>(window, "reviewDocuments"));
    child<QAbstractButton>(window, "passReview")->click();
    ok &= shots.save(window, QStringLiteral("06-review-declaration-missing"));
    child<QAbstractButton>(window, "reviewLater")->click();
    ok &= shots.save(window, QStringLiteral("07-home-after-save"));

    // The typed record taken up again: reviewed, photographed, and at the preview the candidate
    // finds a typed detail wrong; the form opens with what was typed. Dropped here, and its photo
    // put off, the record waits on the list as before.
    const std::optional<Kiosk::CandidateRecord> typed = kiosk.flow().lastSaved();
    ok &= typed && kiosk.flow().resume(typed->id).ok();
    child<QAbstractButton>(window, "category-final-year")->click();
    tickAll(child<QListWidget>(window, "reviewDocuments"));
    tickAll(child<QListWidget>(window, "reviewDeclarations"));
    child<QAbstractButton>(window, "passReview")->click();
    child<QAbstractButton>(window, "autoCapture")->setChecked(false);
    auto *takeTyped = child<QAbstractButton>(window, "takePhoto");
    ok &= waitFor([&] { return takeTyped->isEnabled(); });
    takeTyped->click();
    ok &= kiosk.flow().acceptPhoto().ok();
    ok &= shots.save(window, QStringLiteral("30-preview-typed"));
    child<QAbstractButton>(window, "correctIdentity")->click();
    ok &= shots.save(window, QStringLiteral("31-correct-typed-details"));
    kiosk.flow().cancelEntry();
    kiosk.flow().retakePhoto();
    kiosk.flow().deferPhoto();
    ok &= kiosk.flow().step() == Kiosk::FlowStep::Home;

    // A card on the simulated reader: the review screen opens by itself.
    kiosk.placeNextDemoCard();
    ok &= waitFor([&] { return kiosk.flow().step() == Kiosk::FlowStep::CardReview; });
    ok &= shots.save(window, QStringLiteral("08-card-review"));
    kiosk.flow().discardCard();
    kiosk.removeDemoCard();
    // A card whose chip data contradicts itself: the failed check blocks saving.
    Devices::IdCardData inconsistent = Devices::demoCards().at(1);
    inconsistent.genderCode = u'2';
    ok &= waitFor(
        [&] { return kiosk.reader()->status().state == Devices::ReaderState::Ready; }); // the removal was seen
    kiosk.simulator()->module().placeCard(inconsistent);
    ok &= waitFor([&] { return kiosk.flow().step() == Kiosk::FlowStep::CardReview; });
    ok &= shots.save(window, QStringLiteral("09-card-review-failed-check"));

    // The photo step after a good card: the simulated camera with guidance, then the result.
    kiosk.flow().discardCard();
    kiosk.removeDemoCard();
    ok &= waitFor([&] { return kiosk.reader()->status().state == Devices::ReaderState::Ready; });
    Devices::IdCardData newcomer = Devices::demoCards().at(0); // someone not registered yet
    newcomer.name = QStringLiteral("黄诗琪");
    newcomer.birthDate = QDate(2008, 5, 18);
    newcomer.birthDateText = QStringLiteral("20080518");
    newcomer.idNumber = QStringLiteral("43010220080518004") + Kiosk::IdNumber::checkCharacter(u"43010220080518004");
    kiosk.simulator()->module().placeCard(newcomer);
    ok &= waitFor([&] { return kiosk.flow().step() == Kiosk::FlowStep::CardReview; });
    child<QAbstractButton>(window, "autoCapture")->setChecked(false);
    ok &= kiosk.flow().confirmCard().ok();
    child<QAbstractButton>(window, "category-migrant-child")->click();
    tickAll(child<QListWidget>(window, "reviewDocuments"));
    tickAll(child<QListWidget>(window, "reviewDeclarations"));
    ok &= shots.save(window, QStringLiteral("23-review-complete"));
    child<QAbstractButton>(window, "passReview")->click();
    ok &= kiosk.flow().step() == Kiosk::FlowStep::Photo;
    auto *take = child<QAbstractButton>(window, "takePhoto");
    ok &= waitFor([&] { return take->isEnabled(); });
    ok &= shots.save(window, QStringLiteral("10-photo-live"));
    take->click();
    ok &= shots.save(window, QStringLiteral("11-photo-result"));

    // The desk locked over the photo in progress.
    kiosk.sessionLock().lockNow();
    QCoreApplication::processEvents();
    ok &= shots.save(window, QStringLiteral("12-desk-locked"));
    ok &= kiosk.sessionLock().unlock(supervisor.username, supervisor.password).ok();

    // Saved with its photo: the registration number the candidate continues online with, from a
    // block the (throwaway) province gave this point.
    const QString point = QStringLiteral("430102-99");
    const Exchange::SerialBlock block { QUuid::createUuid(), point, QStringLiteral("26000000000101"),
        QStringLiteral("26000000000600") };
    ok &= kiosk.workspace().serials().keepListedBlocks({ block }, point, "screenshots").ok();
    ok &= kiosk.flow().acceptPhoto().ok();
    ok &= shots.save(window, QStringLiteral("24-preview"));
    ok &= kiosk.flow().confirmPreview().ok();
    ok &= waitForSlip(kiosk.slips());
    ok &= shots.save(window, QStringLiteral("13-saved-with-number"));
    // The printer stopped as the slip went out: the notice stays up with what to do.
    if (Devices::SimulatedQueue *printer = kiosk.simulatedPrinter()) {
        printer->setFault(Devices::SimulatedQueue::Fault::Stopped);
        kiosk.slips().reprint();
        ok &= waitForSlip(kiosk.slips());
        ok &= shots.save(window, QStringLiteral("16-slip-failed"));
        printer->setFault(Devices::SimulatedQueue::Fault::None);
    }
    kiosk.flow().nextCandidate();

    // The candidate comes back with the slip: its number finds the record, which opens with its
    // history and prints the slip again.
    child<QLineEdit>(window, "recordSearch")->setText(QStringLiteral("26000000000101"));
    child<QAbstractButton>(window, "recordSearchButton")->click();
    settle(window); // the list's earlier buttons go
    ok &= shots.save(window, QStringLiteral("26-home-search"));
    const QList<QAbstractButton *> opens = window.findChildren<QAbstractButton *>(QStringLiteral("openRecord"));
    const auto shown
        = std::find_if(opens.begin(), opens.end(), [](const QAbstractButton *b) { return b->isVisible(); });
    if (shown != opens.end()) {
        (*shown)->click();
        if (auto *record = child<RecordDialog>(window, "recordDialog")) {
            ok &= shots.save(*record, QStringLiteral("27-record"));
            record->close();
        }
    }
    child<QAbstractButton>(window, "recordSearchClear")->click();

    // The window closed by the province's settings: the desk says so and takes no new candidate.
    const Exchange::CertificateAuthority province = Exchange::CertificateAuthority::create(QStringLiteral("Province"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Exchange::IssuedKey signing
        = province.issueIntakeSigner(QStringLiteral("Intake"), now.addDays(-1), now.addYears(1));
    const Result<Exchange::IntakeSigner> signer
        = Exchange::IntakeSigner::create(signing.keyPem, signing.certificatePem);
    Exchange::ConfigBundle closed;
    closed.version = 1;
    closed.issuedAt = now;
    closed.pointCode = point;
    closed.registrationOpens = now.addDays(-10).toOffsetFromUtc(8 * 3600);
    closed.registrationCloses = now.addDays(-1).toOffsetFromUtc(8 * 3600);
    closed.regionsTableSha256 = QString(64, u'0');
    ok &= signer
        && kiosk.workspace()
               .config()
               .keepSignedBundle(Exchange::signConfigBundle(signer.value(), closed), province.certificatePem(), point)
               .ok();
    Q_EMIT kiosk.flow().recordsChanged();
    ok &= shots.save(window, QStringLiteral("14-home-registration-closed"));

    // The confirmation day: the forms came down; the candidate's number opens the sheet, printed.
    kiosk.flow().openSheets();
    ok &= shots.save(window, QStringLiteral("17-sheets"));
    const QString serial = QStringLiteral("26000000000101");
    const std::optional<QUuid> numbered = kiosk.workspace().serials().recordOf(serial).value();
    ok &= numbered && serveDemoForm(kiosk, scratch.path(), serial, *numbered);
    child<QLineEdit>(window, "sheetSerial")->setText(serial);
    child<QAbstractButton>(window, "findSheet")->click();
    ok &= kiosk.confirmationDesk().current().has_value();
    // The desk's printer is switched off: the sheet fails, and the clerk looks for another printer.
    if (Devices::SimulatedQueue *printer = kiosk.simulatedPrinter()) {
        printer->setFault(Devices::SimulatedQueue::Fault::Unreachable);
        child<QAbstractButton>(window, "printSheet")->click();
        ok &= waitForSheet(kiosk.sheetPrinter());
        ok &= shots.save(window, QStringLiteral("20-sheet-print-failed"));
        PrinterChoiceDialog choice(*kiosk.printer(), &window);
        choice.resize(window.size());
        choice.show();
        QElapsedTimer waited;
        waited.start();
        auto *list = child<QListWidget>(choice, "printerList");
        while (list->count() < 2 && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        list->setCurrentRow(1);
        ok &= shots.save(choice, QStringLiteral("21-printer-choice"));
        choice.close();
        printer->setFault(Devices::SimulatedQueue::Fault::None);
    }
    child<QAbstractButton>(window, "printSheet")->click();
    ok &= waitForSheet(kiosk.sheetPrinter());
    ok &= shots.save(window, QStringLiteral("18-sheet-printed"));
    BatchPrintDialog batch(kiosk.sheetBatch(), kiosk.sheetPrinter(), kiosk.flow().currentOperator()->id, &window);
    batch.resize(window.size()); // under cage a dialog fills the screen
    batch.show();
    child<QAbstractButton>(batch, "startBatch")->click();
    ok &= shots.save(batch, QStringLiteral("19-batch-print"));
    batch.close();
    kiosk.confirmationDesk().next();
    kiosk.flow().closeSheets();

    // The supervisor's day-end review, after the password was typed again.
    DayEndDialog review(kiosk.dayEnd(), *kiosk.flow().currentOperator(), &window);
    review.resize(window.size()); // the screenshot at the desk screen's size
    review.show();
    child<QLineEdit>(review, "dayEndPassword")->setText(supervisor.password);
    child<QAbstractButton>(review, "dayEndConfirm")->click();
    ok &= shots.save(review, QStringLiteral("15-day-end-review"));
    review.close();

    // The administration, after the supervisor's password again: the accounts they manage.
    child<QAbstractButton>(window, "openAdmin")->click();
    if (auto *admin = child<AdminDialog>(window, "adminDialog")) {
        child<QLineEdit>(*admin, "adminPassword")->setText(supervisor.password);
        child<QAbstractButton>(*admin, "adminConfirm")->click();
        ok &= shots.save(*admin, QStringLiteral("28-admin-operators"));
        child<QTabWidget>(*admin, "adminTabs")->setCurrentIndex(1);
        ok &= shots.save(*admin, QStringLiteral("29-admin-point"));
        admin->close();
    }
    // The point's administrator sees the desk settings they may change.
    const Result<Kiosk::Operator> chief
        = kiosk.workspace().operators().create({ QStringLiteral("chief"), QStringLiteral("陈主任"), Kiosk::Role::Admin,
            QStringLiteral("admin-2026-ok"), QStringLiteral("admin-2026-ok") });
    ok &= chief.ok();
    if (chief) {
        const Kiosk::KioskSettings settings;
        AdminDialog administration(AdminDesk { kiosk.workspace(), settings, {}, {}, false }, chief.value(), &window);
        administration.resize(window.size());
        administration.show();
        child<QLineEdit>(administration, "adminPassword")->setText(QStringLiteral("admin-2026-ok"));
        child<QAbstractButton>(administration, "adminConfirm")->click();
        child<QTabWidget>(administration, "adminTabs")->setCurrentIndex(1);
        ok &= shots.save(administration, QStringLiteral("32-admin-desk-settings"));
    }
    return ok;
}

// A real point's first start, with the technician's drive from a made-up province: the fingerprint
// to compare, then the certificate step.
bool renderProvisioning(const QString &dir, LanguageSwitcher &language, QSize size)
{
    QTemporaryDir scratch;
    Kiosk::SystemClock clock;
    auto ws = Kiosk::Workspace::open(scratch.filePath(QStringLiteral("desk")), clock, { false, { 10, 8, 1 } });
    if (!ws) {
        QTextStream(stderr) << ws.failure().message << Qt::endl;
        return false;
    }
    const QString drive = scratch.filePath(QStringLiteral("drive"));
    const QDir handover(drive + QStringLiteral("/regpoint"));
    static const Exchange::KeyPair provinceKey = Exchange::CertificateAuthority::rsaKeyPair(3072);
    const Exchange::CertificateAuthority ca
        = Exchange::CertificateAuthority::create(QStringLiteral("Hunan Education Examinations Authority CA"));
    bool ok = handover.mkpath(QStringLiteral("."));
    for (const auto &[name, bytes] :
        { std::pair { "province.pem", provinceKey.publicPem }, std::pair { "ca.pem", ca.certificatePem() } }) {
        QFile file(handover.filePath(QString::fromLatin1(name)));
        ok &= file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    KioskOptions devices;
    devices.simulate = true;
    devices.provisionAtFirstRun = true;
    KioskAssembly kiosk(std::move(ws).value(), language, devices);
    MainWindow &window = kiosk.window();
    window.resize(size);
    window.show();
    const Shots shots { dir, size };
    ok &= kiosk.flow().start().ok();
    child<QLineEdit>(window, "pointCode")->setText(QStringLiteral("430102-01"));
    child<QLineEdit>(window, "handoverDrive")->setText(drive);
    child<QAbstractButton>(window, "readHandover")->click();
    ok &= shots.save(window, QStringLiteral("34-provision-handover"));
    child<QAbstractButton>(window, "createKey")->click();
    ok &= shots.save(window, QStringLiteral("35-provision-certificate"));
    return ok;
}

} // namespace

int renderScreenshots(const QString &outputDir, LanguageSwitcher &language)
{
    bool ok = true;
    for (const auto &[lang, code] : { std::pair(Language::Chinese, "zh_CN"), std::pair(Language::English, "en") }) {
        // The smallest desk screen and a full-HD one: DIR/<lang>/<size>/NN-<screen>.png.
        language.setLanguage(lang);
        for (const QSize size : { QSize(1366, 768), QSize(1920, 1080) }) {
            const QString dir = QDir(outputDir).filePath(
                QStringLiteral("%1/%2x%3").arg(QString::fromLatin1(code)).arg(size.width()).arg(size.height()));
            QDir().mkpath(dir);
            ok &= renderLanguage(dir, language, size);
            ok &= renderProvisioning(dir, language, size);
        }
    }
    return ok ? 0 : 1;
}

} // namespace RegPoint::App
