#include "records/recordview.h"

#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

// What the screens and regpointctl show of a record: recognisable, never the identity.
class tst_RecordView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksNameAndNumber()
    {
        CandidateRecord record;
        record.id = QUuid::fromString(QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"));
        record.identity.name = QStringLiteral("欧阳明轩");
        record.identity.idNumber = QStringLiteral("43010220080101001X");
        record.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0));
        record.state = RecordState::Sealed;
        const RecordView view = RecordView::of(record);
        QCOMPARE(view.maskedName, QStringLiteral("欧**轩"));
        QCOMPARE(view.maskedIdNumber, QStringLiteral("4301**********001X"));
        QCOMPARE(view.shortId, QStringLiteral("6f1c2a9e"));
        QCOMPARE(view.state, RecordState::Sealed);
        // Nothing of the name or the middle of the number survives in any text field.
        for (const QString &shown : { view.maskedName, view.maskedIdNumber, view.shortId }) {
            QVERIFY(!shown.contains(QStringLiteral("阳明")));
            QVERIFY(!shown.contains(QStringLiteral("200801")));
        }
    }

    void shortNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("one character") << QStringLiteral("李") << QStringLiteral("李");
        QTest::newRow("two characters") << QStringLiteral("李轩") << QStringLiteral("李*");
        QTest::newRow("three characters") << QStringLiteral("李子轩") << QStringLiteral("李*轩");
        QTest::newRow("latin name") << QStringLiteral("SMITH JOHN") << QStringLiteral("S********N");
    }

    void shortNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(maskedName(name), masked);
    }
};

QTEST_GUILESS_MAIN(tst_RecordView)
#include "tst_recordview.moc"
