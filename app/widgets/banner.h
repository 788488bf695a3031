#pragma once

#include <QLabel>

namespace RegPoint::App {

// A full-width message at the top of a screen: what went wrong and what to do next.
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
    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clear();
};

} // namespace RegPoint::App
