#pragma once

#include "workspace/recordfiles.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace RegPoint::Kiosk {
class RegistrationFlow;
}

namespace RegPoint::App {

class Banner;
class FieldGrid;

// The label of the step a record is missing at the desk (its review, again after a refusal, or
// its photo); empty when the desk has nothing left to do for it.
QString resumeLabel(Kiosk::RecordState state);

// One record opened from the home list, a search or a card already registered: what the desk
// shows of it (masked), its 报名流水号, where it stands and what comes next, and its history from
// the audit log. The step it is missing starts from here; a complete record's slip prints again.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // `printSlip` prints the slip of a record that has its number; empty when the desk has no printer.
    using SlipPrinting = std::function<void(const Kiosk::RecordFile &)>;
    RecordDialog(const Kiosk::RecordFiles &files, Kiosk::RegistrationFlow &flow, SlipPrinting printSlip,
        const QUuid &id, QWidget *parent = nullptr);

private:
    void reload();
    void retranslate();
    void changeEvent(QEvent *event) override;
    void resume();

    const Kiosk::RecordFiles &m_files;
    Kiosk::RegistrationFlow &m_flow;
    SlipPrinting m_printSlip;
    QUuid m_id;
    std::optional<Kiosk::RecordFile> m_file;
    QLabel *m_title;
    Banner *m_banner;
    FieldGrid *m_fields;
    QLabel *m_next;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QPushButton *m_resume;
    QPushButton *m_reprint;
    QPushButton *m_close;
};

// What opening a record needs: where records are found, and how a slip prints again.
struct RecordDesk
{
    const Kiosk::RecordFiles &files;
    RecordDialog::SlipPrinting printSlip;
};

// Opens the record over `parent`'s window, the window's size (under cage a dialog fills the screen).
RecordDialog *openRecord(const RecordDesk &desk, Kiosk::RegistrationFlow &flow, const QUuid &id, QWidget *parent);

} // namespace RegPoint::App
