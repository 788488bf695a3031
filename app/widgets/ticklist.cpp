#include "ticklist.h"

#include <utility>

namespace RegPoint::App {

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

TickList::TickList(QWidget *parent)
    : QListWidget(parent)
{
    setProperty("ticks", true); // kiosk.qss: rows and boxes sized for a finger
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust); // rows re-wrap when the list is resized
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The row toggles, not only its box: a finger on a touch screen lands on the text.
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (std::exchange(m_secondTapOfDouble, false))
            return;
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        Q_EMIT tickedChanged();
    });
    // A double tap's second release is reported as a click too: it would undo the first.
    connect(this, &QListWidget::itemDoubleClicked, this, [this] { m_secondTapOfDouble = true; });
}

void TickList::setItems(const QList<Kiosk::RuleItem> &items, bool chinese)
{
    const QStringList kept = ticked();
    clear();
    for (const Kiosk::RuleItem &rule : items) {
        auto *item = new QListWidgetItem(rule.text(chinese), this);
        item->setData(kIdRole, rule.id);
        item->setFlags(Qt::ItemIsEnabled); // checked by the row's click above, not by the box alone
        item->setCheckState(kept.contains(rule.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList TickList::ticked() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(kIdRole).toString());
    }
    return ids;
}

void TickList::tick(const QStringList &ids)
{
    for (int row = 0; row < count(); ++row) {
        if (ids.contains(item(row)->data(kIdRole).toString()))
            item(row)->setCheckState(Qt::Checked);
    }
    Q_EMIT tickedChanged();
}

void TickList::untickAll()
{
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(Qt::Unchecked);
    Q_EMIT tickedChanged();
}

} // namespace RegPoint::App
