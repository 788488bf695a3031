#include "sheetbatch.h"

#include "flow/sheetprinter.h"
#include "records/sheetarchive.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>
#include <QTimer>

namespace RegPoint::Kiosk {

Q_LOGGING_CATEGORY(lcBatch, "regpoint.print.batch")

using namespace Qt::StringLiterals;

SheetBatch::SheetBatch(Workspace &workspace, SheetPrinter &printer, CurrentOperator whoIsWorking, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_printer(printer)
    , m_whoIsWorking(std::move(whoIsWorking))
{
    connect(&m_printer, &SheetPrinter::finished, this, &SheetBatch::sheetEnded);
}

Status SheetBatch::start()
{
    if (m_progress.running)
        return Done {};
    if (!m_printer.hasPrinter())
        return Failure { u"sheet.no-printer"_s, m_printer.message() };
    const Result<QList<QUuid>> waiting = m_workspace.sheets().awaitingPrint();
    if (!waiting)
        return waiting.failure();
    if (waiting->isEmpty())
        return Failure { u"batch.nothing"_s,
            [] {
                return tr(
                    "Every sheet whose form has arrived is printed. Forms arrive with each sync after registration "
                    "closes.");
            } };
    m_queue = waiting.value();
    m_progress = { m_queue.size(), 0, 0, true, false, {} };
    Q_EMIT progressed();
    sendNext();
    return Done {};
}

void SheetBatch::pause()
{
    if (!m_progress.running || m_progress.paused)
        return;
    m_progress.paused = true; // the sheet with the printer now finishes; none follows
    Q_EMIT progressed();
}

void SheetBatch::resume()
{
    if (!m_progress.running || !m_progress.paused)
        return;
    m_progress.paused = false;
    m_progress.problem.clear();
    Q_EMIT progressed();
    if (!m_waiting)
        sendNext();
}

void SheetBatch::stop()
{
    m_queue.clear();
    m_progress.running = m_waiting; // ends when the sheet with the printer ends
    m_progress.paused = false;
    Q_EMIT progressed();
}

void SheetBatch::sendNext()
{
    while (!m_queue.isEmpty() && !m_progress.paused) {
        // Printed at the desk meanwhile (the batch was paused): not again.
        if (const Result<bool> done = m_workspace.sheets().printedOnce(m_queue.first()); done && done.value()) {
            m_queue.removeFirst();
            ++m_progress.printed;
            Q_EMIT progressed();
            continue;
        }
        const std::optional<Operator> clerk = m_whoIsWorking();
        const Status sent = m_printer.print(
            m_queue.first(), SheetArchive::Reason::Batch, clerk ? std::optional(clerk->id) : std::nullopt);
        if (sent) {
            m_waiting = true;
            return;
        }
        if (sent.failure().code == u"sheet.busy" || sent.failure().code == u"sheet.no-printer") {
            // The desk's own print is still with the printer: try again in a moment.
            QTimer::singleShot(1000, this, [this] {
                if (!m_waiting)
                    sendNext();
            });
            return;
        }
        if (sent.failure().code != u"sheet.overflows") {
            // Anything else is for the clerk to see and fix; the sheet stays first.
            m_progress.paused = true;
            m_progress.problem = sent.failure().message;
            Q_EMIT progressed();
            return;
        }
        qCWarning(lcBatch) << "sheet set aside:" << m_queue.first().toString(QUuid::WithoutBraces)
                           << sent.failure().code;
        m_queue.removeFirst();
        ++m_progress.setAside;
        Q_EMIT progressed();
    }
    if (m_queue.isEmpty()) {
        m_progress.running = false;
        Q_EMIT progressed();
    }
}

void SheetBatch::sheetEnded(const QUuid &recordId, bool completed)
{
    if (!m_waiting || m_queue.isEmpty() || m_queue.first() != recordId) {
        if (m_waiting && m_queue.isEmpty()) { // stopped while this one printed
            m_waiting = false;
            m_progress.printed += completed ? 1 : 0;
            m_progress.running = false;
            Q_EMIT progressed();
        }
        return;
    }
    m_waiting = false;
    if (completed) {
        m_queue.removeFirst();
        ++m_progress.printed;
    } else {
        // Kept at the head: printed again once the clerk fixed the printer and resumed.
        m_progress.paused = true;
        m_progress.problem = m_printer.message();
    }
    Q_EMIT progressed();
    sendNext();
}

} // namespace RegPoint::Kiosk
