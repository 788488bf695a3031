#pragma once

#include "widgets/translatablewidget.h"

class QLabel;
class QPushButton;

namespace RegPoint::Kiosk {
class NationTable;
class RegistrationFlow;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class FieldGrid;
class PhotoFrame;
class LanguageSwitcher;

// Before the record is sealed, the candidate checks it with the clerk: who (from the card or the
// typed document), the new photo beside the card's, the category the review found, and what
// happens next. A mistake goes back to the step it concerns: the photo, the review, or the typed
// details (a new version of the record, reviewed again).
class PreviewScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    PreviewScreen(Kiosk::RegistrationFlow &flow, const Kiosk::NationTable &nations, const LanguageSwitcher &language,
        QWidget *parent = nullptr);
    void refresh();

private:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;
    void confirm();

    Kiosk::RegistrationFlow &m_flow;
    const Kiosk::NationTable &m_nations;
    const LanguageSwitcher &m_language;
    QLabel *m_title;
    Banner *m_banner;
    PhotoFrame *m_cardPhoto;
    QLabel *m_cardPhotoCaption;
    PhotoFrame *m_newPhoto;
    QLabel *m_newPhotoCaption;
    FieldGrid *m_fields;
    QLabel *m_next;
    QPushButton *m_retake;
    QPushButton *m_revise;
    QPushButton *m_correct; // typed details only: what the chip says is not typed
    QPushButton *m_confirm;
};

} // namespace RegPoint::App
