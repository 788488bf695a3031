#pragma once

#include "operators/operator.h"
#include "result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace RegPoint::Kiosk {
class Workspace;
struct DeskSettings;
struct KioskSettings;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class DeskSettingsPanel;
class FieldGrid;

// What the administration works with.
struct AdminDesk
{
    Kiosk::Workspace &workspace;
    const Kiosk::KioskSettings &settings;
    // Puts desk settings the administrator saved to work at once (the idle lock, the photo policy).
    std::function<void(const Kiosk::DeskSettings &)> applySettings;
    // Starts sending once the point's certificate is installed from the desk.
    std::function<void()> pointProvisioned;
    // Whether the first run opens with the provisioning wizard (a real point; the simulator
    // provisions itself against the demo province).
    bool provisionAtFirstRun = false;
};

// Administration at the desk, for supervisors and administrators, after their password again
// (whoever sat down since the login): the accounts they may manage (add, disable or enable, reset
// a password, lift a lockout: only a lower role's), the point's provisioning and settings, and a
// signed copy of the audit log for the county office. Every change is audited by the service it
// goes through; the rules are OperatorService's, the screen only hides what would be refused.
class AdminDialog : public QDialog
{
    Q_OBJECT

public:
    AdminDialog(AdminDesk desk, Kiosk::Operator signedIn, QWidget *parent = nullptr);

private:
    void signIn();
    void retranslate();
    void changeEvent(QEvent *event) override;
    void reloadOperators();
    void reloadPoint();
    void addOperator();
    void startReset(const Kiosk::Operator &target);
    void confirmReset();
    void setDisabled(const Kiosk::Operator &target, bool disabled);
    void unlock(const Kiosk::Operator &target);
    void exportLog();
    void continueProvisioning();
    void saveSettings();
    // A result of a change: a message, then the list again.
    void showOutcome(const Status &done, Telling success);

    AdminDesk m_desk;
    Kiosk::Operator m_operator;
    std::optional<Kiosk::Operator> m_signedIn; // after the password was checked again
    std::optional<Kiosk::Operator> m_resetting; // whose password the reset box is for

    QLabel *m_title;
    QLabel *m_hint;
    QLineEdit *m_password;
    QPushButton *m_confirm;
    Banner *m_banner;
    QTabWidget *m_tabs;
    QWidget *m_operatorsPage;
    QTableWidget *m_operators;
    QLabel *m_addTitle;
    QList<QLabel *> m_addCaptions; // user name, name, role, password, repeat
    QLineEdit *m_newUsername;
    QLineEdit *m_newDisplayName;
    QComboBox *m_newRole;
    QLineEdit *m_newPassword;
    QLineEdit *m_newRepeat;
    QPushButton *m_add;
    QWidget *m_resetBox;
    QLabel *m_resetTitle;
    QList<QLabel *> m_resetCaptions; // password, repeat
    QLineEdit *m_resetPassword;
    QLineEdit *m_resetRepeat;
    QPushButton *m_resetConfirm;
    QPushButton *m_resetCancel;
    QWidget *m_pointPage;
    QPushButton *m_provision; // while the point is not provisioned
    FieldGrid *m_point;
    DeskSettingsPanel *m_settings; // the administrator's only
    QWidget *m_logsPage;
    QLabel *m_logsHint;
    QLineEdit *m_exportFolder;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace RegPoint::App
