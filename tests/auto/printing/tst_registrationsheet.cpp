#include "pdftext.h"
#include "printing/registrationsheet.h"
#include "sheetfixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;

namespace {

QImage pageImage(const QByteArray &pdf, int dpi, QTemporaryDir &dir)
{
    QFile file(dir.filePath(u"page.pdf"_qs));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess poppler;
    poppler.start(u"pdftoppm"_qs,
        { u"-r"_qs, QString::number(dpi), u"-png"_qs, u"-singlefile"_qs, file.fileName(), dir.filePath(u"page"_qs) });
    poppler.waitForFinished(30000);
    return QImage(dir.filePath(u"page.png"_qs)).convertToFormat(QImage::Format_Grayscale8);
}

// Wrapped values come back from pdftotext with line breaks inside them, and a hyphen at a line's
// end taken for a word break ("AL-" + "FARSI" read as "ALFARSI").
QString squeezed(QString text)
{
    static const QRegularExpression spaceOrHyphen(u"[\\s-]+"_qs);
    return text.remove(spaceOrHyphen);
}

} // namespace

// The 报名登记表 of the six hardest records, read back by poppler: every value is there whole
// (wrapped or shrunk, never cut), and each page matches its reviewed golden.
class RegistrationSheetTest : public QObject
{
    Q_OBJECT

private:
    QImage m_photo { QStringLiteral(PHOTO_DIR "/astronaut-480x640.jpg") };

    static RegistrationSheet sheetOf(const Sheets::Fixture &f, int copy = 1)
    {
        return { SheetTemplate::forExamYear(2027).value(),
            sheetContent(f.form, f.identity, f.capture, QDateTime(QDate(2027, 1, 5), QTime(10, 30)), copy) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_photo.isNull());
        QVERIFY(SheetTemplate::forExamYear(2027));
        QCOMPARE(SheetTemplate::forExamYear(2031).failure().code, u"sheet.no-template"_qs);
    }

    void everyValueIsOnThePage_data()
    {
        QTest::addColumn<int>("index");
        const QList<Sheets::Fixture> all = Sheets::fixtures(QImage());
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).key)) << i;
    }

    void everyValueIsOnThePage()
    {
        QFETCH(int, index);
        const Sheets::Fixture f = Sheets::fixtures(m_photo).at(index);
        const RegistrationSheet sheet = sheetOf(f);
        const QString text = squeezed(pdfText(sheet.pdf(u"sheet-test"_qs)));
        QStringList expected { f.identity.name, f.identity.idNumber, f.identity.address, f.form.serial, f.form.school,
            f.form.hukou.address, f.form.hukou.code, f.form.examType, f.form.category, f.capture.documentType,
            u"湖南省2027年普通高等学校招生考试考生报名信息确认表"_qs, u"诚信承诺"_qs, u"考生签名"_qs };
        for (const Exchange::FrozenForm::ResumeRow &r : f.form.resume)
            expected << r.place << r.witness << r.from;
        for (const Exchange::FrozenForm::FamilyMember &m : f.form.family)
            expected << m.name << m.workplace << m.phone;
        if (!f.form.phone.isEmpty())
            expected << f.form.phone;
        for (const QString &value : std::as_const(expected))
            QVERIFY2(text.contains(squeezed(value)), qPrintable(u"missing: "_qs + value + u"\n"_qs + text));
        QVERIFY(!text.contains(u"次打印"_qs)); // the first print says nothing of copies
    }

    void theSixRowResumeStillFitsLegibly()
    {
        const Sheets::Fixture f = Sheets::fixtures(m_photo).last();
        QCOMPARE(f.form.resume.size(), 6);
        const RegistrationSheet sheet = sheetOf(f);
        QVERIFY(!sheet.image(50).isNull());
        QVERIFY2(sheet.scale() >= 0.85, qPrintable(QString::number(sheet.scale())));
    }

    void aFormTooFullForThePageIsReportedNotCut()
    {
        Sheets::Fixture f = Sheets::fixtures(m_photo).last();
        QVERIFY(!sheetOf(f).image(30).isNull());
        f.form.resume.clear();
        for (int year = 2025; year > 2025 - Exchange::FrozenForm::kMaxResumeRows; --year)
            f.form.resume.append(
                { u"%1-09"_qs.arg(year), u"%1-06"_qs.arg(year + 1), QString(60, u'校'), u"某老师"_qs });
        f.form.family.clear();
        for (int i = 0; i < Exchange::FrozenForm::kMaxFamily; ++i)
            f.form.family.append({ u"亲属"_qs, u"某某某"_qs, QString(60, u'厂'), u"13800000000"_qs });
        QVERIFY(Exchange::FrozenForm::fromJson(f.form.toJson())); // a form the province may send
        const RegistrationSheet full = sheetOf(f);
        QVERIFY(!full.image(30).isNull());
        QVERIFY(full.overflows());
        QCOMPARE(full.scale(), 0.7);
    }

    void aValueIsNeverReadAsATemplate()
    {
        Sheets::Fixture f = Sheets::fixtures(m_photo).first();
        f.capture.clerk = u"{idNumber}"_qs;
        const QString text = squeezed(pdfText(sheetOf(f).pdf(u"sheet-test"_qs)));
        QVERIFY(text.contains(u"采集人{idNumber}"_qs));
        QCOMPARE(text.count(f.identity.idNumber), 1); // in its own cell only
    }

    void aReprintSaysWhichCopyItIs()
    {
        const RegistrationSheet sheet = sheetOf(Sheets::fixtures(m_photo).first(), 2);
        QVERIFY(squeezed(pdfText(sheet.pdf(u"sheet-test"_qs))).contains(u"第2次打印"_qs));
    }

    void theQrCodeNamesTheNumberAndTheForm()
    {
        const Sheets::Fixture f = Sheets::fixtures(m_photo).first();
        const SheetContent content = sheetContent(f.form, f.identity, f.capture, QDateTime::currentDateTime(), 1);
        QCOMPARE(content.qrText, f.form.serial + u'|' + f.form.contentHash());
        Exchange::FrozenForm changed = f.form;
        changed.school = u"长沙市第二中学"_qs;
        QVERIFY(changed.contentHash() != f.form.contentHash());
    }

    void pagesLookAsCommitted_data() { everyValueIsOnThePage_data(); }

    void pagesLookAsCommitted()
    {
        // Goldens at 50 dpi, reviewed by eye; REGPOINT_UPDATE_GOLDENS=1 rewrites them.
        QFETCH(int, index);
        const Sheets::Fixture f = Sheets::fixtures(m_photo).at(index);
        QTemporaryDir dir;
        const QImage page = pageImage(sheetOf(f).pdf(u"sheet-test"_qs), 50, dir);
        QVERIFY(!page.isNull());
        const QString golden = QStringLiteral(REGPOINT_GOLDENS) + u"/sheet-"_qs + f.key + u".png"_qs;
        if (qEnvironmentVariableIsSet("REGPOINT_UPDATE_GOLDENS"))
            QVERIFY(page.save(golden));
        const QImage expected = QImage(golden).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY2(!expected.isNull(), qPrintable(u"no golden "_qs + golden));
        QCOMPARE(page.size(), expected.size());
        int differing = 0;
        for (int y = 0; y < page.height(); ++y) {
            const uchar *a = page.constScanLine(y);
            const uchar *b = expected.constScanLine(y);
            for (int x = 0; x < page.width(); ++x)
                differing += std::abs(a[x] - b[x]) > 64;
        }
        QVERIFY2(differing < 60, qPrintable(u"%1 pixels differ"_qs.arg(differing)));
    }
};

QTEST_MAIN(RegistrationSheetTest)
#include "tst_registrationsheet.moc"
