#pragma once

#include "records/eligibilityrules.h"

#include <QListWidget>

namespace RegPoint::App {

// Rule items to tick off one by one (documents seen, declarations made): a tap anywhere on a row
// ticks or unticks it (a double tap counts once), long texts wrap. Ticks are kept by item id across a change of
// language.
class TickList : public QListWidget
{
    Q_OBJECT

public:
    explicit TickList(QWidget *parent = nullptr);

    void setItems(const QList<Kiosk::RuleItem> &items, bool chinese);
    QStringList ticked() const;
    void untickAll();
    void tick(const QStringList &ids);

Q_SIGNALS:
    void tickedChanged();

private:
    bool m_secondTapOfDouble = false;
};

} // namespace RegPoint::App
