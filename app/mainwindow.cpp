#include "mainwindow.h"

#include "clock.h"
#include "crypto/machineprovisioning.h"
#include "flow/registrationflow.h"
#include "languageswitcher.h"
#include "operators/permissions.h"
#include "operators/sessionlock.h"
#include "screens/cardreviewscreen.h"
#include "screens/homescreen.h"
#include "screens/lockscreen.h"
#include "screens/loginscreen.h"
#include "screens/manualentryscreen.h"
#include "screens/photoscreen.h"
#include "screens/previewscreen.h"
#include "screens/provisioningscreen.h"
#include "screens/reviewscreen.h"
#include "screens/savedscreen.h"
#include "screens/setupscreen.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/leavequestion.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace RegPoint::App {

using Kiosk::FlowStep;

MainWindow::MainWindow(Kiosk::RegistrationFlow &flow, const Devices::DeviceBoard &devices,
    const Kiosk::NationTable &nations, const Kiosk::Clock &clock, LanguageSwitcher &language,
    Devices::FrameSource &camera, Kiosk::LiveAnalyser &liveAnalyser, const Kiosk::PhotoProfile &photoProfile,
    Kiosk::SessionLock &lock, Kiosk::SyncMonitor &sync, Kiosk::DayEndReview &dayEnd, Kiosk::SlipPrinter &slips,
    DayOpenDesk dayOpen, SheetsDesk sheets, const RecordDesk &records, AdminDesk admin, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_clock(clock)
    , m_language(language)
    , m_appName(new QLabel(this))
    , m_operator(new QLabel(this))
    , m_time(new QLabel(this))
    , m_languageButton(new QPushButton(this))
    , m_logout(new QPushButton(this))
    , m_adminButton(new QPushButton(this))
    , m_admin(std::move(admin))
    , m_lock(lock)
    , m_stack(new QStackedWidget(this))
    , m_setup(new SetupScreen(flow, m_stack))
    , m_login(new LoginScreen(flow, m_stack))
    , m_dayOpen(new DayOpenScreen(flow, std::move(dayOpen), m_stack))
    , m_home(new HomeScreen(flow, devices, sync, dayEnd, records, m_stack))
    , m_entry(new ManualEntryScreen(flow, nations, language, records, m_stack))
    , m_saved(new SavedScreen(flow, slips, m_stack))
    , m_cardReview(new CardReviewScreen(flow, nations, language, records, m_stack))
    , m_review(new ReviewScreen(flow, language, m_stack))
    , m_photo(new PhotoScreen(flow, camera, liveAnalyser, photoProfile, m_stack))
    , m_preview(new PreviewScreen(flow, nations, language, m_stack))
    , m_sheets(new SheetsScreen(flow, sheets, m_stack))
    , m_leaveQuestion(new LeaveQuestion(this))
    , m_notice(new Banner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_appName->setObjectName(QStringLiteral("appName"));
    m_operator->setObjectName(QStringLiteral("operatorLabel"));
    m_time->setObjectName(QStringLiteral("clockLabel"));
    m_languageButton->setObjectName(QStringLiteral("languageToggle"));
    setActionIcon(m_languageButton, QStringLiteral("preferences-desktop-locale"));
    m_languageButton->setFocusPolicy(Qt::NoFocus);
    m_logout->setObjectName(QStringLiteral("logout"));
    setActionIcon(m_logout, QStringLiteral("system-log-out"));
    m_logout->setFocusPolicy(Qt::NoFocus);
    m_adminButton->setObjectName(QStringLiteral("openAdmin"));
    setActionIcon(m_adminButton, QStringLiteral("configure"));
    m_adminButton->setFocusPolicy(Qt::NoFocus);

    auto *topBar = new QWidget(this);
    topBar->setObjectName(QStringLiteral("topBar"));
    auto *bar = new QHBoxLayout(topBar);
    bar->addWidget(m_appName);
    bar->addStretch();
    bar->addWidget(m_operator);
    bar->addSpacing(24);
    bar->addWidget(m_time);
    bar->addSpacing(24);
    bar->addWidget(m_adminButton);
    bar->addWidget(m_languageButton);
    bar->addWidget(m_logout);

    for (QWidget *screen : std::initializer_list<QWidget *> { m_setup, m_login, m_dayOpen, m_home, m_entry, m_saved,
             m_cardReview, m_review, m_photo, m_preview, m_sheets }) {
        screen->setProperty("screen", true);
        m_stack->addWidget(screen);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(topBar);
    m_topBar = topBar;
    m_notice->setObjectName(QStringLiteral("notice"));
    layout->addWidget(m_notice);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &Banner::clear);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(32, 16, 32, 16);
    body->addWidget(m_stack);
    layout->addLayout(body, 1);

    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, this, &MainWindow::showStep);
    connect(m_logout, &QPushButton::clicked, this, &MainWindow::requestLogout);
    connect(m_adminButton, &QPushButton::clicked, this, &MainWindow::openAdmin);
    connect(m_leaveQuestion, &LeaveQuestion::discardChosen, &m_flow, &Kiosk::RegistrationFlow::logout);
    connect(m_leaveQuestion, &LeaveQuestion::lockChosen, &m_lock, &Kiosk::SessionLock::lockNow);
    connect(m_languageButton, &QPushButton::clicked, &m_language, &LanguageSwitcher::toggle);
    m_clockTick.setInterval(std::chrono::seconds(15));
    connect(&m_clockTick, &QTimer::timeout, this, &MainWindow::updateTopBar);
    m_clockTick.start();
    MainWindow::retranslate();
    showStep(m_flow.step());
    setUpSessionLock();
}

QWidget *MainWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void MainWindow::showNotice(Telling text, bool isProblem, std::chrono::milliseconds duration)
{
    m_notice->showMessage(std::move(text), isProblem ? Banner::Kind::Error : Banner::Kind::Warning);
    m_noticeTimer.start(duration);
}

void MainWindow::retranslate()
{
    m_appName->setText(tr("RegPoint · gaokao registration"));
    // The button names the language it switches to, in that language.
    m_languageButton->setText(m_language.isChinese() ? QStringLiteral("English") : QStringLiteral("中文"));
    m_logout->setText(tr("Log out"));
    m_adminButton->setText(tr("Administration"));
    if (m_lockButton)
        m_lockButton->setText(tr("Lock"));
    setWindowTitle(tr("RegPoint registration workstation"));
    updateTopBar();
}

void MainWindow::updateTopBar()
{
    const auto &op = m_flow.currentOperator();
    m_operator->setText(op ? tr("%1 (%2)").arg(op->displayName, Kiosk::roleDisplayName(op->role)) : QString());
    m_logout->setVisible(op.has_value());
    m_adminButton->setVisible(
        op && Kiosk::can(op->role, Kiosk::Permission::ManageOperators) && m_flow.step() == FlowStep::Home);
    if (m_lockButton)
        m_lockButton->setVisible(op.has_value());
    m_time->setText(QLocale().toString(m_clock.now(), QStringLiteral("yyyy-MM-dd ddd HH:mm")));
}

ProvisioningScreen *MainWindow::firstRunProvisioning()
{
    if (!m_admin.provisionAtFirstRun || m_provisioningDone)
        return nullptr;
    if (!m_provisioning) {
        if (Kiosk::MachineProvisioning(m_admin.workspace.dataDir()).state() == Kiosk::ProvisioningState::Provisioned) {
            m_provisioningDone = true;
            return nullptr;
        }
        m_provisioning = new ProvisioningScreen(Kiosk::PointProvisioner(m_admin.workspace, std::nullopt), m_stack);
        m_provisioning->setProperty("screen", true);
        m_stack->addWidget(m_provisioning);
        connect(m_provisioning, &ProvisioningScreen::provisioned, this, [this] {
            if (m_admin.pointProvisioned)
                m_admin.pointProvisioned();
        });
        connect(m_provisioning, &ProvisioningScreen::finished, this, [this] {
            m_provisioningDone = true;
            showStep(m_flow.step());
        });
    }
    return m_provisioning;
}

void MainWindow::openAdmin()
{
    const std::optional<Kiosk::Operator> &op = m_flow.currentOperator();
    if (!op || m_flow.step() != FlowStep::Home)
        return;
    auto *dialog = new AdminDialog(m_admin, *op, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(size()); // under cage a dialog fills the screen
    // Whatever takes the desk elsewhere (a logout, a card) closes it, with its password; the lock
    // closes every dialog (setUpSessionLock).
    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, dialog, &QDialog::reject);
    dialog->open();
}

void MainWindow::requestLogout()
{
    if (!m_flow.workInProgress())
        return m_flow.logout();
    // Over the screen rather than in the layout: a full form keeps its height at 1366x768.
    placeLeaveQuestion();
    m_leaveQuestion->show();
    m_leaveQuestion->raise();
}

void MainWindow::showStep(FlowStep step)
{
    m_leaveQuestion->hide(); // the question was about the step that ended
    switch (step) {
    case FlowStep::Starting:
    case FlowStep::Login:
        m_login->reset();
        m_stack->setCurrentWidget(m_login);
        break;
    case FlowStep::FirstRunSetup:
        if (ProvisioningScreen *wizard = firstRunProvisioning())
            m_stack->setCurrentWidget(wizard);
        else
            m_stack->setCurrentWidget(m_setup);
        break;
    case FlowStep::DayOpen:
        m_dayOpen->refresh();
        m_stack->setCurrentWidget(m_dayOpen);
        break;
    case FlowStep::Home:
        m_home->refresh();
        m_stack->setCurrentWidget(m_home);
        break;
    case FlowStep::ManualEntry:
        m_entry->reset();
        m_stack->setCurrentWidget(m_entry);
        break;
    case FlowStep::Saved:
        m_saved->refresh();
        m_stack->setCurrentWidget(m_saved);
        break;
    case FlowStep::CardReview:
        m_cardReview->refresh();
        m_stack->setCurrentWidget(m_cardReview);
        break;
    case FlowStep::Review:
        m_review->refresh();
        m_stack->setCurrentWidget(m_review);
        break;
    case FlowStep::Photo:
        m_photo->refresh();
        m_stack->setCurrentWidget(m_photo);
        break;
    case FlowStep::Preview:
        m_preview->refresh();
        m_stack->setCurrentWidget(m_preview);
        break;
    case FlowStep::Sheets:
        m_stack->setCurrentWidget(m_sheets);
        break;
    }
    updateTopBar();
}

void MainWindow::setUpSessionLock()
{
    Kiosk::SessionLock &lock = m_lock;
    m_lockScreen = new LockScreen(lock, this);
    // A dialog is a window of its own, above the lock screen: the lock closes it (a record, the
    // administration, the day-end review), so nothing of it shows on a locked desk.
    connect(&lock, &Kiosk::SessionLock::lockedChanged, this, [this](bool locked) {
        if (!locked)
            return;
        for (QDialog *dialog : findChildren<QDialog *>())
            if (dialog->isVisible())
                dialog->reject();
        // A supervisor's password typed on a screen to approve something (a typed document, a
        // photo, a failed morning check) must not wait there for whoever unlocks the desk.
        for (QLineEdit *edit : m_stack->findChildren<QLineEdit *>())
            if (edit->echoMode() == QLineEdit::Password)
                edit->clear();
        m_home->clearSearch(); // a name or an ID number typed to find a record
    });
    m_lockButton = new QPushButton(this);
    m_lockButton->setObjectName(QStringLiteral("lockDesk"));
    setActionIcon(m_lockButton, QStringLiteral("system-lock-screen"));
    m_lockButton->setFocusPolicy(Qt::NoFocus);
    m_logout->parentWidget()->layout()->addWidget(m_lockButton);
    connect(m_lockButton, &QPushButton::clicked, &lock, &Kiosk::SessionLock::lockNow);
    connect(&lock, &Kiosk::SessionLock::lockedChanged, this, [this](bool locked) {
        if (locked)
            m_lockScreen->showLocked();
        else
            m_lockScreen->hide();
    });
    qApp->installEventFilter(this);
    m_idleCheck.setInterval(1000);
    connect(&m_idleCheck, &QTimer::timeout, &lock, &Kiosk::SessionLock::checkIdle);
    m_idleCheck.start();
    MainWindow::retranslate(); // called from the constructor: no virtual dispatch yet
    updateTopBar();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_lock.noteActivity();
        break;
    default:
        break;
    }
    return TranslatableWidget::eventFilter(watched, event);
}

void MainWindow::placeLeaveQuestion()
{
    m_leaveQuestion->setGeometry(0, m_topBar->geometry().bottom() + 1, width(),
        m_leaveQuestion->heightForWidth(width()) > 0 ? m_leaveQuestion->heightForWidth(width())
                                                     : m_leaveQuestion->sizeHint().height());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    TranslatableWidget::resizeEvent(event);
    if (m_leaveQuestion->isVisible())
        placeLeaveQuestion();
    if (m_lockScreen && m_lockScreen->isVisible())
        m_lockScreen->setGeometry(rect());
}

} // namespace RegPoint::App
