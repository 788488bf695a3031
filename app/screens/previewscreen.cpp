#include "previewscreen.h"

#include "flow/registrationflow.h"
#include "identity/idnumber.h"
#include "identity/nationtable.h"
#include "languageswitcher.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
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

namespace {

// Both photos at the size of the spec's 480x640, halved: the candidate compares them side by side.
constexpr QSize kPhotoSize { 240, 320 };

} // namespace

PreviewScreen::PreviewScreen(
    RegistrationFlow &flow, const NationTable &nations, const LanguageSwitcher &language, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_nations(nations)
    , m_language(language)
    , m_title(new QLabel(this))
    , m_banner(new Banner(this))
    , m_cardPhoto(new PhotoFrame(kPhotoSize, this))
    , m_cardPhotoCaption(new QLabel(this))
    , m_newPhoto(new PhotoFrame(kPhotoSize, this))
    , m_newPhotoCaption(new QLabel(this))
    , m_fields(new FieldGrid)
    , m_next(new QLabel(this))
    , m_retake(new QPushButton(this))
    , m_revise(new QPushButton(this))
    , m_correct(new QPushButton(this))
    , m_confirm(new QPushButton(this))
{
    setObjectName(QStringLiteral("previewScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_cardPhoto->setObjectName(QStringLiteral("previewCardPhoto"));
    m_newPhoto->setObjectName(QStringLiteral("previewNewPhoto"));
    for (QLabel *caption : { m_cardPhotoCaption, m_newPhotoCaption }) {
        caption->setObjectName(QStringLiteral("fieldCaption"));
        caption->setAlignment(Qt::AlignHCenter);
    }
    m_next->setObjectName(QStringLiteral("previewNext"));
    m_next->setWordWrap(true);
    m_retake->setObjectName(QStringLiteral("retakePhoto"));
    setActionIcon(m_retake, QStringLiteral("camera-photo"));
    m_revise->setObjectName(QStringLiteral("reviseReview"));
    m_correct->setObjectName(QStringLiteral("correctIdentity"));
    m_confirm->setObjectName(QStringLiteral("confirmPreview"));
    setActionIcon(m_confirm, QStringLiteral("dialog-ok-apply"));
    m_confirm->setProperty("primary", true);

    auto *cardColumn = new QVBoxLayout;
    cardColumn->addWidget(m_cardPhoto);
    cardColumn->addWidget(m_cardPhotoCaption);
    auto *newColumn = new QVBoxLayout;
    newColumn->addWidget(m_newPhoto);
    newColumn->addWidget(m_newPhotoCaption);
    auto *top = new QHBoxLayout;
    top->setSpacing(24);
    top->addLayout(cardColumn);
    top->addLayout(newColumn);
    top->addLayout(m_fields, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retake);
    buttons->addWidget(m_revise);
    buttons->addWidget(m_correct);
    buttons->addStretch();
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_next);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &PreviewScreen::confirm);
    connect(m_retake, &QPushButton::clicked, &m_flow, &RegistrationFlow::retakePhoto);
    connect(m_revise, &QPushButton::clicked, this, [this] {
        if (const Status revised = m_flow.reviseReview(); !revised)
            m_banner->showFailure(revised.failure());
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const Status opened = m_flow.correctIdentity(); !opened)
            m_banner->showFailure(opened.failure());
    });
    PreviewScreen::retranslate();
}

void PreviewScreen::resizeEvent(QResizeEvent *event)
{
    m_cardPhoto->setScale(photoScale(*this));
    m_newPhoto->setScale(photoScale(*this));
    TranslatableWidget::resizeEvent(event);
}

void PreviewScreen::retranslate()
{
    m_title->setText(tr("The candidate checks everything before it is saved"));
    m_cardPhotoCaption->setText(tr("Photo on the ID card"));
    m_newPhotoCaption->setText(tr("Photo taken now"));
    m_next->setText(tr("Next: once saved, the record is sealed for the province and the slip with the registration "
                       "number prints. The candidate completes the rest online with that number."));
    m_retake->setText(tr("Take the photo again"));
    m_revise->setText(tr("Change the review"));
    m_correct->setText(tr("Correct the typed details"));
    m_confirm->setText(tr("All correct: save"));
    refresh();
}

void PreviewScreen::refresh()
{
    m_fields->clear();
    m_banner->clear();
    m_cardPhoto->setPlaceholder(QString());
    m_newPhoto->setPlaceholder(QString());
    const auto &subject = m_flow.photoSubject();
    const auto &pending = m_flow.pendingPhoto();
    if (!subject || !pending)
        return;
    const bool chinese = m_language.isChinese();
    m_correct->setVisible(subject->record.entryMethod == EntryMethod::Manual);
    const CandidateIdentity &identity = subject->record.identity;
    if (!subject->cardPhoto.isNull())
        m_cardPhoto->setImage(subject->cardPhoto);
    else
        m_cardPhoto->setPlaceholder(subject->record.entryMethod == EntryMethod::Card
                ? tr("The card's photo is not shown here (no decoder, or read earlier).")
                : tr("Typed document: no card photo."));
    m_newPhoto->setImage(QImage::fromData(pending->jpeg, "JPEG"));

    const QString none = QStringLiteral("—");
    m_fields->add(tr("Name"), identity.name, none);
    m_fields->add(tr("Gender"), genderName(identity.gender), none);
    m_fields->add(tr("Ethnic group"), m_nations.displayName(identity.nationCode, chinese), none);
    m_fields->add(tr("Date of birth"), identity.birthDate.toString(QStringLiteral("yyyy-MM-dd")), none);
    m_fields->add(tr("Document"), documentTypeName(identity.documentType), none);
    m_fields->add(
        carriesIdNumber(identity.documentType) ? tr("ID number") : tr("Document number"), identity.idNumber, none);
    m_fields->add(tr("Address"), identity.address, none);
    m_fields->add(tr("Entered"),
        subject->record.entryMethod == EntryMethod::Card ? tr("read from the ID card") : tr("typed by hand, approved"),
        none);
    QString category;
    if (const auto &review = m_flow.previewReview()) {
        const Result<EligibilityRules> &rules = m_flow.eligibilityRules();
        const CandidateCategory *known = rules ? rules->category(review->category) : nullptr;
        category = known ? known->text(chinese) : review->category;
    }
    m_fields->add(tr("Category"), category, none);
    if (pending->override)
        m_banner->showMessage(
            [reason = pending->override->reason] {
                return tr("The photo fails a check and was accepted by a supervisor: %1").arg(reason);
            },
            Banner::Kind::Warning);
}

void PreviewScreen::confirm()
{
    if (const Status saved = m_flow.confirmPreview(); !saved)
        m_banner->showFailure(saved.failure());
}

} // namespace RegPoint::App
