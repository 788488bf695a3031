#include "sheetsscreen.h"

#include "screens/batchprintdialog.h"

#include "flow/confirmationdesk.h"
#include "flow/registrationflow.h"
#include "flow/sheetbatch.h"
#include "flow/sheetprinter.h"
#include "widgets/banner.h"
#include "widgets/printerchoicedialog.h"
#include "widgets/removablemedia.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStorageInfo>
#include <QStyle>
#include <QVBoxLayout>

namespace RegPoint::App {

using namespace Qt::StringLiterals;
using Kiosk::SheetArchive;
using Kiosk::SheetPrinter;

namespace {
constexpr qreal kPreviewDpi = 96; // scaled down to the room the screen has
}

SheetsScreen::SheetsScreen(Kiosk::RegistrationFlow &flow, SheetsDesk parts, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_parts(parts)
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_serial(new QLineEdit(this))
    , m_find(new QPushButton(this))
    , m_tally(new QLabel(this))
    , m_batch(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_banner(new Banner(this))
    , m_preview(new QLabel(this))
    , m_candidate(new QLabel(this))
    , m_state(new QLabel(this))
    , m_printer(new QLabel(this))
    , m_savePdf(new QPushButton(this))
    , m_otherPrinter(new QPushButton(this))
    , m_cancelPrint(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_reprintReason(new QComboBox(this))
    , m_signed(new QPushButton(this))
    , m_correctionReason(new QLineEdit(this))
    , m_correction(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("sheetsScreen"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_prompt->setObjectName(QStringLiteral("readerPrompt"));
    m_prompt->setWordWrap(true);
    m_serial->setObjectName(QStringLiteral("sheetSerial"));
    m_serial->setMaxLength(20);
    m_find->setObjectName(QStringLiteral("findSheet"));
    m_tally->setObjectName(QStringLiteral("hint"));
    m_batch->setObjectName(QStringLiteral("batchPrint"));
    m_back->setObjectName(QStringLiteral("closeSheets"));
    m_preview->setObjectName(QStringLiteral("sheetPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(210, 297); // A4's proportions; it grows with the screen
    m_preview->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_candidate->setObjectName(QStringLiteral("sheetCandidate"));
    m_candidate->setTextFormat(Qt::PlainText);
    m_candidate->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("sheetState"));
    m_state->setWordWrap(true);
    m_printer->setObjectName(QStringLiteral("sheetPrinterStatus"));
    m_printer->setWordWrap(true);
    m_savePdf->setObjectName(QStringLiteral("savePdf"));
    m_otherPrinter->setObjectName(QStringLiteral("otherPrinter"));
    m_cancelPrint->setObjectName(QStringLiteral("cancelSheetPrint"));
    m_print->setObjectName(QStringLiteral("printSheet"));
    m_print->setProperty("primary", true);
    m_reprintReason->setObjectName(QStringLiteral("reprintReason"));
    m_signed->setObjectName(QStringLiteral("sheetSigned"));
    m_correctionReason->setObjectName(QStringLiteral("correctionReason"));
    m_correctionReason->setMaxLength(200);
    m_correction->setObjectName(QStringLiteral("requestCorrection"));
    m_next->setObjectName(QStringLiteral("nextSheet"));

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addStretch(1);
    heading->addWidget(m_tally);
    auto *search = new QHBoxLayout;
    search->addWidget(m_serial, 2);
    search->addWidget(m_find);
    search->addStretch(1);
    search->addWidget(m_next);
    search->addWidget(m_batch);
    search->addWidget(m_back);

    auto *reprint = new QHBoxLayout;
    reprint->addWidget(m_print, 1);
    reprint->addWidget(m_reprintReason, 1);
    auto *correction = new QHBoxLayout;
    correction->addWidget(m_correctionReason, 2);
    correction->addWidget(m_correction, 1);

    auto *side = new QVBoxLayout;
    side->addWidget(m_candidate);
    side->addWidget(m_state);
    side->addSpacing(8);
    side->addLayout(reprint);
    side->addWidget(m_printer);
    auto *printerActions = new QHBoxLayout;
    printerActions->addWidget(m_otherPrinter);
    printerActions->addWidget(m_savePdf);
    printerActions->addWidget(m_cancelPrint);
    printerActions->addStretch();
    side->addLayout(printerActions);
    side->addSpacing(16);
    side->addWidget(m_signed);
    side->addLayout(correction);
    side->addStretch();

    auto *body = new QHBoxLayout;
    body->addWidget(m_preview, 1);
    body->addSpacing(24);
    body->addLayout(side, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_prompt);
    layout->addLayout(search);
    layout->addLayout(body, 1);

    connect(m_find, &QPushButton::clicked, this, &SheetsScreen::findSerial);
    connect(m_serial, &QLineEdit::returnPressed, this, &SheetsScreen::findSerial);
    connect(m_print, &QPushButton::clicked, this, &SheetsScreen::print);
    connect(m_signed, &QPushButton::clicked, this, &SheetsScreen::confirmSigned);
    connect(m_correction, &QPushButton::clicked, this, &SheetsScreen::requestCorrection);
    connect(m_next, &QPushButton::clicked, &m_parts.desk, &Kiosk::ConfirmationDesk::next);
    connect(m_batch, &QPushButton::clicked, this, &SheetsScreen::openBatch);
    connect(m_savePdf, &QPushButton::clicked, this, &SheetsScreen::savePdf);
    connect(m_otherPrinter, &QPushButton::clicked, this, &SheetsScreen::printElsewhere);
    connect(m_cancelPrint, &QPushButton::clicked, &m_parts.printer, &SheetPrinter::cancel);
    connect(&m_parts.batch, &Kiosk::SheetBatch::progressed, this, &SheetsScreen::refresh);
    connect(m_back, &QPushButton::clicked, &m_flow, &Kiosk::RegistrationFlow::closeSheets);
    connect(&m_parts.desk, &Kiosk::ConfirmationDesk::changed, this, &SheetsScreen::refresh);
    connect(&m_parts.printer, &SheetPrinter::changed, this, &SheetsScreen::refresh);
    connect(&m_flow, &Kiosk::RegistrationFlow::stepChanged, this, [this](Kiosk::FlowStep step) {
        if (step == Kiosk::FlowStep::Sheets) {
            m_banner->clear();
            refresh();
        }
    });
    SheetsScreen::retranslate();
}

void SheetsScreen::retranslate()
{
    m_title->setText(tr("Registration sheets: print, check, sign"));
    m_prompt->setText(tr("Place the candidate's ID card on the reader, or type the registration number from their "
                         "slip."));
    m_serial->setPlaceholderText(tr("Registration number (报名流水号)"));
    m_find->setText(tr("Find"));
    m_batch->setText(tr("Print all sheets…"));
    m_back->setText(tr("Back to the start screen"));
    m_print->setText(tr("Print the sheet"));
    const int reason = m_reprintReason->currentIndex();
    m_reprintReason->clear();
    m_reprintReason->addItem(tr("Why print again? Choose…"), -1);
    m_reprintReason->addItem(tr("Reprint: no page came out / jammed"), int(SheetArchive::Reason::Jammed));
    m_reprintReason->addItem(tr("Reprint: the candidate's copy is damaged"), int(SheetArchive::Reason::Damaged));
    m_reprintReason->addItem(tr("Reprint: the copy was lost"), int(SheetArchive::Reason::Lost));
    m_reprintReason->setCurrentIndex(std::max(0, reason));
    m_signed->setText(tr("✓ The candidate checked and signed the sheet"));
    m_correctionReason->setPlaceholderText(tr("What is wrong on the sheet, in the candidate's words"));
    m_correction->setText(tr("Request a correction"));
    m_next->setText(tr("Next candidate"));
    m_savePdf->setText(tr("Save the sheet to a USB drive, to print elsewhere"));
    m_otherPrinter->setText(tr("Print on another printer…"));
    m_cancelPrint->setText(tr("Cancel printing"));
    refresh();
}

void SheetsScreen::refresh()
{
    const Result<Kiosk::ConfirmationDesk::Tally> tally = m_parts.desk.tally();
    QString tallyText = tally ? tr("Forms received: %1 · sheets printed: %2 · signed: %3 · corrections asked: %4")
                                    .arg(tally->forms)
                                    .arg(tally->printed)
                                    .arg(tally->signedSheets)
                                    .arg(tally->corrections)
                              : tally.failure().message;
    // Until someone acts on them: a candidate whose form was set aside has no sheet to sign.
    if (tally && tally->setAside > 0)
        tallyText += u"  ·  "_s
            + tr("%n form(s) from the province could not be taken here: tell the exam office.", nullptr,
                int(tally->setAside));
    // The batch goes on with its dialog closed: where it stands, and why it paused, shows here.
    const Kiosk::SheetBatch::Progress &batch = m_parts.batch.progress();
    if (batch.running)
        tallyText += u"  ·  "_s
            + (batch.paused ? tr("Batch paused at %1 of %2").arg(batch.printed).arg(batch.total)
                            : tr("Batch printing %1 of %2").arg(batch.printed + 1).arg(batch.total));
    m_tally->setText(tallyText);

    const std::optional<Kiosk::ConfirmationDesk::Candidate> &c = m_parts.desk.current();
    const bool shown = c.has_value();
    if (const QUuid id = shown ? c->record.id : QUuid(); id != m_shown) {
        // Another candidate: nothing typed or chosen for the last one stays.
        m_shown = id;
        m_correctionReason->clear();
        m_reprintReason->setCurrentIndex(0);
        m_banner->clear();
    }
    const bool printed = shown && c->printed > 0;
    const bool printing = m_parts.printer.state() == SheetPrinter::State::Printing;
    m_candidate->setVisible(shown);
    m_state->setVisible(shown);
    m_preview->setVisible(shown);
    m_next->setVisible(shown);
    if (!shown) {
        m_preview->clear();
        m_page = {};
        m_pageKey.clear();
        m_print->setVisible(false);
        m_reprintReason->setVisible(false);
        m_signed->setVisible(false);
        m_correctionReason->setVisible(false);
        m_correction->setVisible(false);
        m_printer->setVisible(false);
        m_savePdf->setVisible(false);
        m_otherPrinter->setVisible(false);
        return;
    }
    m_candidate->setText(
        tr("%1   %2\nRegistration number %3").arg(c->record.maskedName, c->record.maskedIdNumber, c->serial));
    QString state;
    if (!c->formArrived)
        state = tr("The province has not sent this candidate's form yet. Press Sync now on the start screen; the "
                   "forms come after registration closes.");
    else if (c->signedAsShown)
        state = tr("Signed on %1. Print again only if the candidate needs another copy.")
                    .arg(c->confirmation->confirmedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
    else if (c->confirmation)
        state = tr("Correction asked on %1; it goes to the province with the next sync.")
                    .arg(c->confirmation->confirmedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
    else if (printed)
        state = tr(
            "Printed %n time(s). Let the candidate check every line, then record what they say.", nullptr, c->printed);
    else
        state = tr("Not printed yet.");
    m_state->setText(state);

    m_print->setVisible(c->formArrived);
    m_print->setText(printed ? tr("Print again") : tr("Print the sheet"));
    m_print->setEnabled(!printing);
    m_reprintReason->setVisible(c->formArrived && printed);
    // Recording what the candidate says needs no printer: the batch may hold it for an hour.
    m_signed->setVisible(printed);
    m_signed->setProperty("primary", printed && !c->confirmation);
    m_signed->setEnabled(!c->signedAsShown);
    m_correctionReason->setVisible(printed);
    m_correction->setVisible(printed);
    m_signed->style()->unpolish(m_signed);
    m_signed->style()->polish(m_signed);

    const SheetPrinter::State printerState = m_parts.printer.state();
    const bool aboutThis = m_parts.printer.recordId() == c->record.id || printerState == SheetPrinter::State::NoPrinter;
    m_printer->setVisible(aboutThis && printerState != SheetPrinter::State::Idle);
    m_printer->setText(m_parts.printer.message());
    m_printer->setProperty("state",
        printerState == SheetPrinter::State::Failed || printerState == SheetPrinter::State::NoPrinter
            ? QStringLiteral("error")
            : printerState == SheetPrinter::State::Printed ? QStringLiteral("ok")
                                                           : QStringLiteral("busy"));
    // Other ways to paper when this desk's printer cannot print it.
    const bool cannotPrint = c->formArrived && aboutThis
        && (printerState == SheetPrinter::State::Failed || printerState == SheetPrinter::State::NoPrinter);
    m_savePdf->setVisible(cannotPrint);
    m_otherPrinter->setVisible(cannotPrint && m_parts.printer.canSwitchPrinter());
    m_cancelPrint->setVisible(aboutThis && printing);
    m_printer->style()->unpolish(m_printer);
    m_printer->style()->polish(m_printer);

    const QString pageKey = u"%1/%2/%3"_s.arg(c->record.id.toString()).arg(c->printed).arg(c->formArrived);
    if (pageKey != m_pageKey) { // laying a sheet out is work: not on every printer note
        m_pageKey = pageKey;
        m_page = m_parts.desk.preview(kPreviewDpi);
    }
    showPage();
    if (m_page.isNull())
        m_preview->setText(c->formArrived ? QString() : tr("No form yet"));
}

void SheetsScreen::showPage()
{
    if (m_page.isNull())
        return m_preview->setPixmap({});
    m_preview->setPixmap(QPixmap::fromImage(
        m_page.scaled(m_preview->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void SheetsScreen::resizeEvent(QResizeEvent *event)
{
    TranslatableWidget::resizeEvent(event);
    showPage();
}

void SheetsScreen::report(const Status &outcome)
{
    if (outcome)
        m_banner->clear();
    else
        m_banner->showFailure(outcome.failure());
}

void SheetsScreen::findSerial()
{
    const QString serial = m_serial->text().trimmed();
    if (serial.isEmpty())
        return m_banner->showMessage(
            [] { return tr("Type the registration number from the candidate's slip, or read their ID card."); });
    const Status found = m_parts.desk.findBySerial(serial);
    report(found);
    if (found)
        m_serial->clear();
}

void SheetsScreen::print()
{
    const std::optional<Kiosk::ConfirmationDesk::Candidate> &c = m_parts.desk.current();
    const bool reprint = c && c->printed > 0;
    if (reprint && m_reprintReason->currentData().toInt() < 0)
        return m_banner->showMessage(
            [] { return tr("Choose why the sheet is printed again: every copy is on record with its reason."); });
    const auto reason
        = reprint ? SheetArchive::Reason(m_reprintReason->currentData().toInt()) : SheetArchive::Reason::First;
    const Status sent = m_parts.desk.print(reason);
    report(sent);
}

void SheetsScreen::confirmSigned()
{
    const Status kept = m_parts.desk.confirmSigned();
    if (kept)
        m_banner->showMessage(
            [] {
                return tr("Signed: recorded, and it goes to the province with the next sync. Next candidate, please.");
            },
            Banner::Kind::Success);
    else
        report(kept);
}

void SheetsScreen::requestCorrection()
{
    const Status kept = m_parts.desk.requestCorrection(m_correctionReason->text());
    if (!kept)
        return report(kept);
    m_correctionReason->clear();
    m_banner->showMessage(
        [] {
            return tr("The correction request is recorded and goes to the province with the next sync. Keep the "
                      "unsigned sheet; the candidate signs the corrected one.");
        },
        Banner::Kind::Success);
}

void SheetsScreen::savePdf()
{
    const QString drive = QFileDialog::getExistingDirectory(this, tr("Choose the USB drive"), removableMediaDir());
    if (drive.isEmpty())
        return;
    // The sheet holds a minor's data in clear: it goes to the drive, never onto the kiosk's disk.
    const QStorageInfo where(drive);
    if (!where.isValid() || where.device() == QStorageInfo::root().device()
        || where.device() == QStorageInfo(QDir::homePath()).device())
        return m_banner->showMessage([] {
            return tr("That folder is on this computer's own disk. Put in a USB drive and choose the drive itself.");
        });
    const Result<QString> saved = m_parts.desk.savePdfTo(drive);
    if (!saved)
        return report(saved.failure());
    m_banner->showMessage(
        [file = saved.value()] {
            return tr("Saved as %1. Print it on another printer now, then delete the file: it holds the candidate's "
                      "data.")
                .arg(file);
        },
        Banner::Kind::Success);
    refresh();
}

void SheetsScreen::printElsewhere()
{
    std::optional<Failure> failure;
    if (PrinterChoiceDialog::switchPrinter(m_parts.printer, clerkId(), this, failure))
        return print();
    if (failure)
        m_banner->showFailure(*failure);
}

std::optional<qint64> SheetsScreen::clerkId() const
{
    const std::optional<Kiosk::Operator> &clerk = m_flow.currentOperator();
    return clerk ? std::optional(clerk->id) : std::nullopt;
}

void SheetsScreen::openBatch()
{
    BatchPrintDialog dialog(m_parts.batch, m_parts.printer, clerkId(), this);
    dialog.exec();
    refresh();
}

} // namespace RegPoint::App
