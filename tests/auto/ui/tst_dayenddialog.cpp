#include "crypto/demoprovince.h"
#include "demo/demoday.h"
#include "operators/operatorservice.h"
#include "records/recordstore.h"
#include "screens/dayenddialog.h"
#include "sync/dayendreview.h"
#include "sync/syncledger.h"
#include "tempworkspace.h"
#include "widgets/banner.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

// The supervisor's day-end review at the kiosk, driven as a supervisor would: nothing can be
// decided before the password is typed again, a rejection asks for its reason, and each decision
// is kept for the next batch.
class tst_DayEndDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passwordFirstThenEachDecisionIsKept();

private:
    QPushButton *rowButton(QTableWidget *table, int row, const char *name)
    {
        QWidget *cell = table->cellWidget(row, 4);
        return cell ? cell->findChild<QPushButton *>(QString::fromLatin1(name)) : nullptr;
    }
    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<DayEndReview> m_review;
    Operator m_supervisor;
};

void tst_DayEndDialog::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    QVERIFY(m_ws->isValid());
    QVERIFY(DemoProvince(m_ws->dataDir()).provisionPoint(QStringLiteral("430102-07"), m_ws->clock().now()));
    QVERIFY((*m_ws)->loadSealer());
    QVERIFY(runDemoDay(**m_ws, 3, 5));
    const Result<Operator> supervisor = (*m_ws)->operators().create(testSupervisor());
    QVERIFY(supervisor);
    m_supervisor = supervisor.value();
    m_review = std::make_unique<DayEndReview>((*m_ws)->sync(), (*m_ws)->records(), (*m_ws)->operators());
}

void tst_DayEndDialog::passwordFirstThenEachDecisionIsKept()
{
    App::DayEndDialog dialog(*m_review, m_supervisor);
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("dayEndTable"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("dayEndPassword"));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!table->item(0, 2)->text().contains(u"200")); // the ID number is masked
    QVERIFY(!rowButton(table, 0, "approveRecord")->isEnabled()); // nothing before the password

    password->setText(QStringLiteral("wrong-password-1"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!dialog.findChild<App::Banner *>()->text().isEmpty());
    QVERIFY(password->text().isEmpty()); // never left on screen
    QVERIFY(!rowButton(table, 0, "approveRecord")->isEnabled());

    password->setText(testSupervisor().password);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(rowButton(table, 0, "approveRecord")->isEnabled());

    // Reject the first: the reason is asked for, then the record leaves the list.
    QTimer::singleShot(0, this, [] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (ask) {
            ask->setTextValue(QStringLiteral("照片与本人不符"));
            ask->accept();
        }
    });
    rowButton(table, 0, "rejectRecord")->click();
    QCOMPARE(table->rowCount(), 2);
    // Approve the next.
    rowButton(table, 0, "approveRecord")->click();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(m_review->pendingCount().value(), 1);
    int rejected = 0, approved = 0;
    for (const CandidateRecord &record : (*m_ws)->records().list().value()) {
        const Decision decision = (*m_ws)->sync().decisionOf(record.id).value();
        rejected += decision == Decision::Rejected;
        approved += decision == Decision::Approved;
    }
    QCOMPARE(rejected, 1);
    QCOMPARE(approved, 1);
}

QTEST_MAIN(tst_DayEndDialog)
#include "tst_dayenddialog.moc"
