#include "setupscreen.h"

#include "flow/registrationflow.h"
#include "operators/operatorservice.h"
#include "widgets/banner.h"
#include "widgets/fieldrow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RegPoint::App {

SetupScreen::SetupScreen(Kiosk::RegistrationFlow &flow, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_banner(new Banner(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_usernameRow(new FieldRow(m_username, this))
    , m_displayNameRow(new FieldRow(m_displayName, this))
    , m_passwordRow(new FieldRow(m_password, this))
    , m_repeatRow(new FieldRow(m_repeat, this))
    , m_create(new QPushButton(this))
{
    setObjectName(QStringLiteral("setupScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_intro->setWordWrap(true);
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_create->setObjectName(QStringLiteral("createSupervisor"));
    m_create->setProperty("primary", true);

    auto *form = new QWidget(this);
    form->setMaximumWidth(640);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setSpacing(16);
    formLayout->addWidget(m_title);
    formLayout->addWidget(m_intro);
    formLayout->addWidget(m_banner);
    formLayout->addWidget(m_usernameRow);
    formLayout->addWidget(m_displayNameRow);
    formLayout->addWidget(m_passwordRow);
    formLayout->addWidget(m_repeatRow);
    formLayout->addSpacing(8);
    formLayout->addWidget(m_create);

    // Centred by stretches, not by alignment: an aligned widget gets only its size hint, which
    // for the styled input boxes is shorter than what they need.
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(form);
    centre->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &SetupScreen::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &SetupScreen::submit);
    SetupScreen::retranslate();
}

void SetupScreen::retranslate()
{
    m_title->setText(tr("First start: create the supervisor account"));
    m_intro->setText(
        tr("This workstation has no operators yet. The supervisor opens and closes the day, approves exceptions "
           "and creates the clerks' accounts."));
    m_usernameRow->setCaption(tr("User name (for logging in)"));
    m_displayNameRow->setCaption(tr("Full name (printed on sheets)"));
    m_passwordRow->setCaption(tr("Password (%1 to %2 characters; mix letters, digits or symbols)")
                                  .arg(Kiosk::OperatorService::kMinPasswordLength)
                                  .arg(Kiosk::OperatorService::kMaxPasswordLength));
    m_repeatRow->setCaption(tr("Password again"));
    m_username->setPlaceholderText(tr("e.g. wang.li"));
    m_create->setText(tr("Create supervisor"));
}

void SetupScreen::submit()
{
    for (FieldRow *row : { m_usernameRow, m_displayNameRow, m_passwordRow, m_repeatRow })
        row->clearMessage();
    m_banner->clear();
    auto created = m_flow.createFirstSupervisor(
        { m_username->text(), m_displayName->text(), Kiosk::Role::Supervisor, m_password->text(), m_repeat->text() });
    if (created) {
        m_password->clear();
        m_repeat->clear();
        return;
    }
    const QString code = created.failure().code;
    if (code == u"operator.bad-username" || code == u"operator.exists")
        m_usernameRow->setProblem(created.failure().message);
    else if (code == u"operator.bad-name")
        m_displayNameRow->setProblem(created.failure().message);
    else if (code == u"operator.bad-password")
        m_passwordRow->setProblem(created.failure().message);
    else
        m_banner->showFailure(created.failure());
}

} // namespace RegPoint::App
