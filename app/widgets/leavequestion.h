#pragma once

#include "translatablewidget.h"

class QLabel;
class QPushButton;

namespace RegPoint::App {

// Asked when the clerk logs out with a candidate's registration open: keep working, lock the desk
// (the registration waits, as the idle lock keeps it), or log out and let it go. Nothing typed is
// lost by one tap.
class LeaveQuestion : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit LeaveQuestion(QWidget *parent = nullptr);

Q_SIGNALS:
    void lockChosen();
    void discardChosen();

private:
    void retranslate() override;

    QLabel *m_question;
    QPushButton *m_keep;
    QPushButton *m_lock;
    QPushButton *m_discard;
};

} // namespace RegPoint::App
