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

// First run: no operator exists yet, so the first supervisor account is created here.
class SetupScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit SetupScreen(Kiosk::RegistrationFlow &flow, QWidget *parent = nullptr);

private:
    void retranslate() override;
    void submit();

    Kiosk::RegistrationFlow &m_flow;
    QLabel *m_title;
    QLabel *m_intro;
    Banner *m_banner;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    FieldRow *m_usernameRow;
    FieldRow *m_displayNameRow;
    FieldRow *m_passwordRow;
    FieldRow *m_repeatRow;
    QPushButton *m_create;
};

} // namespace RegPoint::App
