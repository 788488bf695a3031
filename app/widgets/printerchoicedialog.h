#pragma once

#include "result.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace RegPoint::Kiosk {
class SheetPrinter;
}

namespace RegPoint::Devices {
class PrintService;
struct PrinterChoice;
} // namespace RegPoint::Devices

namespace RegPoint::App {

// The clerk's choice of another printer when the desk's own fails: the print service's printers,
// each with its state in words, the one in use marked. Asks the print service as it opens and
// shows the list when it comes.
class PrinterChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrinterChoiceDialog(Devices::PrintService &printer, QWidget *parent = nullptr);

    QString chosen() const; // the queue's name; empty when none is chosen

    // Asks the clerk for another printer and moves `sheets` (and the desk's slips) to it, on
    // record under `clerk`. False when nothing changed: chosen none, or `failure` says why not.
    static bool switchPrinter(
        Kiosk::SheetPrinter &sheets, std::optional<qint64> clerk, QWidget *parent, std::optional<Failure> &failure);

    // A printer's state for the clerk: ready, printing, or what stops it.
    static QString stateText(const Devices::PrinterChoice &printer);

private:
    void showPrinters(const QList<Devices::PrinterChoice> &printers, const QString &failure);
    void updateButton();

    Devices::PrintService &m_printer;
    QLabel *m_title;
    QLabel *m_hint;
    QListWidget *m_list;
    QPushButton *m_use;
    QPushButton *m_cancel;
};

} // namespace RegPoint::App
