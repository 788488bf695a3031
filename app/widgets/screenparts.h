#pragma once

class QImage;
class QLabel;
class QLayout;

namespace RegPoint::App {

// Deletes a layout's items and their widgets, for a screen that rebuilds its rows on refresh.
void clearLayout(QLayout *layout);
// Shows `image` scaled into `label`'s fixed size, keeping its proportions.
void showScaledImage(QLabel *label, const QImage &image);

} // namespace RegPoint::App
