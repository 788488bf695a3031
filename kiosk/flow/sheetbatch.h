#pragma once

#include "flow/sheetprinter.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QUuid>

namespace RegPoint::Kiosk {

class Workspace;

// The batch print after registration closes: every sheet of the point not printed yet, in the
// order of the registration numbers, one job at a time. It can be paused and resumed; a sheet
// that fails pauses the batch with the printer's reason and is tried again on resume, so none is
// skipped. A sheet that cannot be made (a form too full for the page) is set aside and counted.
class SheetBatch : public QObject
{
    Q_OBJECT

public:
    SheetBatch(Workspace &workspace, SheetPrinter &printer, CurrentOperator whoIsWorking, QObject *parent = nullptr);

    struct Progress
    {
        qsizetype total = 0;
        qsizetype printed = 0;
        qsizetype setAside = 0; // could not be made; each named in the log by record
        bool running = false;
        bool paused = false;
        QString problem; // why it paused by itself, translated
        bool finished() const { return !running && total > 0 && printed + setAside == total; }
    };

    // Collects the sheets to print and starts; fails when there is nothing to print or no printer.
    Status start();
    void pause();
    void resume();
    void stop(); // after the sheet printing now
    const Progress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressed();

private:
    void sendNext();
    void sheetEnded(const QUuid &recordId, bool completed);

    Workspace &m_workspace;
    SheetPrinter &m_printer;
    CurrentOperator m_whoIsWorking;
    QList<QUuid> m_queue;
    bool m_waiting = false; // a sheet of the batch is with the printer
    Progress m_progress;
};

} // namespace RegPoint::Kiosk
