#include "ctlcommand.h"

#include "camera/capturedevices.h"
#include "clock.h"
#include "cryptolibrary.h"
#include "day/readiness.h"
#include "day/readinessrun.h"
#include "devicestatus.h"
#include "idcard/readerprobe.h"
#include "printer/cupsqueue.h"
#include "printer/printservice.h"
#include "settings/kiosksettings.h"
#include "storage/database.h"
#include "sync/intakeclient.h"
#include "sync/pointsync.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace RegPoint::Ctl {

namespace {

struct SelfTestTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::SelfTest)
};

using Kiosk::ReadinessFinding;
using Kiosk::ReadinessItem;
using Kiosk::Verdict;

// One line of the self-test: the start-of-day check's items, and what only a technician asks.
struct SelfTestLine
{
    QString item; // "reader", "schema", ...
    Verdict verdict = Verdict::Pass;
    QString code;
    QString detail;
};

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Waiting:
        return QStringLiteral("waiting");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QString itemKey(ReadinessItem item)
{
    static const char *const keys[]
        = { "reader", "camera", "printer", "disk", "clock", "audit_log", "keys", "config", "unsent" };
    return QString::fromLatin1(keys[int(item)]);
}

// The reader as the kiosk would find it: every candidate port (or the one given) asked for its SAM.
Devices::DeviceStatus probeReader(const QCommandLineParser &parser)
{
    const QStringList ports = parser.isSet(QStringLiteral("reader-port")) ? parser.values(QStringLiteral("reader-port"))
                                                                          : Devices::candidateReaderPorts();
    Devices::DeviceStatus status;
    status.kind = Devices::DeviceKind::IdCardReader;
    for (const Devices::ProbeResult &r : Devices::probeReaderPorts(ports, std::chrono::milliseconds(800))) {
        if (r.answered) {
            status.state = Devices::DeviceState::Ready;
            return status;
        }
    }
    status.state = Devices::DeviceState::Error;
    status.detail = ports.isEmpty()
        ? SelfTestTr::tr("No serial port: plug in the reader (its cable, its USB adapter).")
        : SelfTestTr::tr("No reader answered on %1. Check its cable and power.").arg(ports.join(u", "));
    return status;
}

// The printer queue asked once, and its answer read as the kiosk's device strip reads it.
Devices::DeviceStatus probePrinter(const Kiosk::KioskSettings &settings)
{
    if (settings.printerQueue.isEmpty()) {
        Devices::DeviceStatus none;
        none.kind = Devices::DeviceKind::Printer;
        return none; // NotConfigured: the check says what to do
    }
    Devices::CupsQueue queue(settings.printerServer, settings.printerQueue);
    Devices::QueueError error;
    return Devices::printerStatusOf(queue.status(error), settings.printerQueue, false, false);
}

// Without QtMultimedia here, the camera is found, not started: its pictures are checked when the
// day opens.
SelfTestLine cameraLine()
{
    const QList<Devices::CaptureDevice> cameras = Devices::captureDevices();
    if (cameras.isEmpty())
        return { QStringLiteral("camera"), Verdict::Fail, QStringLiteral("camera.missing"),
            SelfTestTr::tr("No camera found. Plug it in; photos can be imported from files until then.") };
    QStringList names;
    for (const Devices::CaptureDevice &c : cameras)
        names.append(QStringLiteral("%1 (%2)").arg(c.path, c.name));
    return { QStringLiteral("camera"), Verdict::Pass, QStringLiteral("camera.found"),
        SelfTestTr::tr("Found: %1. Its pictures are checked when the day opens.").arg(names.join(u", ")) };
}

SelfTestLine schemaLine(const QString &dataDir)
{
    const int latest = Kiosk::Database::latestSchemaVersion();
    const auto db = Kiosk::Database::open(Kiosk::Workspace::databasePath(dataDir), Kiosk::Database::Mode::ReadOnly);
    if (!db)
        return { QStringLiteral("schema"), Verdict::Fail, db.failure().code, db.failure().message };
    const int version = db.value()->schemaVersion();
    if (version != latest)
        return { QStringLiteral("schema"), Verdict::Fail, QStringLiteral("schema.behind"),
            SelfTestTr::tr("The store has schema %1, this version %2: run regpointctl db migrate.")
                .arg(version)
                .arg(latest) };
    return { QStringLiteral("schema"), Verdict::Pass, QStringLiteral("schema.current"),
        SelfTestTr::tr("Schema %1, as this version expects.").arg(version) };
}

// The intake server's health answer, over the point's own mutual TLS.
SelfTestLine intakeLine(Kiosk::Workspace &workspace, const QUrl &intake, const Kiosk::Clock &clock)
{
    if (intake.isEmpty())
        return { QStringLiteral("intake"), Verdict::Warning, QStringLiteral("intake.not-set"),
            SelfTestTr::tr("No intake server is set: records go to the province on USB.") };
    auto sync = Kiosk::PointSync::create(workspace.dataDir(), intake,
        { workspace.sync(), workspace.records(), workspace.audit(), workspace.config(), workspace.serials(),
            workspace.forms() },
        clock);
    if (!sync)
        return { QStringLiteral("intake"), Verdict::Fail, sync.failure().code, sync.failure().message };
    std::optional<Result<QJsonObject>> answer;
    QEventLoop loop;
    sync.value()->client().get(QStringLiteral("/v1/health"), [&](const Result<QJsonObject> &a) {
        answer = a;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok())
        return { QStringLiteral("intake"), Verdict::Fail, answer->failure().code, answer->failure().message };
    return { QStringLiteral("intake"), Verdict::Pass, QStringLiteral("intake.reachable"),
        SelfTestTr::tr("%1 answers.").arg(intake.toString()) };
}

int selfTest(const QCommandLineParser &parser, CommandParts &parts)
{
    const QString dataDir = dataDirOption(parser);
    const QJsonObject versions { { QStringLiteral("regpoint"), QStringLiteral(PROJECT_VERSION) },
        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("openssl"), Exchange::cryptoLibraryVersion() },
        { QStringLiteral("schema"), Kiosk::Database::latestSchemaVersion() } };
    QList<SelfTestLine> lines;
    const Kiosk::KioskSettings settings = Kiosk::KioskSettings::load(dataDir);

    // The start-of-day check's items, with the devices asked from here and no wait left.
    Kiosk::ReadinessFacts facts;
    facts.devicesTimedOut = true;
    facts.cameraFrames = Kiosk::CameraFrames::Seen; // replaced by the camera line below
    facts.reader = probeReader(parser);
    facts.printer = probePrinter(settings);
    const Result<Kiosk::Workspace *> ws = parts.workspace(dataDir, CommandParts::Access::ReadOnly);
    if (ws) {
        Kiosk::readStoreFacts(*ws.value(), facts);
        lines.append(schemaLine(dataDir));
    } else {
        lines.append({ QStringLiteral("store"), Verdict::Fail, ws.failure().code, ws.failure().message });
    }
    for (const ReadinessFinding &f : Kiosk::assessReadiness(facts).findings) {
        if (f.item == ReadinessItem::Camera)
            lines.append(cameraLine());
        else if (ws || f.item == ReadinessItem::Reader || f.item == ReadinessItem::Printer)
            lines.append({ itemKey(f.item), f.verdict, f.code, f.detail });
    }
    if (ws)
        lines.append(intakeLine(*ws.value(),
            parser.isSet(QStringLiteral("intake")) ? QUrl(parser.value(QStringLiteral("intake"))) : settings.intake,
            parts.clock()));

    const bool ok = std::none_of(lines.begin(), lines.end(),
        [](const SelfTestLine &l) { return l.verdict == Verdict::Fail || l.verdict == Verdict::Waiting; });
    if (wantsJson(parser)) {
        QJsonArray checks;
        for (const SelfTestLine &l : lines)
            checks.append(
                QJsonObject { { QStringLiteral("item"), l.item }, { QStringLiteral("verdict"), verdictKey(l.verdict) },
                    { QStringLiteral("code"), l.code }, { QStringLiteral("detail"), l.detail } });
        printJson(QJsonObject { { QStringLiteral("ok"), ok }, { QStringLiteral("data_dir"), dataDir },
            { QStringLiteral("versions"), versions }, { QStringLiteral("checks"), checks } });
    } else {
        QTextStream out(stdout);
        out << "RegPoint " << PROJECT_VERSION << ", Qt " << qVersion() << ", " << Exchange::cryptoLibraryVersion()
            << Qt::endl;
        for (const SelfTestLine &l : lines)
            out << verdictKey(l.verdict).toUpper().leftJustified(8) << l.item.leftJustified(10) << l.detail << Qt::endl;
        out << (ok ? SelfTestTr::tr("Self-test passed.") : SelfTestTr::tr("Self-test FAILED: see the lines above."))
            << Qt::endl;
    }
    return ok ? Ok : Failed;
}

} // namespace

QList<Command> selfTestCommands()
{
    return {
        { QStringLiteral("selftest"), {},
            QStringLiteral("Check this point as a technician hands it over: versions, the store's schema, keys and "
                           "certificate dates, reader, camera, printer, intake server, disk, clock (exit 1 on any "
                           "failure)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("reader-port"),
                    QStringLiteral("Ask only this serial port for the reader (repeatable)."), QStringLiteral("PORT") });
                p.addOption({ QStringLiteral("intake"),
                    QStringLiteral("The intake server's URL instead of kiosk.ini's."), QStringLiteral("URL") });
            },
            selfTest },
    };
}

} // namespace RegPoint::Ctl
