#include "loginscreen.h"

#include "flow/registrationflow.h"
#include "widgets/banner.h"
#include "widgets/fieldrow.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RegPoint::App {

LoginScreen::LoginScreen(Kiosk::RegistrationFlow &flow, QWidget *parent)
    : TranslatableWidget(parent)
    , m_flow(flow)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_banner(new Banner(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_usernameRow(new FieldRow(m_username, this))
    , m_passwordRow(new FieldRow(m_password, this))
    , m_login(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginScreen"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setProperty("primary", true);

    auto *form = new QWidget(this);
    form->setFixedWidth(520);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setSpacing(16);
    formLayout->addWidget(m_title);
    formLayout->addWidget(m_subtitle);
    formLayout->addSpacing(16);
    formLayout->addWidget(m_banner);
    formLayout->addWidget(m_usernameRow);
    formLayout->addWidget(m_passwordRow);
    formLayout->addSpacing(8);
    formLayout->addWidget(m_login);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(form, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_login, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    LoginScreen::retranslate();
}

void LoginScreen::retranslate()
{
    m_title->setText(tr("RegPoint registration workstation"));
    m_subtitle->setText(tr("Hunan gaokao registration point"));
    m_usernameRow->setCaption(tr("User name"));
    m_passwordRow->setCaption(tr("Password"));
    m_login->setText(tr("Log in"));
}

void LoginScreen::reset()
{
    m_username->clear();
    m_password->clear();
    m_banner->clear();
    m_username->setFocus();
}

void LoginScreen::submit()
{
    m_banner->clear();
    auto op = m_flow.login(m_username->text(), m_password->text());
    m_password->clear();
    if (!op) {
        m_banner->showFailure(op.failure());
        m_password->setFocus();
    }
}

} // namespace RegPoint::App
