#include "kioskassembly.h"

#include "mainwindow.h"

namespace RegPoint::App {

KioskAssembly::KioskAssembly(
    std::unique_ptr<Kiosk::Workspace> ws, LanguageSwitcher &language, bool simulateDevices, Kiosk::FlowTimings timings)
    : workspace(std::move(ws))
    , validator(workspace->nations(), workspace->regions())
    , flow(workspace->operators(), workspace->records(), workspace->registrar(), validator, workspace->clock(), timings)
{
    // Drivers attach to the board as they arrive (reader: issue 3, camera: issue 4, printer later);
    // until then every device truthfully reads "not set up", simulated or not.
    Q_UNUSED(simulateDevices);
    window = std::make_unique<MainWindow>(flow, devices, workspace->nations(), workspace->clock(), language);
}

KioskAssembly::~KioskAssembly() = default;

} // namespace RegPoint::App
