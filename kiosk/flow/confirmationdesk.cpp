#include "confirmationdesk.h"

#include "clock.h"
#include "flow/sheetprinter.h"
#include "io/durablefile.h"
#include "records/formshelf.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "workspace/sheetassembly.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>

namespace RegPoint::Kiosk {

using namespace Qt::StringLiterals;

ConfirmationDesk::ConfirmationDesk(
    Workspace &workspace, SheetPrinter &printer, CurrentOperator whoIsWorking, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_printer(printer)
    , m_whoIsWorking(std::move(whoIsWorking))
{
    // A completed copy changes what the desk shows (printed, and confirming becomes possible).
    connect(&m_printer, &SheetPrinter::finished, this, [this](const QUuid &recordId, bool) {
        if (m_current && m_current->record.id == recordId && refresh())
            Q_EMIT changed();
    });
}

Status ConfirmationDesk::findByIdNumber(const QString &idNumber)
{
    const Result<std::optional<CandidateRecord>> record = m_workspace.records().findCurrentByIdNumber(idNumber);
    if (!record || !record.value())
        next(); // the sheet shown is not this candidate's
    if (!record)
        return record.failure();
    if (!record.value())
        return Failure { u"sheet.no-record"_s,
            [] {
                return tr(
                    "This candidate was not registered at this point. Their sheet is printed where they registered; "
                    "the app shows where.");
            } };
    return show(record.value()->id);
}

Status ConfirmationDesk::findBySerial(const QString &serial)
{
    const Result<std::optional<QUuid>> id = m_workspace.serials().recordOf(serial.trimmed());
    if (!id || !id.value())
        next(); // the sheet shown is not this candidate's
    if (!id)
        return id.failure();
    if (!id.value())
        return Failure { u"sheet.no-record"_s,
            [serial = serial.trimmed().left(20)] {
                return tr(
                    "No candidate of this point has the registration number %1. Check the number on the slip, or read "
                    "the candidate's ID card.")
                    .arg(serial);
            } };
    return show(*id.value());
}

Status ConfirmationDesk::show(const QUuid &recordId)
{
    m_current = Candidate {};
    m_current->record.id = recordId;
    if (Status read = refresh(); !read) {
        m_current.reset(); // never leave the last candidate's sheet before the next one
        Q_EMIT changed();
        return read;
    }
    Q_EMIT changed();
    return Done {};
}

Status ConfirmationDesk::refresh()
{
    const QUuid id = m_current->record.id;
    const Result<std::optional<CandidateRecord>> record = m_workspace.records().find(id);
    if (!record)
        return record.failure();
    if (!record.value())
        return Failure { u"sheet.no-record"_s, [] { return tr("This record is gone from the point."); } };
    const Result<std::optional<QString>> serial = m_workspace.serials().serialOf(id);
    if (!serial)
        return serial.failure();
    if (!serial.value())
        return Failure { u"sheet.no-serial"_s,
            [] {
                return tr("This candidate's record has no registration number yet, so the province has no form for it. "
                          "Press Sync now on the start screen, then read the card again.");
            } };
    const Result<std::optional<Exchange::FrozenForm>> form = m_workspace.forms().form(id);
    if (!form)
        return form.failure();
    const Result<QList<SheetArchive::Print>> prints = m_workspace.sheets().prints(id);
    if (!prints)
        return prints.failure();
    const Result<std::optional<Exchange::SheetConfirmation>> confirmation = m_workspace.forms().lastConfirmation(id);
    if (!confirmation)
        return confirmation.failure();
    Candidate &c = *m_current;
    c.record = RecordView::of(*record.value());
    c.serial = *serial.value();
    c.formArrived = form.value().has_value();
    // Copies of the form as it stands: one printed from an older version is not what to sign.
    const QString current = form.value() ? form.value()->contentHash() : QString();
    c.printed = int(std::count_if(prints->cbegin(), prints->cend(), [&current](const SheetArchive::Print &p) {
        return (p.outcome == u"ok" || p.outcome == u"exported") && p.formHash == current;
    }));
    c.confirmation = confirmation.value();
    c.signedAsShown = c.confirmation && c.confirmation->outcome == Exchange::SheetConfirmation::Outcome::Signed
        && c.confirmation->formSha256 == current;
    return Done {};
}

QImage ConfirmationDesk::preview(qreal dotsPerInch) const
{
    if (!m_current || !m_current->formArrived)
        return {};
    const Result<int> paper = m_workspace.sheets().nextPaperNumber(m_current->record.id);
    const Result<RegistrationSheet> sheet = registrationSheetOf(
        m_workspace, m_current->record.id, m_workspace.clock().now(), paper ? paper.value() : 1, SheetUse::Preview);
    return sheet ? sheet->image(dotsPerInch) : QImage();
}

Status ConfirmationDesk::print(SheetArchive::Reason reason)
{
    if (!m_current)
        return Failure { u"sheet.no-candidate"_s, [] { return tr("Read the candidate's ID card first."); } };
    const std::optional<Operator> clerk = m_whoIsWorking();
    return m_printer.print(m_current->record.id, reason, clerk ? std::optional(clerk->id) : std::nullopt);
}

Result<QString> ConfirmationDesk::savePdfTo(const QString &directory)
{
    if (!m_current)
        return Failure { u"sheet.no-candidate"_s, [] { return tr("Read the candidate's ID card first."); } };
    const std::optional<Operator> clerk = m_whoIsWorking();
    const Result<SheetPrinter::Copy> made = m_printer.makeCopy(
        m_current->record.id, SheetArchive::Reason::ToDrive, clerk ? std::optional(clerk->id) : std::nullopt);
    if (!made)
        return made.failure();
    const QString path = QDir(directory).filePath(u"sheet-%1-%2.pdf"_s.arg(m_current->serial).arg(made->copy));
    const Failure notWritten { u"sheet.usb"_s, [directory] {
                                  return tr("The sheet could not be written to %1 (is the drive full, read-only or "
                                            "pulled out?). Put the drive in again and retry.")
                                      .arg(directory);
                              } };
    const Result<QByteArray> back = writeFileDurably(path, made->pdf) ? readBackFromDrive(path, made->pdf.size() + 1)
                                                                      : Result<QByteArray>(notWritten);
    if (!back || back.value() != made->pdf) {
        QFile::remove(path); // a file that did not read back whole is no copy to print from
        if (const Status noted = m_workspace.sheets().noteOutcome(made->printId, u"failed"_s, 0); !noted)
            return noted.failure();
        return notWritten;
    }
    if (const Status noted = m_workspace.sheets().noteOutcome(made->printId, u"exported"_s, 0); !noted)
        return noted.failure();
    if (Status read = refresh(); !read)
        return read.failure();
    Q_EMIT changed(); // taken away to print: the candidate can now sign it
    return path;
}

Status ConfirmationDesk::confirmSigned()
{
    return confirm(Exchange::SheetConfirmation::Outcome::Signed, {});
}

Status ConfirmationDesk::requestCorrection(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Failure { u"sheet.no-reason"_s,
            [] {
                return tr(
                    "Write down what the candidate says is wrong on the sheet; the province corrects it from that.");
            } };
    return confirm(Exchange::SheetConfirmation::Outcome::Correction, reason.trimmed());
}

Status ConfirmationDesk::confirm(Exchange::SheetConfirmation::Outcome outcome, const QString &reason)
{
    if (!m_current)
        return Failure { u"sheet.no-candidate"_s, [] { return tr("Read the candidate's ID card first."); } };
    if (m_current->printed == 0)
        return Failure { u"sheet.not-printed"_s,
            [] { return tr("The sheet has not been printed yet: print it and let the candidate check it first."); } };
    const std::optional<Operator> clerk = m_whoIsWorking();
    if (!clerk)
        return Failure { u"sheet.no-operator"_s, [] { return tr("Log in first."); } };
    const Result<std::optional<Exchange::FrozenForm>> form = m_workspace.forms().form(m_current->record.id);
    if (!form || !form.value())
        return form ? Failure { u"sheet.no-form"_s, [] { return tr("The candidate's form is gone."); } }
                    : form.failure();
    // What the candidate holds is the newest copy printed: it must be of the form kept now (a
    // sync may have brought a corrected form since it was printed).
    const Result<std::optional<QString>> held = m_workspace.sheets().heldFormHash(m_current->record.id);
    if (!held)
        return held.failure();
    if (held.value() != form.value()->contentHash())
        return Failure { u"sheet.other-form"_s, [] {
                            return tr("The province changed this candidate's form after the sheet was printed. Print "
                                      "it again and let the "
                                      "candidate check the new sheet.");
                        } };
    Exchange::SheetConfirmation confirmation { m_current->record.id, m_current->serial, *held.value(), outcome, reason,
        m_workspace.clock().now().toUTC(), clerk->username };
    if (Status kept = m_workspace.forms().confirm(confirmation, clerk->id); !kept)
        return kept;
    if (Status read = refresh(); !read)
        return read;
    Q_EMIT changed();
    return Done {};
}

void ConfirmationDesk::next()
{
    m_current.reset();
    Q_EMIT changed();
}

Result<ConfirmationDesk::Tally> ConfirmationDesk::tally() const
{
    const Result<qsizetype> forms = m_workspace.forms().count();
    if (!forms)
        return forms.failure();
    const Result<qsizetype> printed = m_workspace.sheets().printedRecords();
    if (!printed)
        return printed.failure();
    const Result<FormShelf::ConfirmationCounts> counts = m_workspace.forms().confirmationCounts();
    if (!counts)
        return counts.failure();
    const Result<qsizetype> setAside = m_workspace.forms().setAsideCount();
    if (!setAside)
        return setAside.failure();
    return Tally { forms.value(), printed.value(), counts->signedSheets, counts->corrections, setAside.value() };
}

} // namespace RegPoint::Kiosk
