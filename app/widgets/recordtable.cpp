#include "recordtable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace RegPoint::App {

void setUpRecordTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
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
