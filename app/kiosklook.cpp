#include "kiosklook.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontInfo>
#include <QIcon>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLook, "regpoint.app.look")

namespace RegPoint::App {

QString applyKioskLook(QApplication &app)
{
    // Ask for the simplified-Chinese face by name: left to itself Qt picks the Japanese one.
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    app.setFont(font);
    // Under cage there is no desktop to name an icon theme: Breeze (breeze-icon-theme) is the kiosk's.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(QStringLiteral("breeze"));
    QFile style(QStringLiteral(":/style/kiosk.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
    QString resolved = QFontInfo(font).family();
    if (!resolved.contains(QStringLiteral("CJK")))
        qCWarning(lcLook) << "Noto Sans CJK SC is not installed; Chinese may not render (install fonts-noto-cjk). Using"
                          << resolved;
    return resolved;
}

} // namespace RegPoint::App
