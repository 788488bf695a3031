#pragma once

#include <QGridLayout>

namespace RegPoint::App {

// Caption | value rows, rebuilt each time a screen shows another candidate. Keeps its own row
// count: a QGridLayout's rowCount() never shrinks after its items are removed, so rows added
// after a clear would land ever lower.
class FieldGrid : public QGridLayout
{
public:
    FieldGrid();

    void clear();
    // A row with `value` as plain text (never rich text: it comes from a card or a form), or
    // `placeholder` when it is empty; no row at all when both are.
    void add(const QString &caption, const QString &value, const QString &placeholder = {});

private:
    int m_rows = 0;
};

} // namespace RegPoint::App
