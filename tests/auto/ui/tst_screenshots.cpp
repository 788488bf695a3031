#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `regpoint --screenshots DIR` renders every screen in both languages and exits 0.
class tst_Screenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersEveryScreenInBothLanguages();
};

void tst_Screenshots::rendersEveryScreenInBothLanguages()
{
    QTemporaryDir out;
    QProcess regpoint;
    regpoint.start(QStringLiteral(REGPOINT_BIN), { QStringLiteral("--screenshots"), out.path() });
    QVERIFY(regpoint.waitForFinished(120000));
    QCOMPARE(regpoint.exitStatus(), QProcess::NormalExit);
    QVERIFY2(regpoint.exitCode() == 0, regpoint.readAllStandardError().constData());
    const QStringList expected { QStringLiteral("01-first-run-setup.png"), QStringLiteral("02-login.png"),
        QStringLiteral("03-home.png"), QStringLiteral("04-manual-entry-typing.png"),
        QStringLiteral("05-manual-entry-problems.png"), QStringLiteral("06-review-declaration-missing.png"),
        QStringLiteral("07-home-after-save.png"), QStringLiteral("08-card-review.png"),
        QStringLiteral("09-card-review-failed-check.png"), QStringLiteral("10-photo-live.png"),
        QStringLiteral("11-photo-result.png"), QStringLiteral("12-desk-locked.png"),
        QStringLiteral("13-saved-with-number.png"), QStringLiteral("14-home-registration-closed.png"),
        QStringLiteral("15-day-end-review.png"), QStringLiteral("16-slip-failed.png"), QStringLiteral("17-sheets.png"),
        QStringLiteral("18-sheet-printed.png"), QStringLiteral("19-batch-print.png"),
        QStringLiteral("20-sheet-print-failed.png"), QStringLiteral("21-printer-choice.png"),
        QStringLiteral("22-logout-asks.png"), QStringLiteral("23-review-complete.png"),
        QStringLiteral("24-preview.png"), QStringLiteral("25-day-open-failed.png"),
        QStringLiteral("26-home-search.png"), QStringLiteral("27-record.png"), QStringLiteral("28-admin-operators.png"),
        QStringLiteral("29-admin-point.png"), QStringLiteral("30-preview-typed.png"),
        QStringLiteral("31-correct-typed-details.png"), QStringLiteral("32-admin-desk-settings.png"),
        QStringLiteral("33-home-empty.png"), QStringLiteral("34-provision-handover.png"),
        QStringLiteral("35-provision-certificate.png") };
    QImage zhHome, enHome;
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const QDir dir(QDir(out.path()).filePath(lang + QStringLiteral("/1366x768")));
        QCOMPARE(dir.entryList(QDir::Files, QDir::Name), expected);
        const QDir fullHd(QDir(out.path()).filePath(lang + QStringLiteral("/1920x1080")));
        QCOMPARE(fullHd.entryList(QDir::Files, QDir::Name), expected);
        for (const QString &file : expected) {
            QCOMPARE(QImage(dir.filePath(file)).size(), QSize(1366, 768));
            QCOMPARE(QImage(fullHd.filePath(file)).size(), QSize(1920, 1080));
        }
        (lang == u"en" ? enHome : zhHome) = QImage(dir.filePath(QStringLiteral("03-home.png")));
    }
    QVERIFY(zhHome != enHome); // the languages really differ on screen
}

QTEST_GUILESS_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
