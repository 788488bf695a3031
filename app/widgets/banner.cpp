#include "banner.h"

#include "screenparts.h"

namespace RegPoint::App {

Banner::Banner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("banner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void Banner::showMessage(const QString &text, Kind kind)
{
    static const char *const kinds[] = { "error", "warning", "success" };
    setProperty("kind", QString::fromLatin1(kinds[int(kind)]));
    setText(text);
    repolish(this);
    show();
}

void Banner::clear()
{
    QLabel::clear();
    hide();
}

} // namespace RegPoint::App
