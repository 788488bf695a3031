#pragma once

#include "widgets/translatablewidget.h"
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace RegPoint::Kiosk {
class RegistrationFlow;
}

namespace RegPoint::App {

// Confirms the save with what the candidate can check, then hands the desk to the next candidate.
class SavedScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit SavedScreen(Kiosk::RegistrationFlow &flow, QWidget *parent = nullptr);
    void refresh();

private:
    void retranslate() override;
    void updateCountdown();

    Kiosk::RegistrationFlow &m_flow;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_serial;
    QLabel *m_nextSteps;
    QLabel *m_countdown;
    QPushButton *m_next;
    QTimer m_tick;
};

} // namespace RegPoint::App
