#pragma once

#include "widgets/translatablewidget.h"
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace RegPoint::Kiosk {
class RegistrationFlow;
}

namespace RegPoint::App {

class Banner;
class FieldRow;

class LoginScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit LoginScreen(Kiosk::RegistrationFlow &flow, QWidget *parent = nullptr);
    // Called each time the screen comes up: nothing of the last operator survives a logout.
    void reset();

private:
    void retranslate() override;
    void submit();

    Kiosk::RegistrationFlow &m_flow;
    QLabel *m_title;
    QLabel *m_subtitle;
    Banner *m_banner;
    QLineEdit *m_username;
    QLineEdit *m_password;
    FieldRow *m_usernameRow;
    FieldRow *m_passwordRow;
    QPushButton *m_login;
};

} // namespace RegPoint::App
