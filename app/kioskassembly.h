#pragma once

#include "deviceboard.h"
#include "flow/registrationflow.h"
#include "records/manualentry.h"
#include "storage/workspace.h"

#include <memory>

namespace RegPoint::App {

class LanguageSwitcher;
class MainWindow;

// The parts of a running kiosk, built in dependency order over an opened workspace.
// main.cpp builds one; --screenshots builds one per language over a scratch directory.
struct KioskAssembly
{
    KioskAssembly(std::unique_ptr<Kiosk::Workspace> workspace, LanguageSwitcher &language, bool simulateDevices,
        Kiosk::FlowTimings timings = {});
    ~KioskAssembly();

    std::unique_ptr<Kiosk::Workspace> workspace;
    Devices::DeviceBoard devices;
    Kiosk::ManualEntryValidator validator;
    Kiosk::RegistrationFlow flow;
    std::unique_ptr<MainWindow> window;
};

} // namespace RegPoint::App
