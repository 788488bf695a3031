#pragma once

#include "identity/documenttype.h"
#include "records/manualentry.h"
#include "screens/recorddialog.h"
#include "widgets/translatablewidget.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace RegPoint::Kiosk {
class NationTable;
class RegistrationFlow;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

class Banner;
class FieldRow;
class LanguageSwitcher;

// Hand entry of an ID document. The ID number is checked while it is typed; on a valid number the
// gender and birth date fill in. Problems show beside their fields and nothing typed is cleared.
class ManualEntryScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    ManualEntryScreen(Kiosk::RegistrationFlow &flow, const Kiosk::NationTable &nations,
        const LanguageSwitcher &language, RecordDesk records, QWidget *parent = nullptr);

    // Empties the form for the next candidate.
    void reset();
    Kiosk::ManualEntryForm form() const;

private:
    void retranslate() override;
    void fillNations();
    // The details of the record under correction, as they were saved.
    void fill(const Kiosk::CandidateIdentity &identity);
    void checkIdNumberLive();
    // The ID number row says what the chosen document calls its number.
    void showDocumentType();
    Kiosk::DocumentType documentType() const;
    void submit();
    void requestCancel();
    void showProblems(const Kiosk::ManualEntryCheck &check, bool focusFirst = true);
    // The messages under the fields; the first field with one, or nullptr.
    FieldRow *showFieldProblems(const Kiosk::ManualEntryCheck &check);
    bool hasInput() const;

    Kiosk::RegistrationFlow &m_flow;
    const Kiosk::NationTable &m_nations;
    const LanguageSwitcher &m_language;

    QLabel *m_title;
    Banner *m_banner;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QWidget *m_genderBox;
    QRadioButton *m_male;
    QRadioButton *m_female;
    QButtonGroup *m_gender;
    QComboBox *m_nation;
    QComboBox *m_documentType;
    QLineEdit *m_birthDate;
    QLineEdit *m_address;
    FieldRow *m_nameRow;
    FieldRow *m_idRow;
    QLabel *m_documentTypeCaption;
    FieldRow *m_genderRow;
    FieldRow *m_nationRow;
    FieldRow *m_birthRow;
    FieldRow *m_addressRow;
    // A clerk's typed document: the approving supervisor signs in here.
    QWidget *m_approvalBox;
    QLabel *m_approvalTitle;
    QLineEdit *m_approver;
    QLineEdit *m_approverPassword;
    FieldRow *m_approverRow;
    FieldRow *m_approverPasswordRow;
    QPushButton *m_save;
    // The typed number is registered here already: that record opens instead.
    QPushButton *m_openExisting;
    std::optional<QUuid> m_existing;
    bool m_problemsShown = false; // since the last Save: said again in a newly chosen language
    RecordDesk m_records;
    QPushButton *m_cancel;
    QWidget *m_discardBox;
    QLabel *m_discardQuestion;
    QPushButton *m_discard;
    QPushButton *m_keepEditing;
};

} // namespace RegPoint::App
