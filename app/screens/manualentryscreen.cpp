#include "manualentryscreen.h"

#include "flow/registrationflow.h"
#include "identity/nationtable.h"
#include "languageswitcher.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/fieldrow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace RegPoint::App {

using namespace RegPoint::Kiosk;

namespace {
// Two columns of fields, each about 640 px at most; a 1366-pixel desk uses its whole width.
constexpr int kFormMaxWidth = 1320;
} // namespace

ManualEntryScreen::ManualEntryScreen(RegistrationFlow &flow, const NationTable &nations,
    const LanguageSwitcher &language, RecordDesk records, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_nations(nations)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_banner(new Banner(this))
    , m_name(new QLineEdit(this))
    , m_idNumber(new QLineEdit(this))
    , m_genderBox(new QWidget(this))
    , m_male(new QRadioButton(m_genderBox))
    , m_female(new QRadioButton(m_genderBox))
    , m_gender(new QButtonGroup(this))
    , m_nation(new QComboBox(this))
    , m_documentType(new QComboBox(this))
    , m_birthDate(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_nameRow(new FieldRow(m_name, this))
    , m_idRow(new FieldRow(m_idNumber, this))
    , m_documentTypeCaption(new QLabel(this))
    , m_genderRow(new FieldRow(m_genderBox, this))
    , m_nationRow(new FieldRow(m_nation, this))
    , m_birthRow(new FieldRow(m_birthDate, this))
    , m_addressRow(new FieldRow(m_address, this))
    , m_approvalBox(new QWidget(this))
    , m_approvalTitle(new QLabel(m_approvalBox))
    , m_approver(new QLineEdit(m_approvalBox))
    , m_approverPassword(new QLineEdit(m_approvalBox))
    , m_approverRow(new FieldRow(m_approver, m_approvalBox))
    , m_approverPasswordRow(new FieldRow(m_approverPassword, m_approvalBox))
    , m_save(new QPushButton(this))
    , m_openExisting(new QPushButton(this))
    , m_records(std::move(records))
    , m_cancel(new QPushButton(this))
    , m_discardBox(new QWidget(this))
    , m_discardQuestion(new QLabel(m_discardBox))
    , m_discard(new QPushButton(m_discardBox))
    , m_keepEditing(new QPushButton(m_discardBox))
{
    setObjectName(QStringLiteral("manualEntryScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(ManualEntryValidator::kMaxNameLength + 10);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(24); // room for spaces typed between groups
    m_male->setObjectName(QStringLiteral("genderMale"));
    m_female->setObjectName(QStringLiteral("genderFemale"));
    m_gender->addButton(m_male, int(Gender::Male));
    m_gender->addButton(m_female, int(Gender::Female));
    auto *genderLayout = new QHBoxLayout(m_genderBox);
    genderLayout->setContentsMargins(0, 0, 0, 0);
    genderLayout->addWidget(m_male);
    genderLayout->addWidget(m_female);
    genderLayout->addStretch();
    m_nation->setObjectName(QStringLiteral("nation"));
    m_nation->setMaxVisibleItems(15);
    m_documentType->setObjectName(QStringLiteral("documentType"));
    m_documentTypeCaption->setObjectName(QStringLiteral("fieldCaption"));
    // Sized for a short name: the permits' long names open in the list, not across the heading.
    m_documentType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentType->setMinimumContentsLength(22);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setInputMask(QStringLiteral("9999-99-99;_"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMaxLength(ManualEntryValidator::kMaxAddressLength + 20);
    m_save->setObjectName(QStringLiteral("save"));
    setActionIcon(m_save, QStringLiteral("dialog-ok-apply"));
    m_openExisting->setObjectName(QStringLiteral("openExistingRecord"));
    m_openExisting->hide();
    m_save->setProperty("primary", true);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    setActionIcon(m_cancel, QStringLiteral("go-previous"));
    m_discardBox->setObjectName(QStringLiteral("discardBox"));
    m_discard->setObjectName(QStringLiteral("discard"));
    m_discard->setProperty("danger", true);
    m_keepEditing->setObjectName(QStringLiteral("keepEditing"));
    auto *discardLayout = new QHBoxLayout(m_discardBox);
    discardLayout->addWidget(m_discardQuestion, 1);
    discardLayout->addWidget(m_keepEditing);
    discardLayout->addWidget(m_discard);
    m_discardBox->hide();

    // The fields grow with the screen up to a width a line of them can be read across; on a
    // 1920-pixel desk a name field would otherwise be 900 pixels wide.
    auto *form = new QWidget;
    form->setMaximumWidth(kFormMaxWidth);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_nameRow, 0, 0);
    grid->addWidget(m_idRow, 0, 1);
    grid->addWidget(m_genderRow, 1, 0);
    grid->addWidget(m_nationRow, 1, 1);
    // Six fields in three rows: the form with every message shown still fits a 1366×768 desk.
    grid->addWidget(m_birthRow, 2, 0);
    grid->addWidget(m_addressRow, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_approvalBox->setObjectName(QStringLiteral("approvalBox"));
    m_approvalTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approverPassword->setObjectName(QStringLiteral("approverPassword"));
    m_approverPassword->setEchoMode(QLineEdit::Password);
    auto *approval = new QGridLayout(m_approvalBox);
    approval->setContentsMargins(0, 8, 0, 0);
    approval->setHorizontalSpacing(32);
    approval->addWidget(m_approvalTitle, 0, 0, 1, 2);
    approval->addWidget(m_approverRow, 1, 0);
    approval->addWidget(m_approverPasswordRow, 1, 1);
    approval->setColumnStretch(0, 1);
    approval->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_openExisting);
    buttons->addWidget(m_save);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addSpacing(24);
    heading->addStretch();
    // Which document is typed, beside the title: most are resident cards, and the form below keeps
    // its four rows at 1366x768.
    heading->addWidget(m_documentTypeCaption);
    heading->addWidget(m_documentType);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(8);
    formLayout->addLayout(heading);
    formLayout->addWidget(m_banner);
    formLayout->addLayout(grid);
    formLayout->addWidget(m_approvalBox);
    auto *formRow = new QHBoxLayout;
    formRow->addWidget(form, 1);
    formRow->addStretch(0); // what the form does not take
    layout->addLayout(formRow);
    layout->addStretch();
    layout->addWidget(m_discardBox);
    layout->addLayout(buttons);

    setTabOrder(m_documentType, m_name);
    setTabOrder(m_name, m_idNumber);
    setTabOrder(m_idNumber, m_male);
    setTabOrder(m_male, m_female);
    setTabOrder(m_female, m_nation);
    setTabOrder(m_nation, m_birthDate);
    setTabOrder(m_birthDate, m_address);
    setTabOrder(m_address, m_approver);
    setTabOrder(m_approver, m_approverPassword);
    setTabOrder(m_approverPassword, m_save);

    connect(m_idNumber, &QLineEdit::textChanged, this, &ManualEntryScreen::checkIdNumberLive);
    connect(m_documentType, &QComboBox::currentIndexChanged, this, &ManualEntryScreen::showDocumentType);
    connect(m_name, &QLineEdit::returnPressed, m_idNumber, qOverload<>(&QWidget::setFocus));
    connect(m_idNumber, &QLineEdit::returnPressed, m_nation, qOverload<>(&QWidget::setFocus));
    connect(m_address, &QLineEdit::returnPressed, this, &ManualEntryScreen::submit);
    connect(m_approverPassword, &QLineEdit::returnPressed, this, &ManualEntryScreen::submit);
    connect(m_save, &QPushButton::clicked, this, &ManualEntryScreen::submit);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (m_existing)
            openRecord(m_records, m_flow, *m_existing, this);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ManualEntryScreen::requestCancel);
    connect(m_keepEditing, &QPushButton::clicked, m_discardBox, &QWidget::hide);
    connect(m_discard, &QPushButton::clicked, &m_flow, &RegistrationFlow::cancelEntry);
    ManualEntryScreen::retranslate();
}

void ManualEntryScreen::retranslate()
{
    m_title->setText(m_flow.identityUnderCorrection() ? tr("Correct the typed details, then review them again")
                                                      : tr("New registration: ID document entered by hand"));
    m_nameRow->setCaption(tr("Name"));
    m_documentTypeCaption->setText(tr("Document"));
    m_genderRow->setCaption(tr("Gender"));
    m_nationRow->setCaption(tr("Ethnic group"));
    m_birthRow->setCaption(tr("Date of birth (YYYY-MM-DD)"));
    m_addressRow->setCaption(tr("Address"));
    m_male->setText(tr("Male"));
    m_female->setText(tr("Female"));
    m_save->setText(m_flow.identityUnderCorrection() ? tr("Save the correction") : tr("Save record"));
    m_openExisting->setText(tr("Open the existing record"));
    m_approvalTitle->setText(tr("Supervisor's approval: a typed ID document is an exception"));
    m_approverRow->setCaption(tr("Supervisor's user name"));
    m_approverPasswordRow->setCaption(tr("Supervisor's password"));
    m_cancel->setText(tr("Cancel"));
    m_discardQuestion->setText(m_flow.identityUnderCorrection()
            ? tr("Drop the correction? The record stays as it was and the preview opens again.")
            : tr("Discard what was typed for this candidate?"));
    m_discard->setText(tr("Discard"));
    m_keepEditing->setText(tr("Keep editing"));
    fillNations();
    const int chosen = std::max(0, m_documentType->currentIndex());
    {
        const QSignalBlocker quiet(m_documentType);
        m_documentType->clear();
        for (DocumentType type : kDocumentTypes)
            m_documentType->addItem(documentTypeName(type), documentTypeKey(type));
        m_documentType->setCurrentIndex(chosen);
    }
    showDocumentType();
    // The messages already under the fields are said again in the language now chosen (the
    // banner says its own again).
    if (m_problemsShown) {
        showFieldProblems(m_flow.validator().check(form(), m_flow.today()));
    } else {
        checkIdNumberLive();
    }
}

DocumentType ManualEntryScreen::documentType() const
{
    return documentTypeFromKey(m_documentType->currentData().toString()).value_or(DocumentType::ResidentCard);
}

void ManualEntryScreen::showDocumentType()
{
    m_idRow->setCaption(carriesIdNumber(documentType()) ? tr("ID number (18 characters)") : tr("Document number"));
    checkIdNumberLive();
}

void ManualEntryScreen::fillNations()
{
    const QString current = m_nation->currentData().toString();
    m_nation->clear();
    m_nation->addItem(tr("Choose…"), QString());
    for (const Nation &nation : m_nations.all())
        m_nation->addItem(m_nations.displayName(nation.code, m_language.isChinese()), nation.code);
    m_nation->setCurrentIndex(std::max(0, m_nation->findData(current)));
}

void ManualEntryScreen::reset()
{
    for (QLineEdit *edit : { m_name, m_idNumber, m_birthDate, m_address })
        edit->clear();
    m_gender->setExclusive(false);
    m_male->setChecked(false);
    m_female->setChecked(false);
    m_gender->setExclusive(true);
    m_nation->setCurrentIndex(0);
    m_documentType->setCurrentIndex(0);
    for (FieldRow *row : { m_nameRow, m_idRow, m_genderRow, m_nationRow, m_birthRow, m_addressRow })
        row->clearMessage();
    m_problemsShown = false;
    m_banner->clear();
    m_discardBox->hide();
    m_approver->clear();
    m_approverPassword->clear();
    m_approvalBox->setVisible(m_flow.entryNeedsApproval());
    if (const auto &correcting = m_flow.identityUnderCorrection())
        fill(correcting->identity);
    retranslate(); // the title and the discard question say whether this is a correction
    m_name->setFocus();
}

void ManualEntryScreen::fill(const CandidateIdentity &identity)
{
    m_name->setText(identity.name);
    m_documentType->setCurrentIndex(std::max(0, m_documentType->findData(documentTypeKey(identity.documentType))));
    if (identity.gender != Gender::Unknown)
        (identity.gender == Gender::Male ? m_male : m_female)->setChecked(true);
    m_nation->setCurrentIndex(std::max(0, m_nation->findData(identity.nationCode)));
    m_birthDate->setText(identity.birthDate.toString(QStringLiteral("yyyy-MM-dd")));
    m_address->setText(identity.address);
    m_idNumber->setText(identity.idNumber); // last: its live check reads the other fields
}

ManualEntryForm ManualEntryScreen::form() const
{
    ManualEntryForm form;
    form.name = m_name->text();
    form.idNumber = m_idNumber->text();
    form.gender = m_gender->checkedId() > 0 ? Gender(m_gender->checkedId()) : Gender::Unknown;
    form.nationCode = m_nation->currentData().toString();
    form.birthDate = QDate::fromString(m_birthDate->text(), QStringLiteral("yyyy-MM-dd"));
    form.address = m_address->text();
    form.documentType = documentType();
    return form;
}

bool ManualEntryScreen::hasInput() const
{
    const ManualEntryForm f = form();
    return !f.name.trimmed().isEmpty() || !f.idNumber.trimmed().isEmpty() || !f.address.trimmed().isEmpty();
}

void ManualEntryScreen::checkIdNumberLive()
{
    m_existing.reset();
    m_openExisting->hide();
    const QString text = m_idNumber->text();
    if (!carriesIdNumber(documentType())) {
        // A passport or permit number says nothing of its holder: checked by its format on Save.
        m_idRow->clearMessage();
        return;
    }
    const IdNumber id = m_flow.validator().checkIdNumber(text, m_flow.today());
    const QString compact = id.text();
    if (compact.isEmpty()) {
        m_idRow->clearMessage();
        return;
    }
    if (!id.isValid()) {
        // While typing, only complain once the number is complete or plainly wrong.
        const bool stillTyping = compact.size() < 18 && id.error() == IdNumberError::WrongLength;
        if (stillTyping)
            m_idRow->setHint(tr("%1 of 18 characters").arg(compact.size()));
        else
            m_idRow->setProblem(id.errorMessage());
        return;
    }
    // Valid: fill what the number says, without overwriting what the clerk chose.
    if (m_gender->checkedId() < 0)
        (id.gender() == Gender::Male ? m_male : m_female)->setChecked(true);
    if (!QDate::fromString(m_birthDate->text(), QStringLiteral("yyyy-MM-dd")).isValid())
        m_birthDate->setText(id.birthDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString summary
        = tr("Valid: %1, born %2").arg(genderName(id.gender()), id.birthDate().toString(QStringLiteral("yyyy-MM-dd")));
    if (const std::optional<Kiosk::RecordView> registered = m_flow.registeredRecord(compact)) {
        // Said while typing, before Save: the record already there opens instead.
        m_existing = registered->id;
        m_openExisting->show();
        m_idRow->setProblem(tr("Registered here already: record %1, %2. Open it rather than register again.")
                                .arg(registered->shortId, Kiosk::stateDisplayName(registered->state)));
    } else if (id.warning() != IdNumberWarning::None) {
        m_idRow->setHint(summary + u'\n' + IdNumber::warningMessage(id.warning()), true);
    } else {
        m_idRow->setHint(summary);
    }
}

void ManualEntryScreen::showProblems(const ManualEntryCheck &check, bool focusFirst)
{
    FieldRow *first = showFieldProblems(check);
    if (first) {
        m_banner->showMessage([count = int(check.problems.size())] {
            return tr("%n field(s) need attention. Nothing was saved; what you typed is kept.", nullptr, count);
        });
        if (focusFirst)
            first->editor()->setFocus();
    }
}

FieldRow *ManualEntryScreen::showFieldProblems(const ManualEntryCheck &check)
{
    m_problemsShown = true;
    const std::pair<EntryField, FieldRow *> rows[] = { { EntryField::Name, m_nameRow },
        { EntryField::IdNumber, m_idRow }, { EntryField::Gender, m_genderRow }, { EntryField::Nation, m_nationRow },
        { EntryField::BirthDate, m_birthRow }, { EntryField::Address, m_addressRow } };
    FieldRow *first = nullptr;
    for (const auto &[field, row] : rows) {
        const std::optional<QString> problem = check.problemFor(field);
        if (problem) {
            row->setProblem(*problem);
            if (!first)
                first = row;
        } else if (field != EntryField::IdNumber) {
            row->clearMessage();
        }
    }
    if (!check.problemFor(EntryField::IdNumber))
        checkIdNumberLive();
    return first;
}

void ManualEntryScreen::submit()
{
    m_banner->clear();
    m_discardBox->hide();
    std::optional<Approval> approval;
    if (m_flow.entryNeedsApproval())
        approval = Approval { m_approver->text(), m_approverPassword->text() };
    const EntrySubmission submission = m_flow.submitManualEntry(form(), approval);
    m_approverPassword->clear();
    if (submission.saved)
        return; // the flow moves on to the saved step
    showProblems(submission.check);
    if (submission.failure)
        m_banner->showFailure(*submission.failure);
}

void ManualEntryScreen::requestCancel()
{
    if (hasInput())
        m_discardBox->show();
    else
        m_flow.cancelEntry();
}

} // namespace RegPoint::App
