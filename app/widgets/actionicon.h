#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QAbstractButton;

namespace RegPoint::App {

// Puts a monochrome theme icon on a button, drawn in the button's own text colour: dark on a
// plain button, white on a primary one or in the top bar, and again when a button changes role
// (the photo screen swaps which button is primary). The icon comes from the theme by its
// freedesktop name, or from resources/icons/ where the theme lacks it (themedIcon).
void setActionIcon(QAbstractButton *button, const QString &name);

// Keeps one button's icon in its text colour; owned by the button.
class ActionIconTint : public QObject
{
    Q_OBJECT

public:
    ActionIconTint(QAbstractButton *button, QString name);
    void retint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractButton *m_button;
    QString m_name;
    QColor m_colour;
};

} // namespace RegPoint::App
