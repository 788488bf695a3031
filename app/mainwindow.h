#pragma once

#include "flow/flowtransitions.h"
#include "screens/admindialog.h"
#include "screens/dayopenscreen.h"
#include "screens/recorddialog.h"
#include "screens/sheetsscreen.h"
#include "widgets/translatablewidget.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace RegPoint::Devices {
class DeviceBoard;
class FrameSource;
} // namespace RegPoint::Devices
namespace RegPoint::Kiosk {
class Clock;
class LiveAnalyser;
class NationTable;
class RegistrationFlow;
class SlipPrinter;
class SessionLock;
class DayEndReview;
class SyncMonitor;
struct PhotoProfile;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class CardReviewScreen;
class HomeScreen;
class LanguageSwitcher;
class LeaveQuestion;
class LockScreen;
class LoginScreen;
class ManualEntryScreen;
class PhotoScreen;
class PreviewScreen;
class ProvisioningScreen;
class ReviewScreen;
class SavedScreen;
class SetupScreen;

// The kiosk shell: a top bar (who is working, the time, language, log out) over a stack of thin
// screens. It owns no device and no store; it shows the screen for the flow's current step.
class MainWindow : public TranslatableWidget
{
    Q_OBJECT

public:
    MainWindow(Kiosk::RegistrationFlow &flow, const Devices::DeviceBoard &devices, const Kiosk::NationTable &nations,
        const Kiosk::Clock &clock, LanguageSwitcher &language, Devices::FrameSource &camera,
        Kiosk::LiveAnalyser &liveAnalyser, const Kiosk::PhotoProfile &photoProfile, Kiosk::SessionLock &lock,
        Kiosk::SyncMonitor &sync, Kiosk::DayEndReview &dayEnd, Kiosk::SlipPrinter &slips, DayOpenDesk dayOpen,
        SheetsDesk sheets, const RecordDesk &records, AdminDesk admin, QWidget *parent = nullptr);

    QWidget *currentScreen() const;
    // A line under the top bar for what happens outside the screens (the reader); hides itself.
    void showNotice(Telling text, bool isProblem, std::chrono::milliseconds duration = std::chrono::seconds(6));

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Idle lock: activity anywhere in the application counts, the lock screen covers the window.
    void setUpSessionLock();
    void showStep(Kiosk::FlowStep step);
    void retranslate() override;
    void updateTopBar();
    void requestLogout(); // asks first when a registration is open
    void openAdmin();
    // The wizard the first run opens with on an unprovisioned real point; null once it is done,
    // put off, or not wanted.
    ProvisioningScreen *firstRunProvisioning();
    void placeLeaveQuestion();

    Kiosk::RegistrationFlow &m_flow;
    const Kiosk::Clock &m_clock;
    LanguageSwitcher &m_language;
    QLabel *m_appName;
    QLabel *m_operator;
    QLabel *m_time;
    QPushButton *m_languageButton;
    QPushButton *m_logout;
    QPushButton *m_adminButton; // supervisors and administrators, between candidates
    AdminDesk m_admin;
    QPushButton *m_lockButton = nullptr;
    Kiosk::SessionLock &m_lock;
    LockScreen *m_lockScreen = nullptr;
    QTimer m_idleCheck;
    QStackedWidget *m_stack;
    SetupScreen *m_setup;
    ProvisioningScreen *m_provisioning = nullptr;
    bool m_provisioningDone = false;
    LoginScreen *m_login;
    DayOpenScreen *m_dayOpen;
    HomeScreen *m_home;
    ManualEntryScreen *m_entry;
    SavedScreen *m_saved;
    CardReviewScreen *m_cardReview;
    ReviewScreen *m_review;
    PhotoScreen *m_photo;
    PreviewScreen *m_preview;
    SheetsScreen *m_sheets;
    QWidget *m_topBar = nullptr;
    LeaveQuestion *m_leaveQuestion;
    Banner *m_notice;
    QTimer m_noticeTimer;
    QTimer m_clockTick;
};

} // namespace RegPoint::App
