#include "slipprinter.h"

#include "audit/auditlog.h"
#include "printer/printservice.h"

#include <QLoggingCategory>

namespace RegPoint::Kiosk {

Q_LOGGING_CATEGORY(lcSlip, "regpoint.print.slip")

SlipPrinter::SlipPrinter(Devices::PrintService *printer, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_audit(audit)
    , m_state(printer ? State::Idle : State::NoPrinter)
{
    if (m_printer)
        connect(m_printer, &Devices::PrintService::finished, this, &SlipPrinter::finished);
    if (m_printer) {
        connect(m_printer, &Devices::PrintService::progressed, this,
            [this](quint64 ticket, Devices::JobState, const QString &note) {
                if (m_ticket == ticket)
                    setState(State::Printing, note);
            });
    }
}

void SlipPrinter::print(const CaptureSlip &slip, const QString &recordId, std::optional<qint64> operatorId)
{
    m_slip = slip;
    m_recordId = recordId;
    m_operatorId = operatorId;
    if (!m_printer) {
        setState(State::NoPrinter);
        return;
    }
    if (m_ticket)
        m_printer->cancel(*m_ticket); // a newer slip replaces one still waiting
    const int copy = ++m_copies[recordId];
    m_ticket = m_printer->print(slip.pdf(), slip.jobTitle());
    m_sent.insert(*m_ticket, { recordId, operatorId, copy });
    setState(State::Printing);
}

void SlipPrinter::reprint()
{
    if (m_slip)
        print(*m_slip, m_recordId, m_operatorId);
}

void SlipPrinter::cancel()
{
    if (m_printer && m_ticket)
        m_printer->cancel(*m_ticket);
}

void SlipPrinter::finished(quint64 ticket, const Devices::PrintOutcome &outcome)
{
    // Every copy sent is audited with how it ended, also one a newer slip replaced.
    if (!m_sent.contains(ticket))
        return;
    const Sent copy = m_sent.take(ticket);
    const Status audited = m_audit.append({ u"print.slip"_qs, Devices::outcomeKey(outcome.kind), copy.operatorId,
        copy.recordId, u"copy=%1 job=%2"_qs.arg(copy.copy).arg(outcome.jobId) });
    if (!audited)
        qCWarning(lcSlip) << "slip print not audited:" << audited.failure().code;
    if (!outcome.technical.trimmed().isEmpty())
        qCInfo(lcSlip) << "job" << outcome.jobId << Devices::outcomeKey(outcome.kind) << outcome.technical.trimmed();
    if (m_ticket != ticket)
        return; // the screen follows the newest slip only
    m_ticket.reset();
    switch (outcome.kind) {
    case Devices::PrintOutcome::Kind::Completed:
        setState(State::Printed);
        break;
    case Devices::PrintOutcome::Kind::Cancelled:
        setState(State::Failed, tr("Printing the slip was cancelled."));
        break;
    case Devices::PrintOutcome::Kind::Failed:
    case Devices::PrintOutcome::Kind::TimedOut:
        setState(State::Failed, outcome.reason);
        break;
    }
}

void SlipPrinter::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

QString SlipPrinter::message() const
{
    switch (m_state) {
    case State::NoPrinter:
        return tr("No printer is set up at this desk: write the registration number down for the candidate.");
    case State::Idle:
        return {};
    case State::Printing:
        return m_message.isEmpty() ? tr("Printing the slip…") : tr("Printing the slip… %1").arg(m_message);
    case State::Printed:
        return tr("Slip printed: hand it to the candidate. No paper came out? Print it again.");
    case State::Failed:
        return tr("The slip did not print. %1 Fix it and press Print the slip again, or write the registration "
                  "number down for the candidate.")
            .arg(m_message);
    }
    return {};
}

} // namespace RegPoint::Kiosk
