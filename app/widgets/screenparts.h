#pragma once

class QIcon;
class QImage;
class QLabel;
class QLayout;
class QWidget;

namespace RegPoint::App {

// Deletes a layout's items and their widgets, for a screen that rebuilds its rows on refresh.
void clearLayout(QLayout *layout);
// Shows `image` scaled into `label`'s fixed size, keeping its proportions.
void showScaledImage(QLabel *label, const QImage &image);
// How much larger than on a 1366×768 desk a screen's photos and camera view may be drawn:
// 1 there, up to 1.5 on a full-HD screen, from the height the screen has.
double photoScale(const QWidget &screen);
// An icon of the desktop's theme (Breeze on the kiosk) by its freedesktop name, or the bundled
// one of the same name (resources/icons/) where the theme lacks it.
QIcon themedIcon(const QString &name);
// Re-evaluates a widget's style sheet after a dynamic property changed.
void repolish(QWidget *widget);

} // namespace RegPoint::App
