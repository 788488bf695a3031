#pragma once

#include "screens/recorddialog.h"
#include "widgets/translatablewidget.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace RegPoint::Kiosk {
class NationTable;
class RegistrationFlow;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class CheckList;
class FieldGrid;
class PhotoFrame;
class LanguageSwitcher;

// What the chip says, the photo, and every cross-check, for the clerk (and the candidate) to look
// at before the record is saved. A failed error check disables saving and points to hand entry.
class CardReviewScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    CardReviewScreen(Kiosk::RegistrationFlow &flow, const Kiosk::NationTable &nations, const LanguageSwitcher &language,
        RecordDesk records, QWidget *parent = nullptr);
    void refresh();

private:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;
    void save();
    void clearFields();

    Kiosk::RegistrationFlow &m_flow;
    const Kiosk::NationTable &m_nations;
    const LanguageSwitcher &m_language;
    QLabel *m_title;
    Banner *m_banner;
    PhotoFrame *m_photo;
    FieldGrid *m_fields;
    QLabel *m_checksTitle;
    CheckList *m_checks;
    QPushButton *m_save;
    QPushButton *m_continue; // the card's record saved earlier and not complete: on from there
    QPushButton *m_openExisting; // the card's record is complete: its history, its slip again
    RecordDesk m_records;
    QPushButton *m_manual;
    QPushButton *m_cancel;
};

} // namespace RegPoint::App
