#pragma once

#include "widgets/translatablewidget.h"

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace RegPoint::Kiosk {
class RegistrationFlow;
struct EligibilityReview;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class LanguageSwitcher;
class TickList;

// The eligibility review (资格审查) with the candidate, after the identity is saved and before the
// photo: the category, each document it needs seen, each exclusion declared absent; or a refusal
// with its reason. Everything on it comes from the year's rules file.
class ReviewScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    ReviewScreen(Kiosk::RegistrationFlow &flow, const LanguageSwitcher &language, QWidget *parent = nullptr);
    // A new review: nothing ticked, the candidate's details and any earlier refusal shown.
    void refresh();

private:
    void retranslate() override;
    void fillRules();
    void showDocuments();
    void showFinding(const Kiosk::EligibilityReview &review);
    void submit(const Kiosk::EligibilityReview &review);
    Kiosk::EligibilityReview finding() const;

    Kiosk::RegistrationFlow &m_flow;
    const LanguageSwitcher &m_language;
    QLabel *m_title;
    Banner *m_banner;
    QLabel *m_candidate;
    QLabel *m_categoryTitle;
    QGridLayout *m_categoryGrid;
    QButtonGroup *m_categories;
    QLabel *m_documentsTitle;
    TickList *m_documents;
    QLabel *m_declarationsTitle;
    TickList *m_declarations;
    QComboBox *m_refusal;
    QLineEdit *m_note;
    QPushButton *m_refuse;
    QPushButton *m_later;
    QPushButton *m_pass;
};

} // namespace RegPoint::App
