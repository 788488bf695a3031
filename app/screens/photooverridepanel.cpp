#include "photooverridepanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace RegPoint::App {

PhotoOverridePanel::PhotoOverridePanel(QWidget *parent)
    : TranslatableWidget(parent)
    , m_title(new QLabel(this))
    , m_supervisor(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("overridePanel"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    m_supervisor->setObjectName(QStringLiteral("overrideSupervisor"));
    m_password->setObjectName(QStringLiteral("overridePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setMaxLength(200);
    m_problem->setObjectName(QStringLiteral("fieldMessage"));
    m_problem->setProperty("state", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    m_approve->setObjectName(QStringLiteral("approveOverride"));
    m_approve->setProperty("primary", true);
    m_cancel->setObjectName(QStringLiteral("cancelOverride"));

    auto *fields = new QHBoxLayout;
    fields->addWidget(m_supervisor, 2);
    fields->addWidget(m_password, 2);
    fields->addWidget(m_reason, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(fields);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this,
        [this] { Q_EMIT approveRequested(m_supervisor->text().trimmed(), m_password->text(), m_reason->text()); });
    connect(m_password, &QLineEdit::returnPressed, m_approve, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        reset();
        Q_EMIT cancelled();
    });
    PhotoOverridePanel::retranslate();
}

void PhotoOverridePanel::retranslate()
{
    m_title->setText(tr("Supervisor: accept this photo although it fails a check. Sign in and write why."));
    m_supervisor->setPlaceholderText(tr("Supervisor username"));
    m_password->setPlaceholderText(tr("Password"));
    m_reason->setPlaceholderText(tr("Reason (for example: a medical condition keeps one eye closed)"));
    m_approve->setText(tr("Accept photo"));
    m_cancel->setText(tr("Cancel"));
}

void PhotoOverridePanel::reset()
{
    m_supervisor->clear();
    m_password->clear();
    m_reason->clear();
    m_problem->clear();
}

void PhotoOverridePanel::showProblem(const QString &text)
{
    m_password->clear();
    m_problem->setText(text);
}

} // namespace RegPoint::App
