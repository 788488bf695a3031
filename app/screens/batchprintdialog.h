#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace RegPoint::Kiosk {
class SheetBatch;
}

namespace RegPoint::App {

class Banner;

// The batch print of every sheet not printed yet: how far it is, why it paused, and the clerk's
// pause, resume and stop. Closing the dialog does not stop the batch.
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    BatchPrintDialog(Kiosk::SheetBatch &batch, QWidget *parent = nullptr);

private:
    void start();
    void togglePause();
    void refresh();
    void retranslate();
    void changeEvent(QEvent *event) override;

    Kiosk::SheetBatch &m_batch;
    QLabel *m_title;
    QLabel *m_hint;
    Banner *m_banner;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace RegPoint::App
