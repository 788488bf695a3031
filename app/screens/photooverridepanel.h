#pragma once

#include "widgets/translatablewidget.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace RegPoint::App {

// The supervisor, at the desk, accepts a photo that keeps failing: name, password and why.
class PhotoOverridePanel : public TranslatableWidget
{
    Q_OBJECT

public:
    explicit PhotoOverridePanel(QWidget *parent = nullptr);
    void reset(); // empties every field: a password never stays on screen
    void showProblem(const QString &text);

Q_SIGNALS:
    void approveRequested(const QString &supervisor, const QString &password, const QString &reason);
    void cancelled();

private:
    void retranslate() override;

    QLabel *m_title;
    QLineEdit *m_supervisor;
    QLineEdit *m_password;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_approve;
    QPushButton *m_cancel;
};

} // namespace RegPoint::App
