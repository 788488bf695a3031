#include "kiosklook.h"
#include "widgets/actionicon.h"
#include "widgets/screenparts.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QPushButton>
#include <QTest>

using namespace RegPoint::App;

namespace {

// The mean colour of the icon's drawn (opaque) pixels as the button shows it now.
QColor inkOf(const QPushButton &button)
{
    const QImage image = button.icon().pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
    long red = 0;
    long green = 0;
    long blue = 0;
    long drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            red += pixel.red();
            green += pixel.green();
            blue += pixel.blue();
            ++drawn;
        }
    }
    if (drawn == 0)
        return {};
    return { int(red / drawn), int(green / drawn), int(blue / drawn) };
}

bool isLight(const QColor &colour)
{
    return colour.isValid() && colour.lightness() > 220;
}

bool isDark(const QColor &colour)
{
    return colour.isValid() && colour.lightness() < 140;
}

} // namespace

// Icons must stay legible: dark on a plain button, white on a primary one and in the top bar,
// and they follow a button that changes role, as the photo screen's buttons do.
class tst_ActionIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { applyKioskLook(*qobject_cast<QApplication *>(QCoreApplication::instance())); }

    void aPlainButtonDrawsItsIconDark()
    {
        QWidget window;
        auto *button = new QPushButton(QStringLiteral("Take another"), &window);
        setActionIcon(button, QStringLiteral("camera-photo"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(isDark(inkOf(*button)), qPrintable(inkOf(*button).name()));
    }

    void aPrimaryButtonDrawsItsIconWhite()
    {
        QWidget window;
        auto *button = new QPushButton(QStringLiteral("Use this photo"), &window);
        button->setProperty("primary", true);
        setActionIcon(button, QStringLiteral("dialog-ok-apply"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(isLight(inkOf(*button)), qPrintable(inkOf(*button).name()));
    }

    void theTopBarDrawsItsIconsWhite()
    {
        QWidget window;
        window.setObjectName(QStringLiteral("topBar"));
        auto *logout = new QPushButton(QStringLiteral("Log out"), &window);
        new QHBoxLayout(&window);
        window.layout()->addWidget(logout);
        setActionIcon(logout, QStringLiteral("system-log-out"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(isLight(inkOf(*logout)), qPrintable(inkOf(*logout).name()));
    }

    void theIconFollowsAButtonThatBecomesPrimary()
    {
        QWidget window;
        auto *take = new QPushButton(QStringLiteral("Take photo"), &window);
        setActionIcon(take, QStringLiteral("camera-photo"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(isDark(inkOf(*take)));
        take->setProperty("primary", true);
        repolish(take);
        QVERIFY2(isLight(inkOf(*take)), qPrintable(inkOf(*take).name()));
        take->setProperty("primary", false);
        repolish(take);
        QVERIFY2(isDark(inkOf(*take)), qPrintable(inkOf(*take).name()));
    }

    // Where the theme is missing (a developer's machine without breeze-icon-theme), every icon
    // the desk names comes from the bundled set.
    void everyNamedIconHasABundledFallback()
    {
        const QString theme = QIcon::themeName();
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        const QStringList names { QStringLiteral("camera-photo"), QStringLiteral("configure"),
            QStringLiteral("dialog-cancel"), QStringLiteral("dialog-ok-apply"), QStringLiteral("document-new"),
            QStringLiteral("document-print"), QStringLiteral("edit-find"), QStringLiteral("go-next"),
            QStringLiteral("go-previous"), QStringLiteral("preferences-desktop-locale"),
            QStringLiteral("system-lock-screen"), QStringLiteral("system-log-out") };
        for (const QString &name : names)
            QVERIFY2(!themedIcon(name).pixmap(22, 22).isNull(), qPrintable(name));
        QIcon::setThemeName(theme);
    }
};

QTEST_MAIN(tst_ActionIcon)
#include "tst_actionicon.moc"
