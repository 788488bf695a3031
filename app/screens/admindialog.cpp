#include "admindialog.h"

#include "audit/auditexport.h"
#include "crypto/machineprovisioning.h"
#include "crypto/pointkeys.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "operators/permissions.h"
#include "records/serialpool.h"
#include "screens/desksettingspanel.h"
#include "screens/provisioningscreen.h"
#include "settings/kiosksettings.h"
#include "sync/pointconfig.h"
#include "widgets/banner.h"
#include "widgets/fieldgrid.h"
#include "widgets/recordtable.h"
#include "widgets/removablemedia.h"
#include "workspace/pointprovisioner.h"
#include "workspace/workspace.h"

#include "clock.h"
#include "configbundle.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStorageInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RegPoint::App {

namespace {
constexpr int kActionsColumn = 4;

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QLineEdit *passwordEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLineEdit *textEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

// Captions over their fields, side by side: one row of the form.
void addFieldRow(QGridLayout *grid, const QList<QLabel *> &captions, const QList<QWidget *> &fields)
{
    for (int column = 0; column < fields.size(); ++column) {
        grid->addWidget(captions.at(column), 0, column);
        grid->addWidget(fields.at(column), 1, column);
    }
}
} // namespace

AdminDialog::AdminDialog(AdminDesk desk, Kiosk::Operator signedIn, QWidget *parent)
    : QDialog(parent)
    , m_desk(std::move(desk))
    , m_operator(std::move(signedIn))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_password(passwordEdit("adminPassword", this))
    , m_confirm(new QPushButton(this))
    , m_banner(new Banner(this))
    , m_tabs(new QTabWidget(this))
    , m_operatorsPage(new QWidget(m_tabs))
    , m_operators(new QTableWidget(0, 5, m_operatorsPage))
    , m_addTitle(new QLabel(m_operatorsPage))
    , m_newUsername(textEdit("newUsername", m_operatorsPage))
    , m_newDisplayName(textEdit("newDisplayName", m_operatorsPage))
    , m_newRole(new QComboBox(m_operatorsPage))
    , m_newPassword(passwordEdit("newPassword", m_operatorsPage))
    , m_newRepeat(passwordEdit("newPasswordRepeat", m_operatorsPage))
    , m_add(new QPushButton(m_operatorsPage))
    , m_resetBox(new QWidget(m_operatorsPage))
    , m_resetTitle(new QLabel(m_resetBox))
    , m_resetPassword(passwordEdit("resetPassword", m_resetBox))
    , m_resetRepeat(passwordEdit("resetPasswordRepeat", m_resetBox))
    , m_resetConfirm(new QPushButton(m_resetBox))
    , m_resetCancel(new QPushButton(m_resetBox))
    , m_pointPage(new QWidget(m_tabs))
    , m_provision(new QPushButton(m_pointPage))
    , m_point(new FieldGrid)
    , m_settings(new DeskSettingsPanel(m_pointPage))
    , m_logsPage(new QWidget(m_tabs))
    , m_logsHint(new QLabel(m_logsPage))
    , m_exportFolder(textEdit("exportFolder", m_logsPage))
    , m_export(new QPushButton(m_logsPage))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("adminDialog"));
    setModal(true);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setProperty("primary", true);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_operators->setObjectName(QStringLiteral("operatorTable"));
    setUpRecordTable(m_operators, kActionsColumn);
    m_addTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_newRole->setObjectName(QStringLiteral("newRole"));
    m_add->setObjectName(QStringLiteral("addOperator"));
    m_resetBox->setObjectName(QStringLiteral("resetBox"));
    m_resetTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_resetConfirm->setObjectName(QStringLiteral("confirmReset"));
    m_resetConfirm->setProperty("primary", true);
    m_resetCancel->setObjectName(QStringLiteral("cancelReset"));
    m_resetBox->hide();
    m_logsHint->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportAuditLog"));
    m_export->setProperty("primary", true);
    m_exportFolder->setText(removableMediaDir());
    m_close->setObjectName(QStringLiteral("adminClose"));
    m_provision->setObjectName(QStringLiteral("continueProvisioning"));
    m_provision->setProperty("primary", true);

    for (int i = 0; i < 5; ++i)
        m_addCaptions.append(new QLabel(m_operatorsPage));
    for (int i = 0; i < 2; ++i)
        m_resetCaptions.append(new QLabel(m_resetBox));

    auto *addGrid = new QGridLayout;
    addFieldRow(addGrid, m_addCaptions, { m_newUsername, m_newDisplayName, m_newRole, m_newPassword, m_newRepeat });
    addGrid->addWidget(m_add, 1, 5);
    auto *resetGrid = new QGridLayout(m_resetBox);
    resetGrid->setContentsMargins(0, 0, 0, 0);
    resetGrid->addWidget(m_resetTitle, 0, 0, 1, 4);
    resetGrid->addWidget(m_resetCaptions.at(0), 1, 0);
    resetGrid->addWidget(m_resetCaptions.at(1), 1, 1);
    resetGrid->addWidget(m_resetPassword, 2, 0);
    resetGrid->addWidget(m_resetRepeat, 2, 1);
    resetGrid->addWidget(m_resetCancel, 2, 2);
    resetGrid->addWidget(m_resetConfirm, 2, 3);
    auto *operatorsLayout = new QVBoxLayout(m_operatorsPage);
    operatorsLayout->addWidget(m_operators, 1);
    operatorsLayout->addWidget(m_resetBox);
    operatorsLayout->addWidget(m_addTitle);
    operatorsLayout->addLayout(addGrid);

    auto *pointLayout = new QVBoxLayout(m_pointPage);
    pointLayout->addLayout(m_point);
    pointLayout->addWidget(m_provision, 0, Qt::AlignLeft);
    pointLayout->addWidget(m_settings);
    pointLayout->addStretch();

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportFolder, 1);
    exportRow->addWidget(m_export);
    auto *logsLayout = new QVBoxLayout(m_logsPage);
    logsLayout->addWidget(m_logsHint);
    logsLayout->addLayout(exportRow);
    logsLayout->addStretch();

    m_tabs->addTab(m_operatorsPage, QString());
    m_tabs->addTab(m_pointPage, QString());
    m_tabs->addTab(m_logsPage, QString());

    auto *identity = new QHBoxLayout;
    identity->addWidget(m_password, 1);
    identity->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(identity);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &AdminDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &AdminDialog::signIn);
    connect(m_add, &QPushButton::clicked, this, &AdminDialog::addOperator);
    connect(m_resetConfirm, &QPushButton::clicked, this, &AdminDialog::confirmReset);
    connect(m_resetCancel, &QPushButton::clicked, this, [this] {
        m_resetting.reset();
        m_resetBox->hide();
    });
    connect(m_export, &QPushButton::clicked, this, &AdminDialog::exportLog);
    connect(m_provision, &QPushButton::clicked, this, &AdminDialog::continueProvisioning);
    connect(m_settings, &DeskSettingsPanel::saveRequested, this, &AdminDialog::saveSettings);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
}

void AdminDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AdminDialog::retranslate()
{
    setWindowTitle(tr("Administration"));
    m_title->setText(tr("Administration"));
    m_hint->setText(m_signedIn
            ? tr("Signed in as %1. Every change here is recorded in the audit log.").arg(m_operator.displayName)
            : tr("%1, type your password again: someone else may have sat down at the desk "
                 "since you logged in.")
                  .arg(m_operator.displayName));
    m_password->setPlaceholderText(tr("Password"));
    m_confirm->setText(tr("Confirm"));
    m_tabs->setTabText(0, tr("Operators"));
    m_tabs->setTabText(1, tr("This point"));
    m_tabs->setTabText(2, tr("Logs"));
    m_operators->setHorizontalHeaderLabels({ tr("User name"), tr("Name"), tr("Role"), tr("State"), tr("Actions") });
    m_addTitle->setText(tr("Add an operator"));
    const QStringList addCaptions { tr("User name"), tr("Name"), tr("Role"), tr("Password"), tr("Repeat password") };
    for (int i = 0; i < m_addCaptions.size(); ++i)
        m_addCaptions.at(i)->setText(addCaptions.at(i));
    m_newRole->clear();
    for (const Kiosk::Role role : { Kiosk::Role::Clerk, Kiosk::Role::Supervisor })
        if (Kiosk::canManageOperatorsOf(m_operator.role, role))
            m_newRole->addItem(Kiosk::roleDisplayName(role), int(role));
    m_add->setText(tr("Add"));
    m_resetCaptions.at(0)->setText(tr("New password"));
    m_resetCaptions.at(1)->setText(tr("Repeat password"));
    if (m_resetting)
        m_resetTitle->setText(tr("New password for %1").arg(m_resetting->displayName));
    m_resetConfirm->setText(tr("Set password"));
    m_resetCancel->setText(tr("Cancel"));
    m_logsHint->setText(tr("A signed copy of the audit log (who did what and when: codes and record numbers, no "
                           "candidate's name or ID number) for the county office. Plug in the USB drive and export "
                           "to it."));
    m_export->setText(tr("Export the audit log"));
    m_close->setText(tr("Close"));
    m_provision->setText(tr("Provision this point from a USB drive"));

    const bool open = m_signedIn.has_value();
    m_password->setVisible(!open);
    m_confirm->setVisible(!open);
    m_tabs->setEnabled(open);
    m_tabs->setTabVisible(2, Kiosk::can(m_operator.role, Kiosk::Permission::ExportRecords));
    reloadOperators();
    reloadPoint();
}

void AdminDialog::signIn()
{
    const Result<Kiosk::Operator> checked = m_desk.workspace.operators().authenticate(
        m_operator.username, m_password->text(), Kiosk::OperatorService::Purpose::Confirmation);
    m_password->clear(); // a password never stays on screen
    if (!checked) {
        m_banner->showFailure(checked.failure());
        return;
    }
    m_signedIn = checked.value();
    m_banner->clear();
    retranslate();
}

void AdminDialog::reloadOperators()
{
    if (!m_signedIn) {
        m_operators->setRowCount(0); // not even the names before the password
        return;
    }
    const Result<QList<Kiosk::Operator>> operators = m_desk.workspace.operatorStore().list();
    if (!operators) {
        m_banner->showFailure(operators.failure());
        return;
    }
    const QDateTime now = m_desk.workspace.clock().now();
    m_operators->setRowCount(int(operators->size()));
    for (int row = 0; row < operators->size(); ++row) {
        const Kiosk::Operator &op = operators->at(row);
        const Result<Kiosk::LoginGuard> guard = m_desk.workspace.operatorStore().loginGuard(op.id);
        const bool locked = guard && guard->lockedUntil.isValid() && guard->lockedUntil > now;
        const QString state = op.disabled ? tr("disabled")
            : locked ? tr("locked until %1").arg(guard->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))
                     : tr("active");
        const QStringList cells { op.username, op.displayName, Kiosk::roleDisplayName(op.role), state };
        for (int column = 0; column < cells.size(); ++column)
            m_operators->setItem(row, column, new QTableWidgetItem(cells.at(column)));

        // Only what the rules let this operator do to that account.
        QList<QPushButton *> actions;
        auto addAction = [&](const QString &text, const char *name, auto slot) {
            auto *button = new QPushButton(text);
            button->setObjectName(QString::fromLatin1(name));
            button->setProperty("compact", true);
            button->setProperty("operator", op.username);
            connect(button, &QPushButton::clicked, this, slot);
            actions.append(button);
        };
        if (Kiosk::canResetPasswordOf(m_operator.role, op.role))
            addAction(tr("Reset password"), "resetOperatorPassword", [this, op] { startReset(op); });
        if (Kiosk::canManageOperatorsOf(m_operator.role, op.role))
            addAction(op.disabled ? tr("Enable") : tr("Disable"), op.disabled ? "enableOperator" : "disableOperator",
                [this, op] { setDisabled(op, !op.disabled); });
        if (locked && Kiosk::canUnlockAccountOf(m_operator.role, op.role))
            addAction(tr("Unlock"), "unlockOperator", [this, op] { unlock(op); });
        replaceCellWidget(m_operators, row, kActionsColumn, rowActions(m_operators, actions));
    }
}

void AdminDialog::reloadPoint()
{
    m_point->clear();
    if (!m_signedIn)
        return;
    Kiosk::Workspace &ws = m_desk.workspace;
    const Kiosk::MachineProvisioning provisioning(ws.dataDir());
    const std::optional<Kiosk::PointTrust> &trust = ws.keys().trust();
    const QString notYet = tr("not yet");
    m_point->add(tr("Point code"), trust ? trust->pointCode : QString(), notYet);
    QString state;
    switch (provisioning.state()) {
    case Kiosk::ProvisioningState::NotProvisioned:
        state = tr("Not provisioned: records are kept here and sealed once the technician installs the point's "
                   "certificate.");
        break;
    case Kiosk::ProvisioningState::AwaitingCertificate:
        state = tr("Waiting for the province's certificate (the request was written).");
        break;
    case Kiosk::ProvisioningState::Provisioned:
        state = ws.sealer() ? tr("Provisioned: records are sealed and signed.")
                            : tr("Provisioned, but the keys did not load: call the technician.");
        break;
    }
    m_point->add(tr("Provisioning"), state);
    m_provision->setVisible(provisioning.state() != Kiosk::ProvisioningState::Provisioned);
    m_point->add(tr("Certificate valid until"), dateTimeText(provisioning.certificateExpiry()), notYet);
    if (const auto bundle = ws.config().current(); bundle && bundle.value()) {
        const Exchange::ConfigBundle &config = *bundle.value();
        m_point->add(tr("Province settings"),
            tr("version %1, received %2").arg(config.version).arg(dateTimeText(config.issuedAt)));
        m_point->add(tr("Registration window"),
            tr("%1 to %2").arg(dateTimeText(config.registrationOpens), dateTimeText(config.registrationCloses)));
    } else {
        m_point->add(tr("Province settings"), QString(), tr("none yet: they come with the first sync"));
    }
    if (const Result<qint64> left = ws.serials().left(); left)
        m_point->add(tr("Registration numbers left"), QString::number(left.value()));
    const Kiosk::KioskSettings &settings = m_desk.settings;
    const bool administers = Kiosk::can(m_signedIn->role, Kiosk::Permission::ChangeSettings);
    m_settings->setVisible(administers);
    m_settings->load(Kiosk::DeskSettings::of(settings));
    m_point->add(tr("Settings file"), Kiosk::KioskSettings::path(ws.dataDir()));
    if (!administers) {
        m_point->add(tr("Idle lock"), tr("%n second(s)", nullptr, int(settings.idleLock.count())));
        m_point->add(tr("Photo attempts before a supervisor"), QString::number(settings.photo.attemptsBeforeOverride));
    }
    m_point->add(tr("Printer queue"), settings.printerQueue, tr("none set up"));
    m_point->add(tr("Intake server"), settings.intake.toString(), tr("none: records go by USB"));
    m_point->add(QString(),
        administers ? tr("The printer and the intake server are the technician's, set up with the machine.")
                    : tr("The point's administrator changes the desk settings here; the printer and the intake "
                         "server are the technician's. Every change is audited."));
}

void AdminDialog::saveSettings()
{
    if (!m_signedIn)
        return;
    const Kiosk::DeskSettings chosen = m_settings->value();
    const Status saved
        = Kiosk::saveDeskSettings(m_desk.workspace.dataDir(), chosen, *m_signedIn, m_desk.workspace.audit());
    if (saved && m_desk.applySettings)
        m_desk.applySettings(chosen);
    showOutcome(saved, [] { return tr("Settings saved. They apply from now on."); });
    reloadPoint();
}

void AdminDialog::showOutcome(const Status &done, Telling success)
{
    if (done)
        m_banner->showMessage(std::move(success), Banner::Kind::Success);
    else
        m_banner->showFailure(done.failure());
    reloadOperators();
}

void AdminDialog::addOperator()
{
    if (!m_signedIn || m_newRole->currentIndex() < 0)
        return;
    Kiosk::NewOperator request;
    request.username = m_newUsername->text();
    request.displayName = m_newDisplayName->text();
    request.role = Kiosk::Role(m_newRole->currentData().toInt());
    request.password = m_newPassword->text();
    request.passwordRepeat = m_newRepeat->text();
    const Result<Kiosk::Operator> added = m_desk.workspace.operators().createBy(*m_signedIn, request);
    m_newPassword->clear();
    m_newRepeat->clear();
    if (added) {
        m_newUsername->clear();
        m_newDisplayName->clear();
        showOutcome(Done {}, [name = added->displayName] { return tr("%1 can log in now.").arg(name); });
    } else {
        showOutcome(added.failure(), {});
    }
}

void AdminDialog::startReset(const Kiosk::Operator &target)
{
    m_resetting = target;
    m_resetTitle->setText(tr("New password for %1").arg(target.displayName));
    m_resetBox->show();
    m_resetPassword->setFocus();
}

void AdminDialog::confirmReset()
{
    if (!m_signedIn || !m_resetting)
        return;
    const Status reset = m_desk.workspace.operators().resetPassword(
        *m_signedIn, m_resetting->username, m_resetPassword->text(), m_resetRepeat->text());
    m_resetPassword->clear();
    m_resetRepeat->clear();
    if (reset) {
        m_resetBox->hide();
        showOutcome(reset, [name = m_resetting->displayName] {
            return tr("The password of %1 is reset. Tell them to log in with it.").arg(name);
        });
        m_resetting.reset();
    } else {
        showOutcome(reset, {});
    }
}

void AdminDialog::setDisabled(const Kiosk::Operator &target, bool disabled)
{
    if (!m_signedIn)
        return;
    showOutcome(m_desk.workspace.operators().setDisabled(*m_signedIn, target.username, disabled),
        [disabled, name = target.displayName] {
            return disabled ? tr("%1 can no longer log in.").arg(name) : tr("%1 can log in again.").arg(name);
        });
}

void AdminDialog::unlock(const Kiosk::Operator &target)
{
    if (!m_signedIn)
        return;
    showOutcome(m_desk.workspace.operators().unlockAccount(*m_signedIn, target.username),
        [name = target.displayName] { return tr("%1 can log in again.").arg(name); });
}

void AdminDialog::exportLog()
{
    if (!m_signedIn)
        return;
    if (!Kiosk::can(m_signedIn->role, Kiosk::Permission::ExportRecords))
        return; // the tab is not shown
    const Exchange::EnvelopeSealer *sealer = m_desk.workspace.sealer();
    if (!sealer) {
        m_banner->showMessage(
            [] { return tr("This point is not provisioned yet: the log cannot be signed. Ask the technician."); });
        return;
    }
    const QString folder = m_exportFolder->text().trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_banner->showMessage([folder] {
            return tr("There is no folder %1. Plug in the USB drive and type the folder it opened as.").arg(folder);
        });
        return;
    }
    // The copy is for the county office: on the kiosk's own disk it would go nowhere.
    if (QStorageInfo(folder).rootPath() == QStorageInfo(m_desk.workspace.dataDir()).rootPath()) {
        m_banner->showMessage([folder] {
            return tr("%1 is on this computer's own disk, not on a USB drive. Plug in the drive and choose its folder.")
                .arg(folder);
        });
        return;
    }
    const Result<Kiosk::AuditExport> exported = Kiosk::exportAuditLog(
        m_desk.workspace.audit(), *sealer, m_desk.workspace.clock(), QDir(folder), m_signedIn->id);
    if (!exported) {
        m_banner->showFailure(exported.failure());
        return;
    }
    m_banner->showMessage(
        [events = int(exported->events), file = exported->file] {
            return tr("%n event(s) exported to %1, signed.", nullptr, events).arg(file);
        },
        Banner::Kind::Success);
}

// The wizard over the whole dialog, as the signed-in supervisor: its steps are audited as theirs.
void AdminDialog::continueProvisioning()
{
    if (!m_signedIn)
        return;
    auto *wizard = new QDialog(this);
    wizard->setObjectName(QStringLiteral("provisioningDialog"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    auto *screen = new ProvisioningScreen(Kiosk::PointProvisioner(m_desk.workspace, m_signedIn->id), wizard);
    auto *layout = new QVBoxLayout(wizard);
    layout->addWidget(screen);
    connect(screen, &ProvisioningScreen::provisioned, this, [this] {
        if (m_desk.pointProvisioned)
            m_desk.pointProvisioned();
    });
    connect(screen, &ProvisioningScreen::finished, wizard, &QDialog::accept);
    connect(wizard, &QDialog::finished, this, &AdminDialog::reloadPoint);
    wizard->resize(size());
    wizard->open();
}

} // namespace RegPoint::App
