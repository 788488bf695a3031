#include "actionicon.h"

#include "screenparts.h"

#include <QAbstractButton>
#include <QEvent>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace RegPoint::App {

void setActionIcon(QAbstractButton *button, const QString &name)
{
    // A second call (a button that names another icon) replaces the first tint.
    delete button->findChild<ActionIconTint *>(QString(), Qt::FindDirectChildrenOnly);
    auto *tint = new ActionIconTint(button, name);
    tint->retint();
}

ActionIconTint::ActionIconTint(QAbstractButton *button, QString name)
    : QObject(button)
    , m_button(button)
    , m_name(std::move(name))
{
    button->installEventFilter(this);
}

void ActionIconTint::retint()
{
    const QColor colour = m_button->palette().color(QPalette::ButtonText);
    if (colour == m_colour && !m_button->icon().isNull())
        return;
    m_colour = colour;
    const QIcon source = themedIcon(m_name);
    QIcon tinted;
    // The sizes the kiosk draws (22 px by its style sheet) and the ones a larger font may ask for.
    for (const int side : { 16, 22, 32, 44 }) {
        QPixmap pixmap = source.pixmap(side, side);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    m_button->setIcon(tinted);
}

bool ActionIconTint::eventFilter(QObject *watched, QEvent *event)
{
    // The style sheet sets a button's text colour through its palette when it polishes it.
    if (watched == m_button && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        retint();
    return QObject::eventFilter(watched, event);
}

} // namespace RegPoint::App
