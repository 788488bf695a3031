#include "kioskassembly.h"

#include "audit/auditlog.h"
#include "audit/dayclose.h"
#include "camera/camerafactory.h"
#include "clock.h"
#include "crypto/pointkeys.h"
#include "idcard/idcardreaderfactory.h"
#include "idcard/readerprobe.h"
#include "idcard/samsimulatorport.h"
#include "idcard/simulatedcards.h"
#include "mainwindow.h"
#include "printer/printerfactory.h"
#include "printer/simulatedqueue.h"
#include "records/recordsealing.h"
#include "sync/pointconfig.h"
#include "sync/provincephotoprofile.h"
#include "widgets/simulatedprintsdialog.h"

#include <QApplication>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QShortcut>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAssembly, "regpoint.app")

namespace RegPoint::App {

namespace {
struct KioskAssemblyTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::App::KioskAssembly)
};
// The configured profile, else the built-in default: a typo in kiosk.ini must not stop the desk.
Kiosk::PhotoProfile loadPhotoProfile(const QString &name)
{
    Result<Kiosk::PhotoProfile> profile = Kiosk::PhotoProfile::load(name);
    if (profile)
        return profile.value();
    qCWarning(lcAssembly) << "photo profile" << name << "unusable:" << profile.failure().message;
    return Kiosk::PhotoProfile::load(Kiosk::KioskSettings {}.photoProfile).value();
}

// The kiosk's profile under the frame and file size of the province's newest bundle (a bundle
// that arrives during the day applies from the next start: a desk's rules do not change under a
// candidate's photo).
Kiosk::PhotoProfile deskPhotoProfile(const QString &name, const Kiosk::PointConfig &config)
{
    Kiosk::PhotoProfile own = loadPhotoProfile(name);
    const Result<std::optional<Exchange::ConfigBundle>> bundle = config.current();
    if (!bundle || !bundle.value())
        return own;
    Result<Kiosk::PhotoProfile> rules = Kiosk::withProvincePhotoRules(own, bundle.value()->photoProfile);
    if (!rules) {
        qCWarning(lcAssembly).noquote() << rules.failure().code << rules.failure().message;
        return own;
    }
    return rules.value();
}

// kiosk.ini with its problems logged (they name keys and values, never personal data).
Kiosk::KioskSettings loadSettings(const QString &dataDir)
{
    QStringList problems;
    Kiosk::KioskSettings settings = Kiosk::KioskSettings::load(dataDir, &problems);
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcAssembly).noquote() << "kiosk.ini:" << problem;
    return settings;
}

// A stopped camera is idle, not broken, unless it says why it stopped (unplugged).
Devices::DeviceState deviceStateFromCamera(Devices::CameraState state, bool hasProblem)
{
    switch (state) {
    case Devices::CameraState::Streaming:
        return Devices::DeviceState::Ready;
    case Devices::CameraState::Starting:
        return Devices::DeviceState::Connecting;
    case Devices::CameraState::Error:
        return Devices::DeviceState::Error;
    case Devices::CameraState::NotConnected:
        break;
    }
    return hasProblem ? Devices::DeviceState::Error : Devices::DeviceState::Ready;
}

// The vendor's WLT decoder when one is configured; with simulated devices and none configured,
// the demo plug-in shipped beside the program, which draws DEMO for the simulator's cards only.
QString cardPhotoDecoder(const KioskOptions &options)
{
    if (!options.photoDecoderPath.isEmpty() || !options.simulate)
        return options.photoDecoderPath;
    for (const QString &dir : { QCoreApplication::applicationDirPath(), QStringLiteral("/usr/lib/regpoint") }) {
        QString demo = QDir(dir).filePath(QStringLiteral("regpoint-demo-wlt.so"));
        if (QFileInfo::exists(demo))
            return demo;
    }
    return {};
}

} // namespace

KioskAssembly::KioskAssembly(std::unique_ptr<Kiosk::Workspace> ws, LanguageSwitcher &language,
    const KioskOptions &options, Kiosk::FlowTimings timings)
    : m_workspace(std::move(ws))
    , m_cardPhotos(cardPhotoDecoder(options))
    , m_validator(m_workspace->nations(), m_workspace->regions())
    , m_settings(loadSettings(m_workspace->dataDir()))
    , m_intakeOverride(options.intake)
    , m_photoProfile(deskPhotoProfile(m_settings.photoProfile, m_workspace->config()))
    , m_photoInspector(m_photoProfile)
    , m_photoFixer(m_photoInspector)
    , m_photoAttempts(m_photoInspector, m_photoFixer, m_settings.photo)
    , m_sessionLock(m_workspace->operators(), m_workspace->clock(), m_workspace->audit(), m_settings.idleLock)
    , m_gate(m_workspace->config(), m_workspace->sync(), m_workspace->clock())
    , m_dayEnd(m_workspace->sync(), m_workspace->records(), m_workspace->operators())
    , m_eligibility(Kiosk::EligibilityRules::load(Kiosk::examYearOn(m_workspace->clock().today())))
    , m_flow(m_workspace->operators(), m_workspace->records(), m_workspace->registrar(), m_validator, m_cardPhotos,
          m_photoAttempts, m_sessionLock, m_gate, m_workspace->days(), m_eligibility, m_workspace->clock(), timings)
    , m_camera(Devices::makeFrameSource(options.simulate, options.camera))
    , m_liveAnalyser(std::make_unique<Kiosk::LiveAnalyser>(m_photoProfile))
{
    attachCamera(options.simulate);
    attachPrinter(options.simulate);
    // kiosk.ini is edited by hand: a change since the last start is an audit event.
    if (const Status audited = Kiosk::auditSettingsChange(m_workspace->audit(), m_workspace->dataDir()); !audited)
        qCWarning(lcAssembly) << "settings change not audited:" << audited.failure().code;
    sealWhatWaited();
    setUpSync();
    m_readiness = std::make_unique<Kiosk::ReadinessRun>(*m_workspace, m_devices, *m_camera);
    m_recordFiles = std::make_unique<Kiosk::RecordFiles>(*m_workspace);
    const std::optional<Kiosk::PointTrust> &trust = m_workspace->keys().trust();
    m_window = std::make_unique<MainWindow>(m_flow, m_devices, m_workspace->nations(), m_workspace->clock(), language,
        *m_camera, *m_liveAnalyser, m_photoProfile, m_sessionLock, *m_syncMonitor, m_dayEnd, *m_slips,
        DayOpenDesk { *m_readiness, m_printer.get(), trust ? trust->pointCode : QString(),
            [this](const Devices::PrintOutcome &outcome) { auditTestPage(outcome); } },
        SheetsDesk { *m_confirmationDesk, *m_sheetPrinter, *m_sheetBatch },
        RecordDesk { *m_recordFiles, slipPrinting() },
        AdminDesk { *m_workspace, m_settings,
            [this](const Kiosk::DeskSettings &desk) {
                desk.applyTo(m_settings);
                m_sessionLock.setIdleLimit(desk.idleLock);
                m_photoAttempts.setPolicy(m_settings.photo);
            },
            [this] { startSendingNow(); }, options.provisionAtFirstRun });
    // The photo checks' models take a second to read: not before the login screen shows, and in
    // the background well before the first photo.
    QTimer::singleShot(std::chrono::seconds(1), m_window.get(),
        [this] { m_photoWarmUp = std::async(std::launch::async, [this] { m_photoInspector.warmUp(); }); });

    if (options.simulate)
        attachSimulator(options);
    else if (!options.readerPort.isEmpty())
        attachReader(Devices::makeIdCardReader(options.readerPort, options.readerTimings), false);
    else
        findReader(options);
}

// Records complete before a crash, or before the point was provisioned, are sealed at start; the
// registrar seals every record completed from now on.
void KioskAssembly::sealWhatWaited()
{
    Kiosk::RecordSealing &sealing = m_workspace->sealing();
    if (!sealing.canSeal())
        qCWarning(lcAssembly) << "point not provisioned: complete records wait unsealed";
    if (const Result<int> sealed = sealing.sealPending(); sealed && sealed.value() > 0)
        qCInfo(lcAssembly) << "sealed" << sealed.value() << "record(s) that waited";
}

// Sending runs in the background when a server is set and the point is provisioned; otherwise the
// desk says why not, and records wait (USB export still works).
void KioskAssembly::setUpSync()
{
    std::optional<Failure> notConfigured = startSync();
    Kiosk::Workspace &ws = *m_workspace;
    m_syncMonitor
        = std::make_unique<Kiosk::SyncMonitor>(ws.sync(), m_syncScheduler.get(), std::move(notConfigured), ws.clock());
}

std::optional<Failure> KioskAssembly::startSync()
{
    Kiosk::Workspace &ws = *m_workspace;
    const QUrl intake = m_intakeOverride.isEmpty() ? m_settings.intake : m_intakeOverride;
    auto sync = Kiosk::PointSync::create(ws.dataDir(), intake,
        { ws.sync(), ws.records(), ws.audit(), ws.config(), ws.serials(), ws.forms() }, ws.clock());
    if (!sync) {
        qCInfo(lcAssembly) << "sending to the province is off:" << sync.failure().code;
        return sync.failure();
    }
    m_pointSync = std::move(sync).value();
    m_syncScheduler = std::make_unique<Kiosk::SyncScheduler>(m_pointSync->run(), m_settings.syncInterval);
    m_syncScheduler->start();
    // A record saved is worth sending at once: the next run comes now rather than at the interval.
    QObject::connect(
        &m_flow, &Kiosk::RegistrationFlow::recordsChanged, m_syncScheduler.get(), [this] { m_syncScheduler->soon(); });
    return std::nullopt;
}

void KioskAssembly::auditTestPage(const Devices::PrintOutcome &outcome)
{
    const std::optional<Kiosk::Operator> &signedIn = m_flow.currentOperator();
    const Status audited
        = m_workspace->audit().append({ QStringLiteral("print.test_page"), Devices::outcomeKey(outcome.kind),
            signedIn ? std::optional(signedIn->id) : std::nullopt, {}, QStringLiteral("job=%1").arg(outcome.jobId) });
    if (!audited)
        qCWarning(lcAssembly) << "test page not audited:" << audited.failure().code;
}

void KioskAssembly::startSendingNow()
{
    sealWhatWaited();
    if (!m_syncScheduler && !startSync())
        m_syncMonitor->attach(*m_syncScheduler);
}

KioskAssembly::~KioskAssembly()
{
    // Closing the kiosk closes its part of the day: the audit chain's head, signed.
    if (const Exchange::EnvelopeSealer *sealer = m_workspace->sealer()) {
        if (const Result<QDate> signedHead
            = Kiosk::DayClose(m_workspace->audit(), m_workspace->clock()).signHeadSoFar(*sealer);
            !signedHead)
            qCWarning(lcAssembly) << "audit head not signed:" << signedHead.failure().code;
    }
    if (m_reader)
        m_reader->stop();
}

void KioskAssembly::attachSimulator(const KioskOptions &options)
{
    // The real serial driver, talking to a SAM simulator on a pseudo-terminal in this process.
    Devices::SimulatedReader simulated = Devices::makeSimulatedReader(options.readerTimings);
    if (!simulated.reader) {
        qCWarning(lcAssembly) << "reader simulator unavailable:" << simulated.error;
        return;
    }
    m_simulator = std::move(simulated.simulator);
    attachReader(std::move(simulated.reader), true);
    auto *place = new QShortcut(QKeySequence(Qt::Key_F8), m_window.get());
    place->setContext(Qt::ApplicationShortcut);
    QObject::connect(place, &QShortcut::activated, m_window.get(), [this] { placeNextDemoCard(); });
    auto *remove = new QShortcut(QKeySequence(Qt::Key_F9), m_window.get());
    remove->setContext(Qt::ApplicationShortcut);
    QObject::connect(remove, &QShortcut::activated, m_window.get(), [this] { removeDemoCard(); });
    attachPrinterControls();
}

void KioskAssembly::attachPrinterControls()
{
    if (m_simulatedPrinters.isEmpty())
        return;
    // F10: the output tray; F11: paper out, and loaded again.
    auto *tray = new QShortcut(QKeySequence(Qt::Key_F10), m_window.get());
    tray->setContext(Qt::ApplicationShortcut);
    QObject::connect(tray, &QShortcut::activated, m_window.get(), [this] {
        QList<const Devices::SimulatedQueue *> trays;
        for (const std::shared_ptr<Devices::SimulatedQueue> &printer : std::as_const(m_simulatedPrinters))
            trays.append(printer.get());
        SimulatedPrintsDialog dialog(trays, m_window.get());
        dialog.exec();
    });
    auto *paper = new QShortcut(QKeySequence(Qt::Key_F11), m_window.get());
    paper->setContext(Qt::ApplicationShortcut);
    QObject::connect(paper, &QShortcut::activated, m_window.get(), [this] {
        // The printer in use: after a switch, the spare.
        Devices::SimulatedQueue *inUse = m_simulatedPrinters.first().get();
        for (const std::shared_ptr<Devices::SimulatedQueue> &printer : std::as_const(m_simulatedPrinters))
            if (printer->name() == m_printer->queueName())
                inUse = printer.get();
        const bool out = inUse->fault() != Devices::SimulatedQueue::Fault::PaperOut;
        inUse->setFault(out ? Devices::SimulatedQueue::Fault::PaperOut : Devices::SimulatedQueue::Fault::None);
        m_printer->refresh();
        m_window->showNotice(
            [out, name = inUse->name()] {
                return (out ? KioskAssemblyTr::tr("Simulated printer %1: out of paper (F11 loads paper).")
                            : KioskAssemblyTr::tr("Simulated printer %1: paper loaded."))
                    .arg(name);
            },
            false);
    });
}

void KioskAssembly::attachReader(std::unique_ptr<Devices::IdCardReader> newReader, bool simulated)
{
    m_reader = std::move(newReader);
    Devices::IdCardReader *r = m_reader.get();
    MainWindow *w = m_window.get();
    QObject::connect(
        r, &Devices::IdCardReader::statusChanged, &m_devices, [this, simulated](const Devices::ReaderStatus &status) {
            m_devices.setStatus(Devices::deviceStatusFromReader(status, simulated));
        });
    QObject::connect(r, &Devices::IdCardReader::cardRead, &m_flow, [this, w](const Devices::IdCardData &card) {
        if (m_flow.step() == Kiosk::FlowStep::Sheets) {
            // The confirmation day: the card opens the candidate's sheet, it starts no registration;
            // not under the lock, and not under a dialog (the batch, the drive's folder), whose
            // action belongs to the candidate shown when it opened.
            if (m_sessionLock.isLocked() || !m_flow.currentOperator())
                return;
            if (QApplication::activeModalWidget()) {
                m_sounds.problem();
                w->showNotice(
                    [] { return KioskAssemblyTr::tr("Close the open window first, then place the card again."); },
                    true);
                return;
            }
            if (const Status found = m_confirmationDesk->findByIdNumber(card.idNumber); found) {
                m_sounds.cardRead();
            } else {
                m_sounds.problem();
                w->showNotice([f = found.failure()] { return f.retold(); }, true, std::chrono::seconds(10));
            }
            return;
        }
        if (m_flow.presentCard(card)) {
            m_sounds.cardRead();
            return;
        }
        // Read but not taken at this step: a sound, and the notice says why.
        Telling why;
        if (m_flow.step() == Kiosk::FlowStep::ManualEntry)
            why = [] {
                return KioskAssemblyTr::tr("A card was read while a form is open. Save or cancel the form, then lift "
                                           "and place the card again.");
            };
        else if (m_flow.step() == Kiosk::FlowStep::DayOpen)
            why = [] {
                return KioskAssemblyTr::tr("A card was read before the day was opened. Open the day first, then lift "
                                           "and place the card again.");
            };
        else if (m_flow.workInProgress())
            // The review, photo or preview of the candidate at the desk is not thrown away for it.
            why = [] {
                return KioskAssemblyTr::tr("A card was read while this candidate is not finished. Finish first, then "
                                           "lift and place the next card again.");
            };
        if (why) {
            m_sounds.problem();
            w->showNotice(why, false);
        }
    });
    QObject::connect(r, &Devices::IdCardReader::holdStillRequested, w, [w] {
        w->showNotice([] { return KioskAssemblyTr::tr("Keep the card still: reading it again…"); }, false,
            std::chrono::seconds(3));
    });
    QObject::connect(r, &Devices::IdCardReader::readFailed, w, [this, w](const Devices::ReadFailure &failure) {
        m_sounds.problem();
        w->showNotice(
            [kind = failure.kind] { return Devices::readFailureMessage(kind); }, true, std::chrono::seconds(10));
    });
    m_devices.setStatus(Devices::deviceStatusFromReader(r->status(), simulated));
    r->start();
    if (simulated)
        w->showNotice(
            [] {
                return KioskAssemblyTr::tr("Simulated devices: F8 places a demo card, F9 takes it off; F10 shows what "
                                           "the printer printed, F11 takes its paper out or puts it back.");
            },
            false, std::chrono::seconds(15));
}

void KioskAssembly::attachPrinter(bool simulated)
{
    Devices::DeskPrinters printers
        = Devices::makeDeskPrinters(simulated, m_settings.printerQueue, m_settings.printerServer);
    if (printers.queue) {
        m_simulatedPrinters = printers.simulated;
        Devices::PrintTimings timings;
        timings.jobTimeout = m_settings.printTimeout;
        m_printer = std::make_unique<Devices::PrintService>(
            std::move(printers.queue), std::move(printers.directory), timings);
        // Connecting until the queue first answers: the morning check waits for it, rather than
        // calling a printer that is set up "missing".
        m_devices.setStatus(
            { Devices::DeviceKind::Printer, Devices::DeviceState::Connecting, m_printer->simulated(), {} });
        QObject::connect(m_printer.get(), &Devices::PrintService::statusChanged, &m_devices,
            [this](const Devices::DeviceStatus &status) { m_devices.setStatus(status); });
    }
    m_slips = std::make_unique<Kiosk::SlipPrinter>(m_printer.get(), m_workspace->audit());
    // The confirmation day's sheets, on the same printer.
    m_sheetPrinter = std::make_unique<Kiosk::SheetPrinter>(*m_workspace, m_printer.get());
    const auto whoIsWorking = [this] { return m_flow.currentOperator(); };
    m_confirmationDesk = std::make_unique<Kiosk::ConfirmationDesk>(*m_workspace, *m_sheetPrinter, whoIsWorking);
    m_sheetBatch = std::make_unique<Kiosk::SheetBatch>(*m_workspace, *m_sheetPrinter, whoIsWorking);
    // Leaving the sheets (home, logout, lock's logout) leaves no candidate's sheet for the next clerk.
    QObject::connect(
        &m_flow, &Kiosk::RegistrationFlow::stepChanged, m_confirmationDesk.get(), [this](Kiosk::FlowStep step) {
            if (step != Kiosk::FlowStep::Sheets && m_confirmationDesk->current())
                m_confirmationDesk->next();
        });
    // The slip prints as the record is saved: the candidate leaves the desk with the number.
    QObject::connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, m_slips.get(), [this](Kiosk::FlowStep step) {
        if (step == Kiosk::FlowStep::Saved)
            printSlipOfSavedRecord();
    });
}

void KioskAssembly::printSlipOfSavedRecord()
{
    if (const std::optional<Kiosk::RecordView> saved = m_flow.lastSavedView())
        printSlipOf(*saved, m_flow.lastSavedSerial());
}

void KioskAssembly::printSlipOf(const Kiosk::RecordView &record, const std::optional<QString> &serial)
{
    if (!serial || !m_flow.currentOperator())
        return; // no number yet: it comes with the next sync, and the slip with it
    const std::optional<Kiosk::PointTrust> &trust = m_workspace->keys().trust();
    m_slips->print(Kiosk::CaptureSlip::of(record, *serial, trust ? trust->pointCode : QString()),
        record.id.toString(QUuid::WithoutBraces), m_flow.currentOperator()->id);
}

RecordDialog::SlipPrinting KioskAssembly::slipPrinting()
{
    if (!m_slips->hasPrinter())
        return {};
    return [this](const Kiosk::RecordFile &file) { printSlipOf(file.view, file.serial); };
}

void KioskAssembly::attachCamera(bool simulated)
{
    auto publish = [this, simulated](const Devices::CameraStatus &status) {
        m_devices.setStatus({ Devices::DeviceKind::Camera,
            deviceStateFromCamera(status.state, !status.message.isEmpty()), simulated, status.message });
    };
    QObject::connect(m_camera.get(), &Devices::FrameSource::statusChanged, &m_devices, publish);
    Devices::CameraStatus initial = m_camera->status();
    if (!simulated && QMediaDevices::videoInputs().isEmpty())
        initial.message = KioskAssemblyTr::tr("No camera found. Plug it in, or import the candidates' photo files.");
    publish(initial);
}

void KioskAssembly::findReader(const KioskOptions &options)
{
    // Probing takes up to a second per port: off the GUI thread, so the login screen is usable at once.
    m_devices.setStatus({ Devices::DeviceKind::IdCardReader, Devices::DeviceState::Connecting, false,
        KioskAssemblyTr::tr("Looking for the ID card reader…") });
    auto *worker = QThread::create([this, options] {
        QString found;
        for (const Devices::ProbeResult &r :
            Devices::probeReaderPorts(Devices::candidateReaderPorts(), std::chrono::milliseconds(500))) {
            if (r.answered) {
                found = r.port;
                break;
            }
        }
        QMetaObject::invokeMethod(m_window.get(), [this, found, options] {
            if (found.isEmpty()) {
                m_devices.setStatus({ Devices::DeviceKind::IdCardReader, Devices::DeviceState::Error, false,
                    KioskAssemblyTr::tr(
                        "No ID card reader found. Plug it in and restart, or enter documents by hand.") });
                return;
            }
            qCInfo(lcAssembly) << "ID card reader found on" << found;
            attachReader(Devices::makeIdCardReader(found, options.readerTimings), false);
        });
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void KioskAssembly::placeNextDemoCard()
{
    const QList<Devices::IdCardData> cards = Devices::demoCards();
    if (!m_simulator || cards.isEmpty())
        return;
    m_simulator->module().placeCard(cards.at(m_nextDemoCard % cards.size()));
    ++m_nextDemoCard;
}

void KioskAssembly::removeDemoCard() const
{
    if (m_simulator)
        m_simulator->module().removeCard();
}

} // namespace RegPoint::App
