#pragma once

#include "camera/framesource.h"
#include "day/readinessrun.h"
#include "desksounds.h"
#include "deviceboard.h"
#include "flow/confirmationdesk.h"
#include "flow/registrationflow.h"
#include "flow/registrationgate.h"
#include "flow/sheetbatch.h"
#include "flow/sheetprinter.h"
#include "idcard/idcardreader.h"
#include "idcard/wltphotodecoder.h"
#include "operators/sessionlock.h"
#include "photo/liveanalyser.h"
#include "photo/photoattempts.h"
#include "photo/photofixer.h"
#include "photo/photoinspector.h"
#include "printer/printservice.h"
#include "printing/slipprinter.h"
#include "records/manualentry.h"
#include "screens/recorddialog.h"
#include "settings/kiosksettings.h"
#include "sync/dayendreview.h"
#include "sync/pointsync.h"
#include "sync/syncmonitor.h"
#include "sync/syncscheduler.h"
#include "workspace/recordfiles.h"
#include "workspace/workspace.h"

#include <future>
#include <memory>

namespace RegPoint::Devices {
class SamSimulatorPort;
class SimulatedQueue;
} // namespace RegPoint::Devices

namespace RegPoint::App {

class LanguageSwitcher;
class MainWindow;

// How this kiosk starts: its devices, and where the province is.
struct KioskOptions
{
    bool simulate = false; // the built-in reader simulator on an in-process pseudo-terminal
    QString readerPort; // empty: find the reader by probing the serial ports
    // The vendor's WLT decoder plug-in; empty: photos show a placeholder (with `simulate`, the
    // demo plug-in draws DEMO for the simulator's cards).
    QString photoDecoderPath;
    Devices::ReaderTimings readerTimings {};
    // The camera: empty for the system default; with `simulate`, a video or image file to play
    // instead of the built-in demo picture.
    QString camera;
    // The province's intake server instead of kiosk.ini's [sync] intake (run-kiosk's local one).
    QUrl intake;
    // Open the first run with the provisioning wizard when the point is not provisioned.
    bool provisionAtFirstRun = false;
};

// The kiosk's composition root: builds every part of a running kiosk in dependency order over an
// opened workspace, hands each its collaborators through its constructor, and wires the devices
// to the flow and the window. main.cpp builds one; --screenshots builds one per language over a
// scratch directory; the UI tests build their own.
class KioskAssembly
{
public:
    KioskAssembly(std::unique_ptr<Kiosk::Workspace> workspace, LanguageSwitcher &language, const KioskOptions &devices,
        Kiosk::FlowTimings timings = {});
    ~KioskAssembly();
    KioskAssembly(const KioskAssembly &) = delete;
    KioskAssembly &operator=(const KioskAssembly &) = delete;

    Kiosk::Workspace &workspace() { return *m_workspace; }
    Kiosk::RegistrationFlow &flow() { return m_flow; }
    Kiosk::SessionLock &sessionLock() { return m_sessionLock; }
    Kiosk::SyncMonitor &syncMonitor() { return *m_syncMonitor; }
    Kiosk::ReadinessRun &readiness() { return *m_readiness; }
    Kiosk::DayEndReview &dayEnd() { return m_dayEnd; }
    Devices::DeviceBoard &devices() { return m_devices; }
    Devices::FrameSource &camera() { return *m_camera; }
    Kiosk::SlipPrinter &slips() { return *m_slips; }
    Kiosk::ConfirmationDesk &confirmationDesk() { return *m_confirmationDesk; }
    Kiosk::SheetBatch &sheetBatch() { return *m_sheetBatch; }
    Kiosk::SheetPrinter &sheetPrinter() { return *m_sheetPrinter; }
    // Null when no printer is set up (kiosk.ini [printer] queue, or --simulate).
    Devices::PrintService *printer() { return m_printer.get(); }
    // Only with KioskOptions::simulate and no printer queue in kiosk.ini: the desk's own printer
    // and the spare a clerk may switch to.
    Devices::SimulatedQueue *simulatedPrinter() { return simulatedPrinter(0); }
    Devices::SimulatedQueue *simulatedPrinter(int index)
    {
        return index < m_simulatedPrinters.size() ? m_simulatedPrinters.at(index).get() : nullptr;
    }
    MainWindow &window() { return *m_window; }
    // Null until a reader is found (probing runs in the background).
    Devices::IdCardReader *reader() { return m_reader.get(); }
    // Only with KioskOptions::simulate.
    Devices::SamSimulatorPort *simulator() { return m_simulator.get(); }

    // Simulator controls (F8 / F9 in the kiosk): put the next demo card on the reader, take it off.
    void placeNextDemoCard();
    void removeDemoCard() const;

private:
    void sealWhatWaited();
    void attachReader(std::unique_ptr<Devices::IdCardReader> newReader, bool simulated);
    void attachCamera(bool simulated);
    void attachPrinter(bool simulated);
    void printSlipOfSavedRecord();
    void printSlipOf(const Kiosk::RecordView &record, const std::optional<QString> &serial);
    // How a record opened at the desk prints its slip again; empty without a printer.
    RecordDialog::SlipPrinting slipPrinting();
    void attachPrinterControls();
    void attachSimulator(const KioskOptions &options);
    void findReader(const KioskOptions &options);
    void setUpSync();
    std::optional<Failure> startSync(); // the reason when sending cannot start
    // After the point was provisioned at the desk: seal what waited, start sending.
    void startSendingNow();
    void auditTestPage(const Devices::PrintOutcome &outcome);

    // In dependency order: each part outlives the parts built over it.
    std::unique_ptr<Kiosk::Workspace> m_workspace;
    Devices::DeviceBoard m_devices;
    Devices::WltPhotoDecoder m_cardPhotos;
    Kiosk::ManualEntryValidator m_validator;
    Kiosk::KioskSettings m_settings;
    QUrl m_intakeOverride; // run-kiosk's local server instead of kiosk.ini's
    Kiosk::PhotoProfile m_photoProfile;
    Kiosk::PhotoInspector m_photoInspector;
    // Reads the photo checks' models after the login screen is up; destroyed before the
    // inspector, it waits for a read still running.
    std::future<void> m_photoWarmUp;
    Kiosk::PhotoFixer m_photoFixer;
    Kiosk::PhotoAttempts m_photoAttempts;
    Kiosk::SessionLock m_sessionLock;
    Kiosk::RegistrationGate m_gate;
    Kiosk::DayEndReview m_dayEnd;
    Result<Kiosk::EligibilityRules> m_eligibility; // this exam year's; the review step says when missing
    Kiosk::RegistrationFlow m_flow;
    std::unique_ptr<Devices::FrameSource> m_camera;
    std::unique_ptr<Kiosk::LiveAnalyser> m_liveAnalyser;
    std::unique_ptr<Devices::PrintService> m_printer; // null when none is set up
    std::unique_ptr<Kiosk::SlipPrinter> m_slips;
    std::unique_ptr<Kiosk::SheetPrinter> m_sheetPrinter;
    std::unique_ptr<Kiosk::ConfirmationDesk> m_confirmationDesk;
    std::unique_ptr<Kiosk::SheetBatch> m_sheetBatch;
    QList<std::shared_ptr<Devices::SimulatedQueue>> m_simulatedPrinters;
    std::unique_ptr<Kiosk::PointSync> m_pointSync; // null when sending is not configured
    std::unique_ptr<Kiosk::SyncScheduler> m_syncScheduler;
    std::unique_ptr<Kiosk::SyncMonitor> m_syncMonitor;
    std::unique_ptr<Kiosk::ReadinessRun> m_readiness;
    std::unique_ptr<Kiosk::RecordFiles> m_recordFiles;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Devices::SamSimulatorPort> m_simulator;
    std::unique_ptr<Devices::IdCardReader> m_reader;
    DeskSounds m_sounds;
    int m_nextDemoCard = 0;
};

} // namespace RegPoint::App
