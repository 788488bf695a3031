#pragma once

#include "widgets/translatablewidget.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace RegPoint::Kiosk {
class SessionLock;
}

namespace RegPoint::App {

class Banner;
class FieldRow;

// Covers the whole window while the desk is locked. What was on screen stays underneath; the
// operator who was working (or a supervisor) unlocks with a password.
class LockScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit LockScreen(Kiosk::SessionLock &lock, QWidget *parent);
    void showLocked(); // fills the parent, prefilled with the session's operator

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate() override;
    void submit();
    void placeCard();

    Kiosk::SessionLock &m_lock;
    QWidget *m_card = nullptr;
    QLabel *m_title;
    QLabel *m_explanation;
    Banner *m_banner;
    QLineEdit *m_username;
    QLineEdit *m_password;
    FieldRow *m_usernameRow;
    FieldRow *m_passwordRow;
    QPushButton *m_unlock;
};

} // namespace RegPoint::App
