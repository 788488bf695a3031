#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace RegPoint::App {

// Looks over a window as a clerk's eye and finger would: every visible widget must lie inside
// the window, have at least the height it needs to show itself whole (a word-wrapped message its
// wrapped height, an input box its border) and not cover a sibling; every button, radio button
// and check box must be 44 px high at least. Each finding is one readable line.
class LayoutAudit
{
public:
    static QStringList findings(const QWidget &window);

    // A deliberate overlay (the lock screen, a question over the screen) covers its siblings
    // by design; it and its contents are still looked over.
    static void markOverlay(QWidget &widget);
};

} // namespace RegPoint::App
