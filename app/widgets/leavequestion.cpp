#include "leavequestion.h"

#include "layoutaudit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace RegPoint::App {

LeaveQuestion::LeaveQuestion(QWidget *parent)
    : TranslatableWidget(parent)
    , m_question(new QLabel(this))
    , m_keep(new QPushButton(this))
    , m_lock(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    LayoutAudit::markOverlay(*this);
    setObjectName(QStringLiteral("leaveQuestion"));
    setAttribute(Qt::WA_StyledBackground); // the style sheet paints it as a warning
    m_question->setObjectName(QStringLiteral("leaveQuestionText"));
    m_question->setWordWrap(true);
    m_keep->setObjectName(QStringLiteral("keepWorking"));
    m_keep->setProperty("primary", true);
    m_lock->setObjectName(QStringLiteral("lockInstead"));
    m_discard->setObjectName(QStringLiteral("logoutDiscard"));
    m_discard->setProperty("danger", true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 12, 32, 12);
    layout->setSpacing(12);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_keep);
    layout->addWidget(m_lock);
    layout->addWidget(m_discard);

    connect(m_keep, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_lock, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT lockChosen();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT discardChosen();
    });
    hide();
    LeaveQuestion::retranslate();
}

void LeaveQuestion::retranslate()
{
    m_question->setText(tr("A candidate's registration is open. Log out now and what is on this screen is lost "
                           "(anything already saved stays); lock the desk instead and it waits for you."));
    m_keep->setText(tr("Keep working"));
    m_lock->setText(tr("Lock, keep it"));
    m_discard->setText(tr("Log out, discard it"));
}

} // namespace RegPoint::App
