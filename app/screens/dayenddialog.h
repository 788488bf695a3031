#pragma once

#include "operators/operator.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace RegPoint::Kiosk {
class DayEndReview;
}

namespace RegPoint::App {

class Banner;

// The supervisor's day-end review at the kiosk: their password again (whoever sat down at the
// desk since the login), then the day's sealed records, masked, each approved or rejected with a
// reason, or all approved at once. The decisions go to the province with the next sync.
class DayEndDialog : public QDialog
{
    Q_OBJECT

public:
    DayEndDialog(Kiosk::DayEndReview &review, Kiosk::Operator supervisor, QWidget *parent = nullptr);

private:
    void signIn();
    void reload();
    void decide(const QUuid &id, bool approve);
    void approveAll();
    void retranslate();
    void changeEvent(QEvent *event) override;

    Kiosk::DayEndReview &m_review;
    Kiosk::Operator m_supervisor;
    std::optional<Kiosk::Operator> m_signedIn; // after the password was checked again
    QLabel *m_title;
    QLabel *m_hint;
    QLineEdit *m_password;
    QPushButton *m_confirm;
    Banner *m_banner;
    QTableWidget *m_table;
    QPushButton *m_approveAll;
    QPushButton *m_close;
};

} // namespace RegPoint::App
