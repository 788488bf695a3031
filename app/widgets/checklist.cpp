#include "checklist.h"

#include <QLabel>
#include <QVBoxLayout>

namespace RegPoint::App {

CheckList::CheckList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void CheckList::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CheckList::addLine(const QString &text, const QString &state, const QString &id)
{
    auto *line = new QLabel(text, this);
    line->setObjectName(QStringLiteral("checkLine"));
    line->setProperty("check", id);
    line->setProperty("state", state);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    m_layout->addWidget(line);
}

void CheckList::setLines(const QList<CheckLine> &lines, bool foldPasses)
{
    clear();
    for (const bool blocking : { true, false }) {
        for (const CheckLine &c : lines) {
            if (!c.ok && c.blocking == blocking)
                addLine((blocking ? QStringLiteral("✗ ") : QStringLiteral("! ")) + c.message,
                    blocking ? QStringLiteral("error") : QStringLiteral("warning"), c.id);
        }
    }
    const auto passed = std::count_if(lines.begin(), lines.end(), [](const CheckLine &c) { return c.ok; });
    if (foldPasses && passed > 0) {
        addLine(QStringLiteral("✓ ") + tr("%n other check(s) passed.", nullptr, int(passed)), QStringLiteral("ok"),
            QStringLiteral("passed"));
    } else {
        for (const CheckLine &c : lines) {
            if (c.ok)
                addLine(QStringLiteral("✓ ") + c.message, QStringLiteral("ok"), c.id);
        }
    }
    m_layout->addStretch();
}

} // namespace RegPoint::App
