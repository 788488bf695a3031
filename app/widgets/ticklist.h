#pragma once

#include "records/eligibilityrules.h"

#include <QListWidget>

namespace RegPoint::App {

// Rule items to tick off one by one (documents seen, declarations made): a tap anywhere on a row
// ticks or unticks it, long texts wrap. Ticks are kept by item id across a change of language.
class TickList : public QListWidget
{
    Q_OBJECT

public:
    explicit TickList(QWidget *parent = nullptr);

    void setItems(const QList<Kiosk::RuleItem> &items, bool chinese);
    QStringList ticked() const;
    void untickAll();

Q_SIGNALS:
    void tickedChanged();
};

} // namespace RegPoint::App
