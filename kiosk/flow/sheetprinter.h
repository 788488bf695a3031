#pragma once

#include "operators/operator.h"
#include "records/sheetarchive.h"
#include "result.h"

#include <functional>

#include <QObject>
#include <QUuid>

#include <optional>

namespace RegPoint::Devices {
class PrintService;
struct PrintOutcome;
} // namespace RegPoint::Devices

namespace RegPoint::Kiosk {

class Workspace;

// Who is working at the desk now (the login of the flow), for the audit events of the sheets.
using CurrentOperator = std::function<std::optional<Operator>()>;

// Prints a candidate's 报名登记表: lays it out from the frozen form as the next copy (a reprint
// says 第 N 次打印), keeps the PDF in the archive, sends it to the desk's printer and follows the
// job to its end. One sheet at a time. "Completed" is the queue's word, not proof of paper: the
// clerk confirms with the candidate.
class SheetPrinter : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NoPrinter,
        Idle,
        Printing,
        Printed,
        Failed, // message() says why and what to do
    };

    // `printer` may be null (none set up at this desk).
    SheetPrinter(Workspace &workspace, Devices::PrintService *printer, QObject *parent = nullptr);

    bool hasPrinter() const { return m_printer != nullptr; }
    // Fails at once, saying why, when the sheet cannot be made (no form yet, no layout for the
    // year, a form too full for the page, a record purged) or there is no printer.
    Status print(const QUuid &recordId, SheetArchive::Reason reason, std::optional<qint64> operatorId);
    void cancel();
    // The next copy laid out and archived, not sent: for the PDF taken away on a USB drive when
    // the printer cannot print it. Fails as print() does.
    struct Copy
    {
        qint64 printId = 0;
        int copy = 0;
        QByteArray pdf;
    };
    Result<Copy> makeCopy(const QUuid &recordId, SheetArchive::Reason reason, std::optional<qint64> operatorId);
    // The desk's printer fails with a candidate waiting: the clerk moves it, and the slips, to
    // another printer the print service offers (PrintService::listPrinters()), for this session.
    Devices::PrintService *printService() const { return m_printer; }
    bool canSwitchPrinter() const;
    Status switchPrinter(const QString &queue, std::optional<qint64> operatorId);
    State state() const { return m_state; }
    QUuid recordId() const { return m_recordId; }
    QString message() const; // translated

Q_SIGNALS:
    void changed();
    // A job ended (completed or not); the batch print waits for it.
    void finished(const QUuid &recordId, bool completed);

private:
    void jobEnded(quint64 ticket, const Devices::PrintOutcome &outcome);
    void setState(State state, const QString &message = {});

    Workspace &m_workspace;
    Devices::PrintService *m_printer;
    State m_state;
    QString m_message;
    QUuid m_recordId;
    std::optional<quint64> m_ticket;
    qint64 m_printId = 0;
};

} // namespace RegPoint::Kiosk
