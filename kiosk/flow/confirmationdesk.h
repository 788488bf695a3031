#pragma once

#include "flow/sheetprinter.h"
#include "records/recordview.h"
#include "records/sheetarchive.h"
#include "result.h"
#include "sheetexchange.h"

#include <QImage>
#include <QObject>

#include <optional>

namespace RegPoint::Kiosk {

class Workspace;

// The confirmation day at the desk, after registration closed: the candidate puts the ID card on
// the reader (or gives the 报名流水号), the sheet is printed from the frozen form, the candidate
// checks it and signs it, or asks for a correction with a reason; the clerk records which, and it
// travels to the province with the next sync. One candidate at a time.
class ConfirmationDesk : public QObject
{
    Q_OBJECT

public:
    ConfirmationDesk(
        Workspace &workspace, SheetPrinter &printer, CurrentOperator whoIsWorking, QObject *parent = nullptr);

    struct Candidate
    {
        RecordView record; // masked: the public sees the screen
        QString serial;
        bool formArrived = false;
        int printed = 0; // copies the queue completed, or taken away on a USB drive
        std::optional<Exchange::SheetConfirmation> confirmation; // the newest
        bool signedAsShown = false; // the newest confirmation is a signature of the form kept now
    };

    // The candidate whose card is on the reader / whose number was typed. The failure says what
    // to do (no record here, no number, …); the candidate shown before stays.
    Status findByIdNumber(const QString &idNumber);
    Status findBySerial(const QString &serial);
    const std::optional<Candidate> &current() const { return m_current; }
    // The sheet as the next copy would print, for the screen (the public can see it: identity and
    // phone numbers masked); null when it cannot be made.
    QImage preview(qreal dotsPerInch) const;
    // Prints the current candidate's sheet (a reprint needs its reason).
    Status print(SheetArchive::Reason reason);
    // When the desk's printer cannot print: the next copy as a PDF on the drive mounted at
    // `directory` (written, flushed and read back), archived and audited like a print. The file's
    // path. The PDF holds the candidate's data in clear: it is for printing elsewhere at once.
    Result<QString> savePdfTo(const QString &directory);
    Status confirmSigned();
    Status requestCorrection(const QString &reason);
    void next(); // clears the desk for the next candidate

    struct Tally
    {
        qsizetype forms = 0; // frozen forms received
        qsizetype printed = 0; // of them, printed at least once
        qsizetype signedSheets = 0;
        qsizetype corrections = 0;
        qsizetype setAside = 0; // forms the province sent that this point could not take
    };
    Result<Tally> tally() const;

Q_SIGNALS:
    void changed();

private:
    Status show(const QUuid &recordId);
    Status confirm(Exchange::SheetConfirmation::Outcome outcome, const QString &reason);
    Status refresh();

    Workspace &m_workspace;
    SheetPrinter &m_printer;
    CurrentOperator m_whoIsWorking;
    std::optional<Candidate> m_current;
};

} // namespace RegPoint::Kiosk
