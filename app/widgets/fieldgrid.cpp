#include "fieldgrid.h"

#include "widgets/screenparts.h"

#include <QLabel>

namespace RegPoint::App {

FieldGrid::FieldGrid()
{
    setHorizontalSpacing(16);
    setVerticalSpacing(6);
    setColumnStretch(1, 1);
}

void FieldGrid::clear()
{
    clearLayout(this);
    m_rows = 0;
}

void FieldGrid::add(const QString &caption, const QString &value, const QString &placeholder)
{
    const QString shown = value.isEmpty() ? placeholder : value;
    if (shown.isEmpty())
        return;
    auto *captionLabel = new QLabel(caption);
    captionLabel->setObjectName(QStringLiteral("fieldCaption"));
    auto *valueLabel = new QLabel(shown);
    valueLabel->setObjectName(QStringLiteral("cardValue"));
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setWordWrap(true);
    addWidget(captionLabel, m_rows, 0, Qt::AlignTop);
    addWidget(valueLabel, m_rows, 1);
    ++m_rows;
}

} // namespace RegPoint::App
