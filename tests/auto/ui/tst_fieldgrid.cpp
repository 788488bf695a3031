#include "widgets/fieldgrid.h"

#include <QLabel>
#include <QTest>
#include <QWidget>

using namespace RegPoint::App;

// The card review and the preview show one candidate after another in the same grid.
class tst_FieldGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNextCandidateStartsAtTheTop()
    {
        QWidget screen;
        auto *grid = new FieldGrid;
        screen.setLayout(grid);
        grid->add(QStringLiteral("Name"), QStringLiteral("First"));
        grid->add(QStringLiteral("Address"), QStringLiteral("Somewhere"));
        grid->add(QStringLiteral("Valid"), QStringLiteral("2020 to 2030"));
        grid->clear();
        grid->add(QStringLiteral("Name"), QStringLiteral("Second"));
        grid->add(QStringLiteral("Newer address"), QString()); // nothing to show: no row
        grid->add(QStringLiteral("Category"), QString(), QStringLiteral("—"));
        auto valueAt = [grid](int row) {
            QLayoutItem *item = grid->itemAtPosition(row, 1);
            return item ? qobject_cast<QLabel *>(item->widget())->text() : QString();
        };
        QCOMPARE(valueAt(0), QStringLiteral("Second"));
        QCOMPARE(valueAt(1), QStringLiteral("—"));
        QVERIFY(valueAt(2).isEmpty());
        QCOMPARE(screen.findChildren<QLabel *>().size(), 4); // the first candidate's labels are gone
    }

    void aValueIsNeverRichText()
    {
        QWidget screen;
        auto *grid = new FieldGrid;
        screen.setLayout(grid);
        grid->add(QStringLiteral("Name"), QStringLiteral("<b>x</b>"));
        auto *value = qobject_cast<QLabel *>(grid->itemAtPosition(0, 1)->widget());
        QCOMPARE(value->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(tst_FieldGrid)
#include "tst_fieldgrid.moc"
