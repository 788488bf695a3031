#include "lockscreen.h"

#include "layoutaudit.h"
#include "operators/sessionlock.h"
#include "widgets/actionicon.h"
#include "widgets/banner.h"
#include "widgets/fieldrow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace RegPoint::App {

LockScreen::LockScreen(Kiosk::SessionLock &lock, QWidget *parent)
    : TranslatableWidget(parent)
    , m_lock(lock)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_banner(new Banner(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_usernameRow(new FieldRow(m_username, this))
    , m_passwordRow(new FieldRow(m_password, this))
    , m_unlock(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    LayoutAudit::markOverlay(*this);
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_explanation->setObjectName(QStringLiteral("subtitle"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_username->setObjectName(QStringLiteral("lockUsername"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    setActionIcon(m_unlock, QStringLiteral("system-lock-screen"));
    m_unlock->setProperty("primary", true);

    m_card = new QWidget(this);
    auto *form = m_card;
    form->setObjectName(QStringLiteral("lockCard"));
    form->setAttribute(Qt::WA_StyledBackground);
    form->setFixedWidth(560);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setSpacing(16);
    formLayout->addWidget(m_title);
    formLayout->addWidget(m_explanation);
    formLayout->addSpacing(8);
    formLayout->addWidget(m_banner);
    formLayout->addWidget(m_usernameRow);
    formLayout->addWidget(m_passwordRow);
    formLayout->addWidget(m_unlock);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    hide();
    LockScreen::retranslate();
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Desk locked"));
    const QString who = m_lock.sessionOperator() ? m_lock.sessionOperator()->displayName : QString();
    m_explanation->setText(
        tr("Nothing was lost: the work in progress is kept underneath. %1 or a supervisor can unlock the desk.")
            .arg(who));
    m_usernameRow->setCaption(tr("User name"));
    m_passwordRow->setCaption(tr("Password"));
    m_unlock->setText(tr("Unlock"));
}

void LockScreen::showLocked()
{
    m_banner->clear();
    m_username->setText(m_lock.sessionOperator() ? m_lock.sessionOperator()->username : QString());
    m_password->clear();
    retranslate();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    placeCard();
    m_password->setFocus();
}

// The card sits centred a little above the middle at its natural size (placed by hand: the
// overlay is outside the window's layouts).
void LockScreen::placeCard()
{
    m_card->adjustSize();
    const QSize size = m_card->size();
    m_card->setGeometry(QRect(QPoint((width() - size.width()) / 2, std::max(0, (height() - size.height()) / 3)), size));
}

void LockScreen::resizeEvent(QResizeEvent *event)
{
    TranslatableWidget::resizeEvent(event);
    placeCard();
}

void LockScreen::submit()
{
    m_banner->clear();
    const Result<Kiosk::Operator> who = m_lock.unlock(m_username->text(), m_password->text());
    m_password->clear();
    if (!who) {
        m_banner->showFailure(who.failure());
        m_password->setFocus();
    }
}

} // namespace RegPoint::App
