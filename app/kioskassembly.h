#pragma once

#include "camera/framesource.h"
#include "deviceboard.h"
#include "flow/registrationflow.h"
#include "idcard/idcardreader.h"
#include "idcard/wltphotodecoder.h"
#include "operators/sessionlock.h"
#include "photo/photoattempts.h"
#include "photo/photofixer.h"
#include "photo/photoinspector.h"
#include "records/manualentry.h"
#include "settings/kiosksettings.h"
#include "storage/workspace.h"

#include <memory>

class QSoundEffect;

namespace RegPoint::Devices {
class SamSimulatorPort;
}

namespace RegPoint::App {

class LanguageSwitcher;
class MainWindow;

struct DeviceOptions
{
    bool simulate = false; // the built-in reader simulator on an in-process pseudo-terminal
    QString readerPort; // empty: find the reader by probing the serial ports
    QString photoDecoderPath; // the vendor's WLT decoder plug-in; empty: photos show a placeholder
    Devices::ReaderTimings readerTimings {};
    // The camera: empty for the system default; with `simulate`, a video or image file to play
    // instead of the built-in demo picture.
    QString camera;
};

// The parts of a running kiosk, built in dependency order over an opened workspace.
// main.cpp builds one; --screenshots builds one per language over a scratch directory.
struct KioskAssembly
{
    KioskAssembly(std::unique_ptr<Kiosk::Workspace> workspace, LanguageSwitcher &language, const DeviceOptions &devices,
        Kiosk::FlowTimings timings = {});
    ~KioskAssembly();

    std::unique_ptr<Kiosk::Workspace> workspace;
    Devices::DeviceBoard devices;
    Devices::WltPhotoDecoder photos;
    Kiosk::ManualEntryValidator validator;
    Kiosk::KioskSettings settings;
    Kiosk::PhotoProfile photoProfile;
    Kiosk::PhotoInspector photoInspector;
    Kiosk::PhotoFixer photoFixer;
    Kiosk::PhotoAttempts photoAttempts;
    Kiosk::RegistrationFlow flow;
    Kiosk::SessionLock sessionLock;
    std::unique_ptr<Devices::FrameSource> camera;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Devices::SamSimulatorPort> simulator; // only with DeviceOptions::simulate
    std::unique_ptr<Devices::IdCardReader> reader;

    // Simulator controls (F8 / F9 in the kiosk): put the next demo card on the reader, take it off.
    void placeNextDemoCard();
    void removeDemoCard() const;

private:
    void attachSealing();
    void attachReader(std::unique_ptr<Devices::IdCardReader> newReader, bool simulated);
    void attachCamera(const DeviceOptions &options);
    void findReader(const DeviceOptions &options);

    LanguageSwitcher &m_language;
    std::unique_ptr<QSoundEffect> m_readSound;
    int m_nextDemoCard = 0;
};

} // namespace RegPoint::App
