#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QVBoxLayout;

namespace RegPoint::App {

// One line of a verdict: a card cross-check or a photo check.
struct CheckLine
{
    QString id;
    bool ok = false;
    bool blocking = false; // an error, not a warning
    QString message;
};

// The checks of a card or a photo as the clerk reads them: problems first, each with what to do;
// passes after them, or folded into one line when `foldPasses` (a photo has nineteen).
class CheckList : public QWidget
{
    Q_OBJECT

public:
    explicit CheckList(QWidget *parent = nullptr);
    void setLines(const QList<CheckLine> &lines, bool foldPasses = false);
    void clear();

private:
    void addLine(const QString &text, const QString &state, const QString &id);

    QVBoxLayout *m_layout;
};

} // namespace RegPoint::App
