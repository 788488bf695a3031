#include "fieldrow.h"

#include "screenparts.h"

#include <QVBoxLayout>

namespace RegPoint::App {

FieldRow::FieldRow(QWidget *editor, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_editor(editor)
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_caption->setObjectName(QStringLiteral("fieldCaption"));
    m_caption->setBuddy(editor);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_caption);
    layout->addWidget(editor);
    layout->addWidget(m_message);
    layout->addStretch(); // a row taller than it needs (its neighbour has a message) keeps to the top
}

void FieldRow::setState(const char *state)
{
    m_message->setProperty("state", QString::fromLatin1(state));
    m_editor->setProperty("state", QString::fromLatin1(state));
    repolish(m_message);
    repolish(m_editor);
}

void FieldRow::setProblem(const QString &message)
{
    m_hasProblem = !message.isEmpty();
    m_message->setText(message);
    m_message->setVisible(m_hasProblem);
    setState(m_hasProblem ? "error" : "");
}

void FieldRow::setHint(const QString &message, bool isWarning)
{
    m_hasProblem = false;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    setState(isWarning ? "warning" : (message.isEmpty() ? "" : "ok"));
}

} // namespace RegPoint::App
