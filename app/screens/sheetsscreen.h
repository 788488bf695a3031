#pragma once

#include "result.h"
#include "widgets/translatablewidget.h"

#include <QImage>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RegPoint::Kiosk {
class ConfirmationDesk;
class RegistrationFlow;
class SheetBatch;
class SheetPrinter;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;

// What the confirmation day's screen works with.
struct SheetsDesk
{
    Kiosk::ConfirmationDesk &desk;
    Kiosk::SheetPrinter &printer;
    Kiosk::SheetBatch &batch;
};

// The confirmation day: the candidate's card on the reader (or the number from the slip) opens
// their sheet; the clerk prints it, the candidate checks it, and the clerk records that it was
// signed, or the correction the candidate asks for; then the next candidate. The batch print of
// every sheet is one button away.
class SheetsScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    SheetsScreen(Kiosk::RegistrationFlow &flow, SheetsDesk parts, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate() override;
    void showPage(); // the preview, scaled to the room it has
    void refresh();
    void findSerial();
    void print();
    void confirmSigned();
    void requestCorrection();
    void openBatch();
    void savePdf(); // the printer cannot: the PDF to a USB drive, for another printer
    void printElsewhere(); // the printer cannot: another printer of this point
    void report(const Status &outcome); // clears the banner when nothing went wrong
    std::optional<qint64> clerkId() const;

    Kiosk::RegistrationFlow &m_flow;
    SheetsDesk m_parts;
    QLabel *m_title;
    QLabel *m_prompt;
    QLineEdit *m_serial;
    QPushButton *m_find;
    QLabel *m_tally;
    QPushButton *m_batch;
    QPushButton *m_back;
    Banner *m_banner;
    QLabel *m_preview;
    QLabel *m_candidate;
    QLabel *m_state;
    QLabel *m_printer;
    QPushButton *m_savePdf;
    QPushButton *m_otherPrinter;
    QPushButton *m_cancelPrint;
    QPushButton *m_print;
    QComboBox *m_reprintReason;
    QPushButton *m_signed;
    QLineEdit *m_correctionReason;
    QPushButton *m_correction;
    QPushButton *m_next;
    QImage m_page;
    QString m_pageKey; // what m_page shows: record, copies, confirmation, so it is drawn once
    QUuid m_shown; // the candidate the fields below were filled for
};

} // namespace RegPoint::App
