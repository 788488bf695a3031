#pragma once

class QTableWidget;
class QWidget;

namespace RegPoint::App {

// A list of records on a desk screen: read-only, no selection or focus (a touch leaves no
// highlight behind), alternating rows, the last column stretched.
void setUpRecordTable(QTableWidget *table);

// Puts `widget` (or nothing) in a cell, hiding the one it replaces at once: removeCellWidget()
// deletes the old one only later, and until then it stays drawn on what may be another record.
void replaceCellWidget(QTableWidget *table, int row, int column, QWidget *widget);

} // namespace RegPoint::App
