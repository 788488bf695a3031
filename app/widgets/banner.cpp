#include "banner.h"

#include "screenparts.h"

#include <QEvent>

namespace RegPoint::App {

Banner::Banner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("banner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void Banner::showMessage(Telling tell, Kind kind)
{
    static const char *const kinds[] = { "error", "warning", "success" };
    m_tell = std::move(tell);
    setProperty("kind", QString::fromLatin1(kinds[int(kind)]));
    setText(m_tell());
    repolish(this);
    show();
}

void Banner::showFailure(const Failure &failure, Kind kind)
{
    showMessage([failure] { return failure.retold(); }, kind);
}

void Banner::clear()
{
    m_tell = {};
    QLabel::clear();
    hide();
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tell)
        setText(m_tell());
    QLabel::changeEvent(event);
}

} // namespace RegPoint::App
