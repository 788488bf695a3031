#include "recordtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace RegPoint::App {

namespace {
// A 44-pixel button with room around it.
constexpr int kRowHeight = 52;
} // namespace

void setUpRecordTable(QTableWidget *table, int widestColumn)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    QHeaderView *columns = table->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(widestColumn, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
}

QWidget *rowActions(QTableWidget *table, const QList<QPushButton *> &buttons)
{
    auto *cell = new QWidget(table);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 0, 4, 0);
    for (QPushButton *button : buttons)
        layout->addWidget(button);
    layout->addStretch();
    return cell;
}

void replaceCellWidget(QTableWidget *table, int row, int column, QWidget *widget)
{
    if (QWidget *stale = table->cellWidget(row, column))
        stale->hide();
    table->removeCellWidget(row, column);
    if (widget)
        table->setCellWidget(row, column, widget);
}

} // namespace RegPoint::App
