#pragma once

#include "printer/simulatedqueue.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace RegPoint::App {

// The simulated printers' output trays (F10 with --simulate): what each printed, newest first, each
// page shown as poppler draws it from the PDF the printer received. Rendered through pipes: the
// pages never touch the disk.
class SimulatedPrintsDialog : public QDialog
{
    Q_OBJECT

public:
    SimulatedPrintsDialog(const QList<const Devices::SimulatedQueue *> &printers, QWidget *parent = nullptr);

    // First page of `pdf` as an image at `dotsPerInch` (pdftoppm on stdin/stdout); null on failure.
    static QImage firstPage(const QByteArray &pdf, int dotsPerInch);

private:
    void showJob(int row);

    // What the tray held when the dialog opened, newest first: rows and pages stay matched while
    // the printer goes on printing.
    QList<QByteArray> m_pages;
    QListWidget *m_jobs;
    QLabel *m_page;
};

} // namespace RegPoint::App
