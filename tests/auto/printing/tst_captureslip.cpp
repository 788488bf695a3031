#include "audit/auditlog.h"
#include "printer/printservice.h"
#include "printer/simulatedqueue.h"
#include "printing/captureslip.h"
#include "printing/qrcode.h"
#include "printing/slipprinter.h"
#include "records/recordview.h"
#include "tempworkspace.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;
using namespace RegPoint::Tests;
using namespace std::chrono_literals;

namespace {

CandidateRecord savedRecord()
{
    CandidateRecord record;
    record.id = QUuid(u"{3f2a9c41-0d5e-4b7a-9c1e-7a5b3c2d1e0f}"_qs);
    record.identity = testIdentity(u"430102200801010017"_qs);
    record.identity.name = u"欧阳明轩"_qs;
    record.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 41), QTimeZone(8 * 3600));
    return record;
}

CaptureSlip slip()
{
    return CaptureSlip::of(RecordView::of(savedRecord()), u"2027430100123"_qs, u"430102001"_qs);
}

// poppler, not Qt, reads the PDF back: what a printer driver would see.
QByteArray poppler(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QImage rasterise(const QByteArray &pdf, int dpi, QTemporaryDir &dir)
{
    const QString in = dir.filePath(u"slip.pdf"_qs);
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    poppler(u"pdftoppm"_qs,
        { u"-r"_qs, QString::number(dpi), u"-png"_qs, u"-singlefile"_qs, in, dir.filePath(u"page"_qs) });
    return QImage(dir.filePath(u"page.png"_qs)).convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

// The capture slip as the candidate gets it, read back from the PDF by poppler, and the desk's
// slip printer over the simulated queue.
class CaptureSlipTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSlipCarriesTheNumberAndNothingInClear()
    {
        QTemporaryDir dir;
        const QByteArray pdf = slip().pdf();
        QVERIFY(pdf.startsWith("%PDF"));
        QFile file(dir.filePath(u"slip.pdf"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        // Read as it is: "报名流水号" must be found as typed, not as the radical ⽔ that shares its
        // glyph in the font (renderPdf renames such glyphs).
        const QString text = QString::fromUtf8(poppler(u"pdftotext"_qs, { file.fileName(), u"-"_qs }));
        for (const QString &expected :
            { u"2027430100123"_qs, u"欧**轩"_qs, u"430102001"_qs, u"报名凭条"_qs, u"2027年"_qs, u"2026-11-30 09:41"_qs,
                u"3f2a9c41"_qs, u"报名流水号"_qs, u"普通高校招生"_qs, u"请妥善保管本凭条"_qs })
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_qs + text));
        // The slip goes into pockets and bins: the name and the ID number only masked.
        QVERIFY(!text.contains(u"欧阳明轩"_qs));
        QVERIFY2(!text.contains(QChar(0x2EDA)) && !text.contains(QChar(0x2F54)), "radicals instead of ideographs");
        QVERIFY(!text.contains(u"430102200801010017"_qs));
        QVERIFY(!QString::fromLatin1(pdf).contains(u"3f2a9c41-0d5e"_qs)); // the title is the short id only

        const QString fonts = QString::fromUtf8(poppler(u"pdffonts"_qs, { file.fileName() }));
        QVERIFY2(fonts.contains(u"NotoSansCJKsc"_qs) || fonts.contains(u"NotoSansCJKSC"_qs), qPrintable(fonts));
        for (const QString &line : fonts.split(u'\n').mid(2)) {
            if (!line.isEmpty())
                QVERIFY2(line.contains(u" yes "_qs), qPrintable(u"not embedded: "_qs + line));
        }
    }

    void theQrCodeReadsAsTheNumber()
    {
        // Sampled from poppler's rendering at the module centres: a QR that is misplaced, scaled
        // wrong or blurred into its neighbours does not match the code of the number.
        QTemporaryDir dir;
        const int dpi = 300;
        const QImage page = rasterise(slip().pdf(), dpi, dir);
        QVERIFY(!page.isNull());
        const std::optional<QrCode> code = QrCode::encode("2027430100123");
        QVERIFY(code);
        const qreal side = 42.0 * dpi / 25.4; // the slip's QR box
        const QPointF origin(153.0 * dpi / 25.4, 29.0 * dpi / 25.4);
        const int total = code->modules() + 2 * QrCode::kQuietZone;
        const qreal module = side / total;
        QVERIFY(module > 8); // at least 0.7 mm a module: a phone reads it across a desk
        int wrong = 0;
        for (int y = -QrCode::kQuietZone; y < code->modules() + QrCode::kQuietZone; ++y) {
            for (int x = -QrCode::kQuietZone; x < code->modules() + QrCode::kQuietZone; ++x) {
                const QPoint centre = (origin
                    + QPointF((x + QrCode::kQuietZone + 0.5) * module, (y + QrCode::kQuietZone + 0.5) * module))
                                          .toPoint();
                const bool inCode = x >= 0 && y >= 0 && x < code->modules() && y < code->modules();
                const bool dark = qGray(page.pixel(centre)) < 128;
                wrong += dark != (inCode && code->dark(x, y));
            }
        }
        QCOMPARE(wrong, 0);
    }

    void theSlipLooksAsCommitted()
    {
        // A golden of the whole page at 60 dpi: a layout change shows as a diff to review.
        // REGPOINT_UPDATE_GOLDENS=1 rewrites it (and the change is committed with its reason).
        QTemporaryDir dir;
        const QImage page = rasterise(slip().pdf(), 60, dir);
        QVERIFY(!page.isNull());
        const QString golden = QStringLiteral(REGPOINT_GOLDENS) + u"/capture-slip.png"_qs;
        if (qEnvironmentVariableIsSet("REGPOINT_UPDATE_GOLDENS"))
            QVERIFY(page.save(golden));
        const QImage expected = QImage(golden).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY2(!expected.isNull(), "no golden: run with REGPOINT_UPDATE_GOLDENS=1 and review it");
        QCOMPARE(page.size(), expected.size());
        qint64 difference = 0;
        int differing = 0;
        for (int y = 0; y < page.height(); ++y) {
            const uchar *a = page.constScanLine(y);
            const uchar *b = expected.constScanLine(y);
            for (int x = 0; x < page.width(); ++x) {
                const int d = std::abs(a[x] - b[x]);
                difference += d;
                differing += d > 64;
            }
        }
        // Anti-aliasing may move by a grey level; a moved or missing line of text moves hundreds.
        QVERIFY2(differing < 40, qPrintable(u"%1 pixels differ, total %2"_qs.arg(differing).arg(difference)));
    }

    void theDeskPrintsAndAuditsEveryCopy()
    {
        TempWorkspace workspace;
        QVERIFY(workspace.isValid());
        auto owned = std::make_unique<Devices::SimulatedQueue>(100ms);
        Devices::SimulatedQueue &queue = *owned;
        Devices::PrintService service(std::move(owned), { 50ms, 200ms, 3000ms });
        SlipPrinter printer(&service, workspace->audit());

        printer.print(slip(), savedRecord().id.toString(QUuid::WithoutBraces), 7);
        QCOMPARE(printer.state(), SlipPrinter::State::Printing);
        QTRY_COMPARE(printer.state(), SlipPrinter::State::Printed);
        QCOMPARE(queue.printed().size(), 1);
        QVERIFY(queue.printed().first().pdf.startsWith("%PDF"));
        QCOMPARE(queue.printed().first().title, u"slip-3f2a9c41"_qs);

        queue.setFault(Devices::SimulatedQueue::Fault::Stopped);
        printer.print(slip(), savedRecord().id.toString(QUuid::WithoutBraces), 7);
        QTRY_COMPARE(printer.state(), SlipPrinter::State::Failed);
        QVERIFY2(printer.message().contains(u"stopped"_qs), qPrintable(printer.message()));
        QVERIFY2(printer.message().contains(u"write the registration number down"_qs), qPrintable(printer.message()));
        QCOMPARE(printer.copies(savedRecord().id.toString(QUuid::WithoutBraces)), 2);

        const Result<QList<AuditEvent>> events = workspace->audit().events();
        QVERIFY(events);
        QList<AuditEvent> prints;
        for (const AuditEvent &e : events.value()) {
            if (e.action == u"print.slip")
                prints.append(e);
        }
        QCOMPARE(prints.size(), 2);
        QCOMPARE(prints.at(0).outcome, u"ok"_qs);
        QCOMPARE(prints.at(0).operatorId, 7);
        QVERIFY(prints.at(0).detail.startsWith(u"copy=1 job="_qs));
        QCOMPARE(prints.at(1).outcome, u"failed"_qs);
        QVERIFY(prints.at(1).detail.startsWith(u"copy=2 "_qs));
        QCOMPARE(prints.at(1).recordId, savedRecord().id.toString(QUuid::WithoutBraces));

        // A slip held by the printer (out of paper) and replaced by a newer one: both copies are
        // audited, the replaced one as cancelled.
        queue.setFault(Devices::SimulatedQueue::Fault::PaperOut);
        printer.print(slip(), u"held"_qs, 7);
        QTRY_VERIFY(printer.message().contains(u"paper"_qs));
        queue.setFault(Devices::SimulatedQueue::Fault::None);
        printer.print(slip(), u"next"_qs, 7);
        QTRY_COMPARE(printer.state(), SlipPrinter::State::Printed);
        const auto audited = [&](const QString &record, const QString &outcome) {
            const QList<AuditEvent> all = workspace->audit().events().value();
            return std::any_of(all.cbegin(), all.cend(),
                [&](const AuditEvent &e) { return e.recordId == record && e.outcome == outcome; });
        };
        QTRY_VERIFY(audited(u"held"_qs, u"cancelled"_qs));
        QVERIFY(audited(u"next"_qs, u"ok"_qs));
    }

    void aDeskWithoutPrinterSaysWhatToDo()
    {
        TempWorkspace workspace;
        SlipPrinter printer(nullptr, workspace->audit());
        QCOMPARE(printer.state(), SlipPrinter::State::NoPrinter);
        printer.print(slip(), u"x"_qs, 1);
        QCOMPARE(printer.state(), SlipPrinter::State::NoPrinter);
        QVERIFY(printer.message().contains(u"write the registration number down"_qs));
    }
};

QTEST_MAIN(CaptureSlipTest)
#include "tst_captureslip.moc"
