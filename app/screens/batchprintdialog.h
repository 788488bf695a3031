#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace RegPoint::Kiosk {
class SheetBatch;
class SheetPrinter;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;

// The batch print of every sheet not printed yet: how far it is, why it paused, and the clerk's
// pause, resume and stop. Closing the dialog does not stop the batch.
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    // `clerk`: who is at the desk, for the record of a printer switch.
    BatchPrintDialog(
        Kiosk::SheetBatch &batch, Kiosk::SheetPrinter &printer, std::optional<qint64> clerk, QWidget *parent = nullptr);

private:
    void start();
    void togglePause();
    void printElsewhere(); // paused by a failing printer: resume on another one
    void refresh();
    void retranslate();
    void changeEvent(QEvent *event) override;

    Kiosk::SheetBatch &m_batch;
    Kiosk::SheetPrinter &m_printer;
    const std::optional<qint64> m_clerk;
    QLabel *m_title;
    QLabel *m_hint;
    Banner *m_banner;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_otherPrinter;
    QPushButton *m_close;
};

} // namespace RegPoint::App
