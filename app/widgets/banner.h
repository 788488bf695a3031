#pragma once

#include "result.h"

#include <QLabel>

namespace RegPoint::App {

// A full-width message at the top of a screen: what went wrong and what to do next. It keeps the
// telling of its message, not just the words, so a language switch says the message again.
class Banner : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Success
    };
    explicit Banner(QWidget *parent = nullptr);
    void showMessage(Telling tell, Kind kind = Kind::Error);
    void showFailure(const Failure &failure, Kind kind = Kind::Error);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    Telling m_tell;
};

} // namespace RegPoint::App
