#pragma once

#include <QList>

class QPushButton;
class QTableWidget;
class QWidget;

namespace RegPoint::App {

// A list of records on a desk screen: read-only, no selection or focus (a touch leaves no
// highlight behind), alternating rows tall enough for a finger's button, every column as wide
// as what it holds and `widestColumn` taking the rest of the width.
void setUpRecordTable(QTableWidget *table, int widestColumn);

// The buttons of one row, side by side at their own width in one cell: stretched across the
// column, a button would be a bar.
QWidget *rowActions(QTableWidget *table, const QList<QPushButton *> &buttons);

// Puts `widget` (or nothing) in a cell, hiding the one it replaces at once: removeCellWidget()
// deletes the old one only later, and until then it stays drawn on what may be another record.
void replaceCellWidget(QTableWidget *table, int row, int column, QWidget *widget);

} // namespace RegPoint::App
