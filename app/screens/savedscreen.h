#pragma once

#include "widgets/translatablewidget.h"
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace RegPoint::Kiosk {
class RegistrationFlow;
class SlipPrinter;
} // namespace RegPoint::Kiosk

namespace RegPoint::App {

// Confirms the save with what the candidate can check, then hands the desk to the next candidate.
class SavedScreen : public TranslatableWidget
{
    Q_OBJECT

public:
    SavedScreen(Kiosk::RegistrationFlow &flow, Kiosk::SlipPrinter &slips, QWidget *parent = nullptr);
    void refresh();

private:
    void retranslate() override;
    void updateCountdown();
    void showSlip();

    Kiosk::RegistrationFlow &m_flow;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_serial;
    Kiosk::SlipPrinter &m_slips;
    QLabel *m_slip;
    QPushButton *m_reprint;
    QLabel *m_nextSteps;
    QLabel *m_countdown;
    QPushButton *m_next;
    QTimer m_tick;
};

} // namespace RegPoint::App
