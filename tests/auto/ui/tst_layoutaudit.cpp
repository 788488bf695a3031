#include "layoutaudit.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace RegPoint::App;

// The screenshot run fails on what this finds; each case is a way a real screen broke.
class tst_LayoutAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFormThatFitsHasNoFinding()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Name"), &window));
        layout->addWidget(new QLineEdit(&window));
        auto *save = new QPushButton(QStringLiteral("Save"), &window);
        save->setMinimumHeight(44);
        layout->addWidget(save);
        layout->addStretch();
        window.resize(480, 320);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(LayoutAudit::findings(window), QStringList());
    }

    // Too many wrapped messages for the height: the layout squeezes them below their text.
    void aSqueezedMessageIsClipped()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        for (int i = 0; i < 12; ++i) {
            auto *message = new QLabel(
                QStringLiteral("The check character does not match: one character is mistyped. Compare each digit."),
                &window);
            message->setWordWrap(true);
            layout->addWidget(message);
        }
        window.resize(240, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList findings = LayoutAudit::findings(window);
        QVERIFY2(!findings.filter(QStringLiteral("clipped: QLabel")).isEmpty(), qPrintable(findings.join(u'\n')));
    }

    void aButtonPlacedOverAnotherOverlapsIt()
    {
        QWidget window;
        window.resize(400, 200);
        auto *save = new QPushButton(QStringLiteral("Save"), &window);
        auto *cancel = new QPushButton(QStringLiteral("Cancel"), &window);
        save->setGeometry(10, 10, 200, 60);
        cancel->setGeometry(100, 40, 200, 60);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList findings = LayoutAudit::findings(window);
        QVERIFY2(!findings.filter(QStringLiteral("overlap: QPushButton")).isEmpty(), qPrintable(findings.join(u'\n')));
    }

    // A button a finger can miss: Qt's default push button is about 30 px high.
    void aButtonUnder44PixelsIsASmallTarget()
    {
        QWidget window;
        window.resize(400, 200);
        auto *review = new QPushButton(QStringLiteral("Review"), &window);
        review->setGeometry(10, 10, 120, 30);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList findings = LayoutAudit::findings(window);
        QVERIFY2(findings.contains(QStringLiteral("small target: QPushButton is 30 px high, a finger needs 44")),
            qPrintable(findings.join(u'\n')));
    }

    // A deliberate overlay is allowed to cover the screen under it.
    void anOverlayMayCoverItsSiblings()
    {
        QWidget window;
        window.resize(400, 200);
        auto *save = new QPushButton(QStringLiteral("Save"), &window);
        save->setGeometry(10, 10, 200, 60);
        auto *lock = new QWidget(&window);
        lock->setGeometry(window.rect());
        LayoutAudit::markOverlay(*lock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(LayoutAudit::findings(window), QStringList());
    }

    void aButtonPastTheEdgeIsOffScreen()
    {
        QWidget window;
        window.resize(400, 200);
        auto *next = new QPushButton(QStringLiteral("Next"), &window);
        next->setGeometry(350, 150, 120, 60);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList findings = LayoutAudit::findings(window);
        QVERIFY2(
            !findings.filter(QStringLiteral("off-screen: QPushButton")).isEmpty(), qPrintable(findings.join(u'\n')));
    }
};

QTEST_MAIN(tst_LayoutAudit)
#include "tst_layoutaudit.moc"
