#include "reviewscreen.h"

#include "flow/registrationflow.h"
#include "languageswitcher.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/ticklist.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace RegPoint::App {

using namespace RegPoint::Kiosk;

namespace {
// Chinese names are short; English ones need the wider columns to stay inside 1366 pixels.
int categoryColumns(bool chinese)
{
    return chinese ? 4 : 3;
}
} // namespace

ReviewScreen::ReviewScreen(RegistrationFlow &flow, const LanguageSwitcher &language, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_banner(new Banner(this))
    , m_candidate(new QLabel(this))
    , m_categoryTitle(new QLabel(this))
    , m_categoryGrid(new QGridLayout)
    , m_categories(new QButtonGroup(this))
    , m_documentsTitle(new QLabel(this))
    , m_documents(new TickList(this))
    , m_declarationsTitle(new QLabel(this))
    , m_declarations(new TickList(this))
    , m_refusal(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_refuse(new QPushButton(this))
    , m_later(new QPushButton(this))
    , m_pass(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_candidate->setObjectName(QStringLiteral("reviewCandidate"));
    m_candidate->setTextFormat(Qt::PlainText);
    m_candidate->setWordWrap(true);
    for (QLabel *section : { m_categoryTitle, m_documentsTitle, m_declarationsTitle })
        section->setObjectName(QStringLiteral("sectionTitle"));
    m_documents->setObjectName(QStringLiteral("reviewDocuments"));
    m_declarations->setObjectName(QStringLiteral("reviewDeclarations"));
    m_refusal->setObjectName(QStringLiteral("refusalReason"));
    // Sized for its placeholder, not its longest reason: the row must fit 1366 pixels.
    m_refusal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_refusal->setMinimumContentsLength(20);
    m_note->setObjectName(QStringLiteral("refusalNote"));
    m_note->setMaxLength(200);
    m_note->setMinimumWidth(240);
    m_refuse->setObjectName(QStringLiteral("refuseCandidate"));
    setActionIcon(m_refuse, QStringLiteral("dialog-cancel"));
    m_later->setObjectName(QStringLiteral("reviewLater"));
    m_pass->setObjectName(QStringLiteral("passReview"));
    setActionIcon(m_pass, QStringLiteral("dialog-ok-apply"));
    m_pass->setProperty("primary", true);
    m_categories->setExclusive(true);
    m_categoryGrid->setHorizontalSpacing(24);
    m_categoryGrid->setVerticalSpacing(4);

    // The title and who is reviewed share a row: the lists below need the height.
    auto *who = new QHBoxLayout;
    who->setSpacing(24);
    who->addWidget(m_title);
    who->addWidget(m_candidate, 1, Qt::AlignVCenter);

    // Documents | declarations side by side: the whole review fits a 768-pixel screen unscrolled.
    auto *documents = new QVBoxLayout;
    documents->addWidget(m_documentsTitle);
    documents->addWidget(m_documents, 1);
    auto *declarations = new QVBoxLayout;
    declarations->addWidget(m_declarationsTitle);
    declarations->addWidget(m_declarations, 1);
    auto *lists = new QHBoxLayout;
    lists->setSpacing(24);
    lists->addLayout(documents, 2);
    lists->addLayout(declarations, 3); // the longer texts: one line each where the screen allows

    // The refusal with its reason on a row of its own, wide enough for the reason and the words
    // typed in both languages; below it, later or eligible, the usual way out of the review.
    auto *refusal = new QHBoxLayout;
    refusal->addWidget(m_refusal);
    refusal->addWidget(m_note, 1);
    refusal->addWidget(m_refuse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_later);
    buttons->addStretch();
    buttons->addWidget(m_pass);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(who);
    layout->addWidget(m_banner);
    layout->addWidget(m_categoryTitle);
    layout->addLayout(m_categoryGrid);
    layout->addLayout(lists, 1);
    layout->addLayout(refusal);
    layout->addLayout(buttons);

    connect(m_categories, &QButtonGroup::buttonClicked, this, &ReviewScreen::showDocuments);
    connect(m_pass, &QPushButton::clicked, this, [this] {
        EligibilityReview review = finding();
        review.outcome = EligibilityReview::Outcome::Eligible;
        submit(review);
    });
    connect(m_refuse, &QPushButton::clicked, this, [this] {
        EligibilityReview review = finding();
        review.outcome = EligibilityReview::Outcome::Refused;
        review.refusal = m_refusal->currentData().toString();
        review.note = m_note->text().trimmed();
        submit(review);
    });
    connect(m_later, &QPushButton::clicked, &m_flow, &RegistrationFlow::postponeReview);
    ReviewScreen::retranslate();
}

void ReviewScreen::retranslate()
{
    m_title->setText(tr("Eligibility review with the candidate"));
    m_categoryTitle->setText(tr("Candidate category"));
    m_documentsTitle->setText(tr("Documents seen (tick each one)"));
    // The statements are already negative ("not a student of..."): the heading must not negate them again.
    m_declarationsTitle->setText(tr("The candidate confirms each statement"));
    m_note->setPlaceholderText(tr("Details (needed for \"another reason\")"));
    m_refuse->setText(tr("Record as not eligible"));
    m_later->setText(tr("Review later"));
    m_pass->setText(tr("Eligible: take the photo"));
    fillRules();
    if (const auto &subject = m_flow.reviewSubject()) {
        // Masked as on every screen the public can see; the documents in hand show the rest.
        m_candidate->setText(tr("%1    %2    record %3, saved %4")
                                 .arg(subject->shown.maskedName, subject->shown.maskedIdNumber, subject->shown.shortId,
                                     subject->shown.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
}

// The rule texts in the current language; what is chosen and ticked stays.
void ReviewScreen::fillRules()
{
    const Result<EligibilityRules> &rules = m_flow.eligibilityRules();
    if (!rules)
        return;
    const bool chinese = m_language.isChinese();
    const int chosen = m_categories->checkedId();
    qDeleteAll(m_categories->buttons());
    int index = 0;
    for (const CandidateCategory &category : rules->categories()) {
        auto *button = new QRadioButton(category.text(chinese), this);
        button->setObjectName(QStringLiteral("category-") + category.code);
        m_categories->addButton(button, index);
        m_categoryGrid->addWidget(button, index / categoryColumns(chinese), index % categoryColumns(chinese));
        button->setChecked(index == chosen);
        ++index;
    }
    m_declarations->setItems(rules->exclusions(), chinese);
    const QString reason = m_refusal->currentData().toString();
    m_refusal->clear();
    // The first entry says what the list is for: a refusal, not a category.
    m_refusal->addItem(tr("Not eligible because…"), QString());
    for (const RuleItem &refusal : rules->refusals())
        m_refusal->addItem(refusal.text(chinese), refusal.id);
    m_refusal->setCurrentIndex(std::max(0, m_refusal->findData(reason)));
    showDocuments();
}

void ReviewScreen::showDocuments()
{
    const Result<EligibilityRules> &rules = m_flow.eligibilityRules();
    const int chosen = m_categories->checkedId();
    if (!rules || chosen < 0 || chosen >= rules->categories().size()) {
        m_documents->setItems({}, m_language.isChinese());
        return;
    }
    m_documents->setItems(rules->categories().at(chosen).documents, m_language.isChinese());
}

void ReviewScreen::refresh()
{
    m_banner->clear();
    if (QAbstractButton *chosen = m_categories->checkedButton()) {
        // An exclusive group keeps one button checked: lift it to start with none.
        m_categories->setExclusive(false);
        chosen->setChecked(false);
        m_categories->setExclusive(true);
    }
    m_refusal->setCurrentIndex(0);
    m_note->clear();
    m_declarations->untickAll();
    showDocuments();
    const Result<EligibilityRules> &rules = m_flow.eligibilityRules();
    const auto &subject = m_flow.reviewSubject();
    retranslate();
    m_pass->setEnabled(bool(rules));
    m_refuse->setEnabled(bool(rules));
    if (!rules) {
        m_banner->showFailure(rules.failure());
        return;
    }
    if (subject && subject->previous && subject->previous->eligible())
        showFinding(*subject->previous); // revising: what was found, to change what was wrong
    if (subject && subject->previous && !subject->previous->eligible()) {
        std::optional<RuleItem> reason;
        if (const RuleItem *found = rules->refusal(subject->previous->refusal))
            reason = *found;
        m_banner->showMessage(
            [this, reason, code = subject->previous->refusal,
                when = subject->previous->reviewedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))] {
                return tr("Found not eligible here on %1: %2. Review again with what the candidate brought.")
                    .arg(when, reason ? reason->text(m_language.isChinese()) : code);
            },
            Banner::Kind::Warning);
    }
}

void ReviewScreen::showFinding(const EligibilityReview &review)
{
    const Result<EligibilityRules> &rules = m_flow.eligibilityRules();
    if (!rules)
        return;
    for (qsizetype index = 0; index < rules->categories().size(); ++index) {
        if (rules->categories().at(index).code == review.category)
            if (QAbstractButton *button = m_categories->button(int(index)))
                button->setChecked(true);
    }
    showDocuments();
    m_documents->tick(review.documentsSeen);
    m_declarations->tick(review.declarations);
}

EligibilityReview ReviewScreen::finding() const
{
    EligibilityReview review;
    const Result<EligibilityRules> &rules = m_flow.eligibilityRules();
    const int chosen = m_categories->checkedId();
    if (rules && chosen >= 0 && chosen < rules->categories().size())
        review.category = rules->categories().at(chosen).code;
    review.documentsSeen = m_documents->ticked();
    review.declarations = m_declarations->ticked();
    return review;
}

void ReviewScreen::submit(const EligibilityReview &review)
{
    if (const Status done = m_flow.submitReview(review); !done)
        m_banner->showFailure(done.failure());
}

} // namespace RegPoint::App
