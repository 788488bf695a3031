#pragma once

#include <QLabel>
#include <QWidget>

namespace RegPoint::App {

// A form row: caption, editor, and a line under it for a problem (red) or a hint (grey/amber).
class FieldRow : public QWidget
{
    Q_OBJECT

public:
    FieldRow(QWidget *editor, QWidget *parent = nullptr);

    QWidget *editor() const { return m_editor; }
    void setCaption(const QString &caption) { m_caption->setText(caption); }
    void setProblem(const QString &message); // empty clears it
    void setHint(const QString &message, bool isWarning = false);
    void clearMessage() { setProblem({}); }
    QString message() const { return m_message->text(); }
    bool hasProblem() const { return m_hasProblem; }

private:
    void setState(const char *state);

    QLabel *m_caption;
    QWidget *m_editor;
    QLabel *m_message;
    bool m_hasProblem = false;
};

} // namespace RegPoint::App
