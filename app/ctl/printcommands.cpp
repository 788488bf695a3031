#include "ctlcommand.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "crypto/pointkeys.h"
#include "printer/cupsqueue.h"
#include "printer/printservice.h"
#include "printing/captureslip.h"
#include "printing/testpage.h"
#include "records/recordstore.h"
#include "records/recordview.h"
#include "records/serialpool.h"
#include "settings/kiosksettings.h"
#include "workspace/sheetassembly.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

using namespace RegPoint::Kiosk;
using Devices::PrintOutcome;

struct PrintTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Print)
};

QString notSetUp()
{
    return PrintTr::tr("No printer queue is set up for this point: set [printer] queue=NAME in kiosk.ini (lpstat -e "
                       "lists the queues).");
}

QString stateKey(Devices::QueueStatus::State state)
{
    switch (state) {
    case Devices::QueueStatus::State::Idle:
        return u"idle"_qs;
    case Devices::QueueStatus::State::Processing:
        return u"processing"_qs;
    case Devices::QueueStatus::State::Stopped:
        return u"stopped"_qs;
    }
    return {};
}

int printerStatus(const QCommandLineParser &parser, CommandParts &)
{
    const KioskSettings settings = KioskSettings::load(dataDirOption(parser));
    if (settings.printerQueue.isEmpty()) {
        if (wantsJson(parser))
            printJson(QJsonObject { { u"configured"_qs, false } });
        return fail(notSetUp());
    }
    Devices::CupsQueue queue(settings.printerServer, settings.printerQueue);
    Devices::QueueError error;
    const std::optional<Devices::QueueStatus> status = queue.status(error);
    const QString problem = status ? Devices::printerProblemText(status->reasons) : QString();
    if (wantsJson(parser)) {
        QJsonObject json { { u"configured"_qs, true }, { u"queue"_qs, settings.printerQueue },
            { u"reachable"_qs, status.has_value() } };
        if (status) {
            json.insert(u"state"_qs, stateKey(status->state));
            json.insert(u"accepting_jobs"_qs, status->acceptingJobs);
            json.insert(u"reasons"_qs, QJsonArray::fromStringList(status->reasons));
            json.insert(u"problem"_qs, problem);
        } else {
            json.insert(u"error"_qs, error.message);
        }
        printJson(json);
    }
    if (!status)
        return fail(
            PrintTr::tr("The printer queue %1 cannot be reached: %2").arg(settings.printerQueue, error.message));
    if (!wantsJson(parser)) {
        QTextStream out(stdout);
        out << settings.printerQueue << '\t' << stateKey(status->state) << '\t'
            << (status->acceptingJobs ? "accepting" : "rejecting") << '\t' << status->reasons.join(u',') << Qt::endl;
        if (!problem.isEmpty())
            out << problem << Qt::endl;
    }
    const bool healthy
        = status->state != Devices::QueueStatus::State::Stopped && status->acceptingJobs && problem.isEmpty();
    return healthy ? Ok : Failed;
}

// Sends one document through the print service and waits for its outcome, as the kiosk does.
PrintOutcome printAndWait(const KioskSettings &settings, const QByteArray &pdf, const QString &title)
{
    Devices::PrintTimings timings;
    timings.jobTimeout = settings.printTimeout;
    Devices::PrintService service(
        std::make_unique<Devices::CupsQueue>(settings.printerServer, settings.printerQueue), timings);
    // One request, so the first outcome is its own. Connected before the request is made: an
    // answer that comes at once (an unreachable queue) would otherwise find no one listening.
    std::optional<PrintOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&service, &Devices::PrintService::finished, &loop, [&](quint64, const PrintOutcome &o) {
        outcome = o;
        loop.quit();
    });
    service.print(pdf, title);
    if (!outcome)
        loop.exec();
    return *outcome;
}

int reportOutcome(const QCommandLineParser &parser, const PrintOutcome &outcome)
{
    if (wantsJson(parser)) {
        printJson(QJsonObject { { u"outcome"_qs, Devices::outcomeKey(outcome.kind) }, { u"job"_qs, outcome.jobId },
            { u"reason"_qs, outcome.reason }, { u"detail"_qs, outcome.technical.trimmed() } });
    }
    if (outcome.kind != PrintOutcome::Kind::Completed)
        return fail(outcome.reason + u' ' + outcome.technical.trimmed());
    if (!wantsJson(parser))
        QTextStream(stdout) << PrintTr::tr("Job %1 completed: check that the page came out.").arg(outcome.jobId)
                            << Qt::endl;
    return Ok;
}

// What a command that prints needs: the point's printer settings and its workspace (for the audit).
struct PrintingDesk
{
    KioskSettings settings;
    Workspace *workspace = nullptr;
};

Result<PrintingDesk> openPrintingDesk(const QCommandLineParser &parser, CommandParts &parts)
{
    PrintingDesk desk { KioskSettings::load(dataDirOption(parser)) };
    if (desk.settings.printerQueue.isEmpty())
        return Failure { u"printer.not-set-up"_qs, notSetUp() };
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return ws.failure();
    desk.workspace = ws.value();
    return desk;
}

int printTestPage(const QCommandLineParser &parser, CommandParts &parts)
{
    const Result<PrintingDesk> desk = openPrintingDesk(parser, parts);
    if (!desk)
        return fail(desk.failure().message);
    const std::optional<PointTrust> &trust = desk->workspace->keys().trust();
    const PrintOutcome outcome = printAndWait(desk->settings,
        testPagePdf(parts.clock().now(), trust ? trust->pointCode : QString(), desk->settings.printerQueue),
        u"regpoint-test-page"_qs);
    if (const Status audited = desk->workspace->audit().append({ u"print.test_page"_qs,
            Devices::outcomeKey(outcome.kind), std::nullopt, {}, u"job=%1"_qs.arg(outcome.jobId) });
        !audited)
        return fail(audited.failure().message);
    return reportOutcome(parser, outcome);
}

// The record at this point that holds `serial`.
Result<QUuid> recordOfSerial(Workspace &workspace, const QString &serial)
{
    const Result<std::optional<QUuid>> id = workspace.serials().recordOf(serial);
    if (!id)
        return id.failure();
    if (!id.value())
        return Failure { u"print.unknown-serial"_qs,
            PrintTr::tr("No record at this point has the registration number %1. Check the number "
                        "(regpointctl records list shows the records).")
                .arg(serial) };
    return *id.value();
}

// The slip of the record that holds `serial`, as the kiosk printed it.
Result<CaptureSlip> slipOf(Workspace &workspace, const QString &serial)
{
    const Result<QUuid> id = recordOfSerial(workspace, serial);
    if (!id)
        return id.failure();
    const Result<std::optional<CandidateRecord>> record = workspace.records().find(id.value());
    if (!record)
        return record.failure();
    if (!record.value())
        return Failure { u"print.unknown-serial"_qs, PrintTr::tr("The record of number %1 is gone.").arg(serial) };
    const std::optional<PointTrust> &trust = workspace.keys().trust();
    return CaptureSlip::of(RecordView::of(*record.value()), serial, trust ? trust->pointCode : QString());
}

int writePdf(const QCommandLineParser &parser, const QString &out, const QByteArray &pdf)
{
    QSaveFile file(out);
    // Readable by its writer only: a sheet holds a minor's data in clear.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(pdf) != pdf.size() || !file.commit())
        return fail(PrintTr::tr("Cannot write %1: %2").arg(out, file.errorString()));
    if (wantsJson(parser))
        printJson(QJsonObject { { u"pdf"_qs, out }, { u"bytes"_qs, pdf.size() } });
    else
        QTextStream(stdout) << PrintTr::tr("Wrote %1").arg(out) << Qt::endl;
    return Ok;
}

int renderSlip(const QCommandLineParser &parser, CommandParts &parts)
{
    const QStringList args = parser.positionalArguments();
    const QString out = parser.value(u"pdf"_qs);
    if (args.size() != 1 || out.isEmpty())
        return fail(PrintTr::tr("Give one registration number and --pdf FILE."), Usage);
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    const Result<CaptureSlip> slip = slipOf(*ws.value(), args.first());
    if (!slip)
        return fail(slip.failure().message);
    // The slip shows the name and the number masked, as every screen: it may be written out.
    return writePdf(parser, out, slip->pdf());
}

int renderSheet(const QCommandLineParser &parser, CommandParts &parts)
{
    const QStringList args = parser.positionalArguments();
    const QString out = parser.value(u"pdf"_qs);
    if (args.size() != 1 || out.isEmpty())
        return fail(PrintTr::tr("Give one registration number and --pdf FILE."), Usage);
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    const Result<QUuid> id = recordOfSerial(*ws.value(), args.first());
    if (!id)
        return fail(id.failure().message);
    const Result<RegistrationSheet> sheet
        = registrationSheetOf(*ws.value(), id.value(), QDateTime::currentDateTime(), 1);
    if (!sheet)
        return fail(sheet.failure().message);
    const QByteArray pdf = sheet->pdf(u"报名登记表 "_qs + args.first());
    if (sheet->overflows())
        return fail(PrintTr::tr("This candidate's form does not fit on one page; nothing was written. Tell the exam "
                                "office."));
    if (const int written = writePdf(parser, out, pdf); written != Ok)
        return written;
    // The whole sheet in clear left the store: that it was written out is on record.
    if (const Status audited = ws.value()->audit().append({ u"sheet.export"_qs, u"ok"_qs, std::nullopt,
            id.value().toString(QUuid::WithoutBraces), u"bytes=%1"_qs.arg(pdf.size()) });
        !audited)
        return fail(audited.failure().message);
    return Ok;
}

int printSlip(const QCommandLineParser &parser, CommandParts &parts)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(PrintTr::tr("Give one registration number."), Usage);
    const Result<PrintingDesk> desk = openPrintingDesk(parser, parts);
    if (!desk)
        return fail(desk.failure().message);
    const Result<CaptureSlip> slip = slipOf(*desk->workspace, args.first());
    if (!slip)
        return fail(slip.failure().message);
    const PrintOutcome outcome = printAndWait(desk->settings, slip->pdf(), slip->jobTitle());
    const QString recordId = desk->workspace->serials().recordOf(args.first()).value()->toString(QUuid::WithoutBraces);
    if (const Status audited = desk->workspace->audit().append({ u"print.slip"_qs, Devices::outcomeKey(outcome.kind),
            std::nullopt, recordId, u"copy=reprint job=%1"_qs.arg(outcome.jobId) });
        !audited)
        return fail(audited.failure().message);
    return reportOutcome(parser, outcome);
}

} // namespace

QList<Command> printCommands()
{
    const auto pdfOption = [](QCommandLineParser &p) {
        addCommonOptions(p, true);
        p.addOption({ u"pdf"_qs, u"Write the PDF to FILE."_qs, u"FILE"_qs });
    };
    return {
        { u"printer"_qs, u"status"_qs, u"The printer queue's state and what stops it (kiosk.ini [printer])."_qs,
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, printerStatus },
        { u"printer"_qs, u"test-page"_qs, u"Print a test page and wait for the queue's answer."_qs,
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, printTestPage },
        { u"slip"_qs, u"render"_qs, u"Write the capture slip of registration number SERIAL to a PDF."_qs, pdfOption,
            renderSlip, true },
        { u"slip"_qs, u"print"_qs, u"Print the capture slip of registration number SERIAL again."_qs,
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, printSlip, true },
        { u"sheet"_qs, u"render"_qs,
            u"Write the registration sheet (报名登记表) of registration number SERIAL to a PDF. It holds the "
            "candidate's data in clear: write it only where it is kept safe (the export is audited)."_qs,
            pdfOption, renderSheet, true },
    };
}

} // namespace RegPoint::Ctl
