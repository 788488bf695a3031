#include "cardreviewscreen.h"

#include "flow/registrationflow.h"
#include "identity/nationtable.h"
#include "identity/placenames.h"
#include "languageswitcher.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/checklist.h"
#include "widgets/fieldgrid.h"
#include "widgets/photoframe.h"
#include "widgets/screenparts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace RegPoint::App {

using namespace RegPoint::Kiosk;
using Devices::CardType;

namespace {

QString dateText(const QDate &date, const QString &raw = {})
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : raw;
}

} // namespace

CardReviewScreen::CardReviewScreen(RegistrationFlow &flow, const NationTable &nations, const LanguageSwitcher &language,
    RecordDesk records, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_nations(nations)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_banner(new Banner(this))
    , m_photo(new PhotoFrame(2 * Kiosk::CardReading::photoSize(), this))
    , m_fields(new FieldGrid)
    , m_checksTitle(new QLabel(this))
    , m_checks(new CheckList(this))
    , m_save(new QPushButton(this))
    , m_continue(new QPushButton(this))
    , m_openExisting(new QPushButton(this))
    , m_records(std::move(records))
    , m_manual(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("cardReviewScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_photo->setObjectName(QStringLiteral("cardPhoto"));
    m_checksTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_save->setObjectName(QStringLiteral("saveCard"));
    setActionIcon(m_save, QStringLiteral("dialog-ok-apply"));
    m_save->setProperty("primary", true);
    m_continue->setObjectName(QStringLiteral("continueRegistered"));
    setActionIcon(m_continue, QStringLiteral("go-next"));
    m_continue->setProperty("primary", true);
    m_openExisting->setObjectName(QStringLiteral("openExistingRecord"));
    m_openExisting->setProperty("primary", true);
    m_manual->setObjectName(QStringLiteral("enterByHand"));
    m_cancel->setObjectName(QStringLiteral("discardCard"));
    setActionIcon(m_cancel, QStringLiteral("go-previous"));

    // Photo | what the chip says | the checks: one row, so the whole card fits a 768-pixel screen.
    auto *checkColumn = new QVBoxLayout;
    checkColumn->setSpacing(6);
    checkColumn->addWidget(m_checksTitle);
    checkColumn->addWidget(m_checks);
    checkColumn->addStretch();
    auto *top = new QHBoxLayout;
    top->setSpacing(32);
    top->addWidget(m_photo, 0, Qt::AlignTop);
    top->addLayout(m_fields, 3);
    top->addLayout(checkColumn, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_manual);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_openExisting);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &CardReviewScreen::save);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (const Status started = m_flow.continueRegistered(); !started)
            m_banner->showFailure(started.failure());
    });
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (const auto &reading = m_flow.cardUnderReview(); reading && reading->registered)
            openRecord(m_records, m_flow, reading->registered->id, this);
    });
    connect(m_manual, &QPushButton::clicked, &m_flow, &RegistrationFlow::startManualEntry);
    connect(m_cancel, &QPushButton::clicked, &m_flow, &RegistrationFlow::discardCard);
    CardReviewScreen::retranslate();
}

void CardReviewScreen::retranslate()
{
    m_title->setText(tr("ID card read: check it with the candidate"));
    m_checksTitle->setText(tr("Checks"));
    m_save->setText(tr("Save record"));
    m_continue->setText(tr("Continue this registration"));
    m_openExisting->setText(tr("Open the existing record"));
    m_manual->setText(tr("Enter by hand instead"));
    m_cancel->setText(tr("Discard"));
    refresh(); // the shown data holds translated texts too
}

void CardReviewScreen::clearFields()
{
    m_fields->clear();
    m_checks->clear();
    m_photo->setPlaceholder(QString());
}

void CardReviewScreen::refresh()
{
    clearFields();
    m_banner->clear();
    const auto &reading = m_flow.cardUnderReview();
    if (!reading)
        return;
    const Devices::IdCardData &card = reading->card;

    if (!reading->photo.isNull())
        m_photo->setImage(reading->photo);
    else
        m_photo->setPlaceholder(
            reading->photoDecoderInstalled ? tr("The photo could not be decoded.") : tr("Photo decoder not installed"));

    const bool chinese = m_language.isChinese();
    const QString validity = card.validForLife ? tr("%1 to no end date").arg(dateText(card.validFrom))
                                               : tr("%1 to %2").arg(dateText(card.validFrom), dateText(card.validTo));
    m_fields->add(tr("Name"), card.name);
    m_fields->add(tr("Name (Latin)"), card.nameEn);
    m_fields->add(tr("Gender"), genderName(genderFromCode(card.genderCode)));
    m_fields->add(tr("Ethnic group"), m_nations.displayName(card.nationCode, chinese));
    m_fields->add(tr("Date of birth"), dateText(card.birthDate, card.birthDateText));
    m_fields->add(tr("Address"), card.address);
    m_fields->add(tr("Newer address"), card.addedAddress);
    m_fields->add(card.type == CardType::Resident ? tr("ID number") : tr("Document number"), card.idNumber);
    m_fields->add(tr("Pass number"), card.passNumber);
    // Foreign cards carry codes where a resident card has names; the clerk reads names.
    const Kiosk::PlaceNames &places = Kiosk::PlaceNames::builtIn();
    m_fields->add(tr("Nationality"), places.country(card.nationality, chinese));
    if (card.type == CardType::Foreign2017 || card.type == CardType::Foreign2023)
        m_fields->add(tr("Accepted by"), places.acceptingAuthority(card.authority, chinese));
    else
        m_fields->add(tr("Issued by"), card.authority);
    m_fields->add(tr("Valid"), validity);

    QList<CheckLine> lines;
    for (const CardCheck &check : reading->checks)
        lines.append({ check.id, check.ok, check.severity == CheckSeverity::Error, check.message });
    m_checks->setLines(lines);
    m_save->setEnabled(reading->canSave);
    const std::optional<Kiosk::RecordView> &registered = reading->registered;
    // A record saved from this card that is not complete (or was refused) goes on from here.
    const bool unfinished = registered && registered->entryMethod == Kiosk::EntryMethod::Card
        && (Kiosk::isOpenAtDesk(registered->state) || registered->state == Kiosk::RecordState::Refused);
    m_save->setVisible(!registered);
    m_continue->setVisible(unfinished);
    m_openExisting->setVisible(registered && !unfinished);
    const QString when = registered ? registered->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    if (unfinished)
        m_banner->showMessage(
            [when, id = registered->shortId, state = registered->state] {
                return tr("This candidate was saved here on %1 (record %2) and is not complete: %3. Go on from there; "
                          "nothing is registered twice.")
                    .arg(when, id, Kiosk::stateDisplayName(state));
            },
            Banner::Kind::Warning);
    else if (registered)
        m_banner->showMessage(
            [when, id = registered->shortId, state = registered->state] {
                return tr("This candidate is registered here already: %1, record %2, %3. Do not register again; if "
                          "something is wrong, ask the supervisor.")
                    .arg(when, id, Kiosk::stateDisplayName(state));
            },
            Banner::Kind::Warning);
    else if (!reading->canSave)
        m_banner->showMessage([] {
            return tr(
                "This card failed a check that blocks saving. Enter the document by hand and ask the supervisor.");
        });
}

void CardReviewScreen::resizeEvent(QResizeEvent *event)
{
    m_photo->setScale(photoScale(*this)); // the card's photo, larger on a larger screen
    TranslatableWidget::resizeEvent(event);
}

void CardReviewScreen::save()
{
    auto saved = m_flow.confirmCard();
    if (!saved)
        m_banner->showFailure(saved.failure());
}

} // namespace RegPoint::App
