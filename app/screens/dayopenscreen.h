#pragma once

#include "widgets/translatablewidget.h"

#include <QList>

#include <functional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RegPoint::Devices {
class PrintService;
struct PrintOutcome;
} // namespace RegPoint::Devices
namespace RegPoint::Kiosk {
class ReadinessRun;
class RegistrationFlow;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class FieldRow;

// What the start of day works with: the check, and the printer its test page goes to.
struct DayOpenDesk
{
    Kiosk::ReadinessRun &run;
    Devices::PrintService *printer; // null when none is set up
    QString pointCode; // printed on the test page
    // Records how the test page ended in the audit log, as the one signed in (as regpointctl
    // print test-page does).
    std::function<void(const Devices::PrintOutcome &)> testPagePrinted;
};

// The first sign-in of the day: every line of the readiness check with what to do about it; the
// day opens with one tap when nothing failed, and otherwise on a supervisor's approval and reason.
class DayOpenScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    DayOpenScreen(Kiosk::RegistrationFlow &flow, DayOpenDesk desk, QWidget *parent = nullptr);
    // A fresh check: the fields are emptied and every fact is read again.
    void refresh();

private:
    void retranslate() override;
    void showReport();
    void openDay();
    void checkAgain();
    void printTestPage();
    void showTestPageOutcome(quint64 ticket, const Devices::PrintOutcome &outcome);

    Kiosk::RegistrationFlow &m_flow;
    DayOpenDesk m_desk;
    quint64 m_testPageTicket = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_linesBox;
    QGridLayout *m_lines;
    QList<QLabel *> m_lineLabels;
    Banner *m_summary;
    QWidget *m_approvalBox;
    QGridLayout *m_approval;
    QLabel *m_approvalTitle;
    QLineEdit *m_reason;
    FieldRow *m_reasonRow;
    QLineEdit *m_approver;
    QLineEdit *m_approverPassword;
    FieldRow *m_approverRow;
    FieldRow *m_approverPasswordRow;
    QPushButton *m_checkAgain;
    QPushButton *m_testPage;
    QLabel *m_testPageStatus;
    QPushButton *m_open;
};

} // namespace RegPoint::App
