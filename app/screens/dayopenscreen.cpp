#include "dayopenscreen.h"

#include "day/readinessrun.h"
#include "flow/registrationflow.h"
#include "printer/printservice.h"
#include "printing/testpage.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/fieldrow.h"
#include "widgets/screenparts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace RegPoint::App {

using Kiosk::ReadinessFinding;
using Kiosk::Verdict;

namespace {

QString glyphOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("✓");
    case Verdict::Warning:
        return QStringLiteral("!");
    case Verdict::Fail:
        return QStringLiteral("✗");
    case Verdict::Waiting:
        break;
    }
    return QStringLiteral("…");
}

QString stateOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("ok");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Fail:
        return QStringLiteral("error");
    case Verdict::Waiting:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace

DayOpenScreen::DayOpenScreen(Kiosk::RegistrationFlow &flow, DayOpenDesk desk, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_desk(std::move(desk))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_linesBox(new QWidget(this))
    , m_lines(new QGridLayout)
    , m_summary(new Banner(this))
    , m_approvalBox(new QWidget(this))
    , m_approval(new QGridLayout(m_approvalBox))
    , m_approvalTitle(new QLabel(m_approvalBox))
    , m_reason(new QLineEdit(m_approvalBox))
    , m_reasonRow(new FieldRow(m_reason, m_approvalBox))
    , m_approver(new QLineEdit(m_approvalBox))
    , m_approverPassword(new QLineEdit(m_approvalBox))
    , m_approverRow(new FieldRow(m_approver, m_approvalBox))
    , m_approverPasswordRow(new FieldRow(m_approverPassword, m_approvalBox))
    , m_checkAgain(new QPushButton(this))
    , m_testPage(new QPushButton(this))
    , m_testPageStatus(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("dayOpenScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);
    m_approvalBox->setObjectName(QStringLiteral("approvalBox"));
    m_approvalTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_reason->setObjectName(QStringLiteral("dayOpenReason"));
    m_reason->setMaxLength(200);
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approverPassword->setObjectName(QStringLiteral("approverPassword"));
    m_approverPassword->setEchoMode(QLineEdit::Password);
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_testPage->setObjectName(QStringLiteral("printTestPage"));
    setActionIcon(m_testPage, QStringLiteral("document-print"));
    m_testPageStatus->setObjectName(QStringLiteral("slipStatus"));
    m_testPageStatus->setWordWrap(true);
    m_testPageStatus->hide();
    m_open->setObjectName(QStringLiteral("openDay"));
    setActionIcon(m_open, QStringLiteral("dialog-ok-apply"));
    m_open->setProperty("primary", true);

    // Scrolls rather than grows the window when many lines fail and their advice wraps.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_linesBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    m_linesBox->setAutoFillBackground(false);
    auto *linesColumn = new QVBoxLayout(m_linesBox);
    linesColumn->setContentsMargins(0, 0, 0, 0);
    linesColumn->addLayout(m_lines);
    linesColumn->addStretch();
    m_lines->setHorizontalSpacing(16);
    m_lines->setVerticalSpacing(4);
    m_lines->setColumnStretch(2, 1);

    m_approval->setContentsMargins(0, 0, 0, 0);
    m_approval->setHorizontalSpacing(32);
    m_approval->setVerticalSpacing(4);
    m_approval->addWidget(m_approvalTitle, 0, 0, 1, 3);
    m_approval->addWidget(m_reasonRow, 1, 0);
    m_approval->addWidget(m_approverRow, 1, 1);
    m_approval->addWidget(m_approverPasswordRow, 1, 2);
    m_approval->setColumnStretch(0, 2);
    m_approval->setColumnStretch(1, 1);
    m_approval->setColumnStretch(2, 1);
    m_approvalBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgain);
    buttons->addWidget(m_testPage);
    buttons->addWidget(m_testPageStatus, 1);
    buttons->addStretch();
    buttons->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_approvalBox);
    layout->addLayout(buttons);

    setTabOrder(m_reason, m_approver);
    setTabOrder(m_approver, m_approverPassword);
    setTabOrder(m_approverPassword, m_open);

    connect(&m_desk.run, &Kiosk::ReadinessRun::changed, this, &DayOpenScreen::showReport);
    connect(m_checkAgain, &QPushButton::clicked, this, &DayOpenScreen::checkAgain);
    connect(m_testPage, &QPushButton::clicked, this, &DayOpenScreen::printTestPage);
    connect(m_open, &QPushButton::clicked, this, &DayOpenScreen::openDay);
    connect(m_approverPassword, &QLineEdit::returnPressed, this, &DayOpenScreen::openDay);
    if (m_desk.printer)
        connect(m_desk.printer, &Devices::PrintService::finished, this, &DayOpenScreen::showTestPageOutcome);
    // Leaving the step (signed out mid-check) stops the camera the check started.
    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, this, [this](Kiosk::FlowStep step) {
        if (step != Kiosk::FlowStep::DayOpen)
            m_desk.run.stop();
    });
    DayOpenScreen::retranslate();
}

void DayOpenScreen::refresh()
{
    for (QLineEdit *field : { m_reason, m_approver, m_approverPassword })
        field->clear();
    for (FieldRow *row : { m_reasonRow, m_approverRow, m_approverPasswordRow })
        row->clearMessage();
    m_summary->clear();
    m_testPageStatus->hide();
    m_testPageTicket = 0;
    m_desk.run.start();
}

void DayOpenScreen::checkAgain()
{
    // The printer's state is read between jobs: asked afresh first, so paper just loaded counts.
    m_checkAgain->setEnabled(false);
    m_open->setEnabled(false);
    m_summary->showMessage(
        [] { return tr("Checking… the devices have a few seconds to answer."); }, Banner::Kind::Warning);
    if (m_desk.printer)
        m_desk.printer->refresh();
    QTimer::singleShot(std::chrono::milliseconds(800), this, [this] {
        if (m_flow.step() == Kiosk::FlowStep::DayOpen)
            m_desk.run.start();
    });
}

void DayOpenScreen::retranslate()
{
    m_title->setText(tr("Start of day"));
    m_subtitle->setText(tr("The first sign-in today: the desk is checked before the first candidate."));
    m_approvalTitle->setText(tr("Open the day anyway: a supervisor records why"));
    m_reasonRow->setCaption(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. reader sent for repair; IDs typed under approval"));
    m_approverRow->setCaption(tr("Supervisor's user name"));
    m_approverPasswordRow->setCaption(tr("Supervisor's password"));
    m_checkAgain->setText(tr("Check again"));
    m_testPage->setText(tr("Print a test page"));
    m_desk.run.reword(); // the lines in the language now chosen
    showReport();
}

void DayOpenScreen::showReport()
{
    const Kiosk::ReadinessReport &report = m_desk.run.report();
    // Rebuilt each time: nine lines, and a line's height changes with its words.
    for (QLabel *label : std::as_const(m_lineLabels))
        delete label;
    m_lineLabels.clear();
    int row = 0;
    for (const ReadinessFinding &finding : report.findings) {
        const QString state = stateOf(finding.verdict);
        auto *glyph = new QLabel(glyphOf(finding.verdict), m_linesBox);
        auto *name = new QLabel(Kiosk::readinessItemName(finding.item), m_linesBox);
        auto *detail = new QLabel(finding.detail, m_linesBox);
        for (QLabel *label : { glyph, name, detail }) {
            label->setObjectName(QStringLiteral("checkLine"));
            label->setProperty("state", state);
            label->setProperty("check", finding.code);
            label->setTextFormat(Qt::PlainText);
            m_lineLabels << label;
        }
        name->setProperty("caption", true);
        detail->setWordWrap(true);
        m_lines->addWidget(glyph, row, 0, Qt::AlignTop);
        m_lines->addWidget(name, row, 1, Qt::AlignTop);
        m_lines->addWidget(detail, row, 2);
        ++row;
    }

    const QStringList failed = report.codesWith(Verdict::Fail);
    const bool settled = report.settled() && !report.findings.isEmpty();
    const bool override = settled && !failed.isEmpty();
    m_checkAgain->setEnabled(settled);
    m_open->setEnabled(settled);
    m_open->setText(override ? tr("Record the reason and open the day") : tr("Open the day"));
    m_approvalBox->setVisible(override);
    const bool askApprover = override && m_flow.dayOpeningNeedsApproval();
    m_approverRow->setVisible(askApprover);
    m_approverPasswordRow->setVisible(askApprover);
    // The reason takes the whole line when the supervisor signed in approves by their session.
    m_approval->addWidget(m_reasonRow, 1, 0, 1, askApprover ? 1 : 3);
    m_testPage->setVisible(m_desk.printer != nullptr);
    if (!settled)
        m_summary->showMessage(
            [] { return tr("Checking… the devices have a few seconds to answer."); }, Banner::Kind::Warning);
    else if (override)
        m_summary->showMessage(
            [count = int(failed.size())] {
                return tr("%n check(s) failed. Fix what you can and check again; otherwise a supervisor opens the day "
                          "and records why.",
                    nullptr, count);
            },
            Banner::Kind::Error);
    else if (const qsizetype warnings = report.codesWith(Verdict::Warning).size(); warnings > 0)
        m_summary->showMessage(
            [count = int(warnings)] {
                return tr("Ready, with %n thing(s) to pass on to the technician.", nullptr, count);
            },
            Banner::Kind::Warning);
    else
        m_summary->showMessage([] { return tr("Everything is ready."); }, Banner::Kind::Success);
}

void DayOpenScreen::openDay()
{
    m_reasonRow->clearMessage();
    std::optional<Kiosk::Approval> approval;
    if (m_approverRow->isVisible())
        approval = Kiosk::Approval { m_approver->text(), m_approverPassword->text() };
    const Status opened = m_flow.openDay(m_desk.run.report(), approval, m_reason->text());
    m_approverPassword->clear(); // a password never stays on screen
    if (opened)
        return; // the flow goes home
    if (opened.failure().code == u"day.check-stale") {
        checkAgain();
        m_summary->showFailure(opened.failure(), Banner::Kind::Warning);
        return;
    }
    if (opened.failure().code == u"day.reason-needed") {
        m_reasonRow->setProblem(opened.failure().message);
        m_reason->setFocus();
        return;
    }
    m_summary->showFailure(opened.failure(), Banner::Kind::Error);
}

void DayOpenScreen::printTestPage()
{
    if (!m_desk.printer)
        return;
    const QByteArray pdf
        = Kiosk::testPagePdf(m_desk.run.report().checkedAt, m_desk.pointCode, m_desk.printer->queueName());
    m_testPageTicket = m_desk.printer->print(pdf, QStringLiteral("RegPoint test page"));
    m_testPageStatus->setProperty("state", QStringLiteral("busy"));
    m_testPageStatus->setText(tr("Printing the test page…"));
    repolish(m_testPageStatus);
    m_testPageStatus->show();
}

void DayOpenScreen::showTestPageOutcome(quint64 ticket, const Devices::PrintOutcome &outcome)
{
    if (ticket != m_testPageTicket || m_testPageTicket == 0)
        return;
    if (m_desk.testPagePrinted)
        m_desk.testPagePrinted(outcome);
    const bool printed = outcome.kind == Devices::PrintOutcome::Kind::Completed;
    m_testPageStatus->setProperty("state", printed ? QStringLiteral("ok") : QStringLiteral("error"));
    m_testPageStatus->setText(printed ? tr("Test page printed: its ruler should measure 100 mm.")
                                      : tr("The test page did not print: %1").arg(outcome.reason));
    repolish(m_testPageStatus);
}

} // namespace RegPoint::App
