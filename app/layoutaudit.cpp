#include "layoutaudit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QWidget>

namespace RegPoint::App {

namespace {

constexpr char kOverlay[] = "layoutOverlay";

// Anti-aliased borders and rounding may touch by a pixel; anything more is a real overlap.
constexpr int kSlack = 1;
constexpr int kTouchTarget = 44;

QString describe(const QWidget &widget)
{
    QString name = QString::fromLatin1(widget.metaObject()->className());
    if (!widget.objectName().isEmpty())
        name += u'#' + widget.objectName();
    if (const auto *label = qobject_cast<const QLabel *>(&widget); label && !label->text().isEmpty())
        name += u" \"" + label->text().left(40) + u'"';
    return name;
}

// The height the widget needs to show all of itself at its current width. A container's
// height for its width is what it would like, not what it needs; its parts are checked each.
int neededHeight(const QWidget &widget)
{
    if (widget.hasHeightForWidth() && !widget.layout())
        return widget.heightForWidth(widget.width());
    return widget.minimumSizeHint().height();
}

bool insideScrollArea(const QWidget &widget, const QWidget &window)
{
    for (const QWidget *up = widget.parentWidget(); up && up != &window; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(up))
            return true;
    }
    return false;
}

// Qt's own parts inside a line edit or combo box (a clear button, a popup) are Qt's to place.
bool isQtComposite(const QWidget &widget)
{
    return qobject_cast<const QLineEdit *>(&widget) || qobject_cast<const QComboBox *>(&widget)
        || qobject_cast<const QAbstractSpinBox *>(&widget);
}

class Walker
{
public:
    explicit Walker(const QWidget &window)
        : m_window(window)
    { }

    void visit(const QWidget &widget)
    {
        QList<const QWidget *> shown;
        for (const QObject *child : widget.children()) {
            const auto *w = qobject_cast<const QWidget *>(child);
            if (w && w->isVisible() && !w->isWindow())
                shown.append(w);
        }
        for (const QWidget *w : shown) {
            check(*w);
            if (!isQtComposite(*w))
                visit(*w);
        }
        // A stacked widget shows one page; its hidden pages are not siblings on screen.
        if (!qobject_cast<const QStackedWidget *>(&widget))
            checkOverlaps(shown);
    }

    QStringList findings;

private:
    void check(const QWidget &w)
    {
        // A finger's target: a button, radio button or check box under 44 px is missed at a busy desk.
        if (qobject_cast<const QAbstractButton *>(&w) && w.height() < kTouchTarget)
            findings.append(QStringLiteral("small target: %1 is %2 px high, a finger needs %3")
                                .arg(describe(w))
                                .arg(w.height())
                                .arg(kTouchTarget));
        // Content in a scroll area is reached by scrolling; the area itself is checked.
        if (insideScrollArea(w, m_window))
            return;
        const QRect onWindow(w.mapTo(&m_window, QPoint(0, 0)), w.size());
        if (!m_window.rect().adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(onWindow))
            findings.append(QStringLiteral("off-screen: %1 at %2,%3 %4x%5")
                                .arg(describe(w))
                                .arg(onWindow.x())
                                .arg(onWindow.y())
                                .arg(onWindow.width())
                                .arg(onWindow.height()));
        // A stacked widget asks for its tallest page, shown or not; the shown page is checked.
        if (qobject_cast<const QStackedWidget *>(&w))
            return;
        const int needed = neededHeight(w);
        if (needed > w.height() + kSlack)
            findings.append(
                QStringLiteral("clipped: %1 is %2 px high, needs %3").arg(describe(w)).arg(w.height()).arg(needed));
    }

    void checkOverlaps(const QList<const QWidget *> &siblings)
    {
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            for (qsizetype j = i + 1; j < siblings.size(); ++j) {
                if (siblings[i]->property(kOverlay).toBool() || siblings[j]->property(kOverlay).toBool())
                    continue;
                const QRect both = siblings[i]->geometry().intersected(siblings[j]->geometry());
                if (both.width() > kSlack && both.height() > kSlack && !insideScrollArea(*siblings[i], m_window))
                    findings.append(QStringLiteral("overlap: %1 and %2 share %3x%4 px")
                                        .arg(describe(*siblings[i]), describe(*siblings[j]))
                                        .arg(both.width())
                                        .arg(both.height()));
            }
        }
    }

    const QWidget &m_window;
};

} // namespace

void LayoutAudit::markOverlay(QWidget &widget)
{
    widget.setProperty(kOverlay, true);
}

QStringList LayoutAudit::findings(const QWidget &window)
{
    Walker walker(window);
    walker.visit(window);
    return walker.findings;
}

} // namespace RegPoint::App
