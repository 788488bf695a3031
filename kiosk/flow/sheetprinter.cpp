#include "sheetprinter.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "printer/printservice.h"
#include "records/formshelf.h"
#include "workspace/sheetassembly.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>

namespace RegPoint::Kiosk {

Q_LOGGING_CATEGORY(lcSheet, "regpoint.print.sheet")

using namespace Qt::StringLiterals;

SheetPrinter::SheetPrinter(Workspace &workspace, Devices::PrintService *printer, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_printer(printer)
    , m_state(printer ? State::Idle : State::NoPrinter)
{
    if (!m_printer)
        return;
    connect(m_printer, &Devices::PrintService::finished, this, &SheetPrinter::jobEnded);
    connect(m_printer, &Devices::PrintService::progressed, this,
        [this](quint64 ticket, Devices::JobState, const QString &note) {
            if (m_ticket == ticket)
                setState(State::Printing, note);
        });
}

Result<SheetPrinter::Copy> SheetPrinter::makeCopy(
    const QUuid &recordId, SheetArchive::Reason reason, std::optional<qint64> operatorId)
{
    const Result<int> copy = m_workspace.sheets().nextCopy(recordId);
    if (!copy)
        return copy.failure();
    const Result<int> paper = m_workspace.sheets().nextPaperNumber(recordId);
    if (!paper)
        return paper.failure();
    const Result<RegistrationSheet> sheet
        = registrationSheetOf(m_workspace, recordId, m_workspace.clock().now(), paper.value());
    if (!sheet)
        return sheet.failure();
    Copy made { 0, copy.value(), sheet->pdf(u"sheet-%1"_s.arg(copy.value())) };
    if (sheet->overflows())
        return Failure { u"sheet.overflows"_s,
            [] {
                return tr(
                    "This candidate's form does not fit on one page, so the sheet is not printed (its signature lines "
                    "would be cut). Tell the exam office.");
            } };
    const Result<std::optional<Exchange::FrozenForm>> form = m_workspace.forms().form(recordId);
    if (!form || !form.value())
        return form ? Failure { u"sheet.no-form"_s, [] { return tr("The candidate's form is gone."); } }
                    : form.failure();
    // Archived before it leaves: what reaches the paper (or the drive) is what the point keeps.
    const Result<qint64> kept
        = m_workspace.sheets().keep(recordId, made.copy, reason, form.value()->contentHash(), made.pdf, operatorId);
    if (!kept)
        return kept.failure();
    made.printId = kept.value();
    return made;
}

Status SheetPrinter::print(const QUuid &recordId, SheetArchive::Reason reason, std::optional<qint64> operatorId)
{
    if (!m_printer)
        return Failure { u"sheet.no-printer"_s, message() };
    if (m_ticket)
        return Failure { u"sheet.busy"_s, [] { return tr("A sheet is printing; wait for it, or cancel it."); } };
    const Result<Copy> made = makeCopy(recordId, reason, operatorId);
    if (!made)
        return made.failure();
    m_recordId = recordId;
    m_printId = made->printId;
    m_ticket = m_printer->print(made->pdf, u"sheet-%1"_s.arg(made->copy));
    setState(State::Printing);
    return Done {};
}

bool SheetPrinter::canSwitchPrinter() const
{
    return m_printer && m_printer->canSwitchPrinter();
}

Status SheetPrinter::switchPrinter(const QString &queue, std::optional<qint64> operatorId)
{
    if (!canSwitchPrinter())
        return Failure { u"sheet.no-other-printer"_s,
            [] { return tr("This desk has no other printer to choose from."); } };
    if (queue == m_printer->queueName())
        return Done {};
    // Recorded before it happens: a sheet that comes out of a printer in another room is explained.
    if (const Status audited = m_workspace.audit().append(
            { u"printer.switch"_s, u"ok"_s, operatorId, {}, u"from=%1 to=%2"_s.arg(m_printer->queueName(), queue) });
        !audited)
        return audited.failure();
    m_printer->switchTo(queue);
    return Done {};
}

void SheetPrinter::cancel()
{
    if (m_printer && m_ticket)
        m_printer->cancel(*m_ticket);
}

void SheetPrinter::jobEnded(quint64 ticket, const Devices::PrintOutcome &outcome)
{
    if (m_ticket != ticket)
        return;
    m_ticket.reset();
    if (const Status noted
        = m_workspace.sheets().noteOutcome(m_printId, Devices::outcomeKey(outcome.kind), outcome.jobId);
        !noted)
        qCWarning(lcSheet) << "sheet print outcome not kept:" << noted.failure().code;
    if (!outcome.technical.trimmed().isEmpty())
        qCInfo(lcSheet) << "job" << outcome.jobId << Devices::outcomeKey(outcome.kind) << outcome.technical.trimmed();
    const bool completed = outcome.kind == Devices::PrintOutcome::Kind::Completed;
    if (completed)
        setState(State::Printed);
    else if (outcome.kind == Devices::PrintOutcome::Kind::Cancelled)
        setState(State::Failed, tr("Printing was cancelled."));
    else
        setState(State::Failed, outcome.reason);
    Q_EMIT finished(m_recordId, completed);
}

void SheetPrinter::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

QString SheetPrinter::message() const
{
    switch (m_state) {
    case State::NoPrinter:
        return tr("No printer is set up at this desk, so sheets cannot be printed here. Ask the technician to set "
                  "one up (kiosk.ini [printer]).");
    case State::Idle:
        return {};
    case State::Printing:
        return m_message.isEmpty() ? tr("Printing the sheet…") : tr("Printing the sheet… %1").arg(m_message);
    case State::Printed:
        return tr("The sheet is printed. Hand it to the candidate to check and sign. No page came out? Print it "
                  "again.");
    case State::Failed:
        return tr("The sheet did not print. %1 Fix it and print again.").arg(m_message);
    }
    return {};
}

} // namespace RegPoint::Kiosk
