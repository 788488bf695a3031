#pragma once

#include <QEvent>
#include <QWidget>

namespace RegPoint::App {

// A widget that sets its texts in retranslate() and redoes it when the language changes.
// Subclasses call it once at the end of their constructor, qualified (`HomeScreen::retranslate()`):
// a constructor cannot dispatch virtually, and the qualified call says so.
class TranslatableWidget : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

protected:
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }
};

} // namespace RegPoint::App
