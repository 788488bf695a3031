// regpointctl sync status|now, export DIR, verify-batch FILE: the point's records towards the
// province, for the technician and the supervisor at day end.
#include "ctlcommand.h"

#include "clock.h"
#include "crypto/machineprovisioning.h"
#include "flow/registrationgate.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "settings/kiosksettings.h"
#include "sync/pointconfig.h"
#include "sync/pointsync.h"
#include "sync/syncledger.h"
#include "sync/usbexport.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Sync)
};

QString regionsTableKey(Kiosk::RegionsTable table)
{
    switch (table) {
    case Kiosk::RegionsTable::Current:
        return QStringLiteral("current");
    case Kiosk::RegionsTable::Differs:
        return QStringLiteral("differs");
    case Kiosk::RegionsTable::NotNamed:
        break;
    }
    return QStringLiteral("not-named");
}

QJsonObject countsJson(const QMap<Kiosk::RecordState, qsizetype> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(Kiosk::stateKey(it.key()), it.value());
    return json;
}

int status(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    const Result<Kiosk::SyncSummary> summary = ws.value()->sync().summary();
    if (!summary)
        return fail(summary.failure().message);
    const Kiosk::SyncSummary &s = summary.value();
    const QUrl intake = Kiosk::KioskSettings::load(ws.value()->dataDir()).intake;
    // What the province's settings allow now, and the numbers left for slips.
    const Result<std::optional<Exchange::ConfigBundle>> kept = ws.value()->config().current();
    const std::optional<Exchange::ConfigBundle> bundle = kept ? kept.value() : std::nullopt;
    const Result<qint64> left = ws.value()->serials().left();
    const qint64 serialsLeft = left ? left.value() : 0;
    const std::optional<Failure> hold
        = Kiosk::RegistrationGate(ws.value()->config(), ws.value()->sync(), parts.clock()).holdReason();
    const Kiosk::RegionsTable regions = bundle ? Kiosk::regionsTableAgainst(*bundle) : Kiosk::RegionsTable::NotNamed;
    if (wantsJson(parser)) {
        printJson(QJsonObject { { QStringLiteral("intake"), intake.toString() },
            { QStringLiteral("config_version"), bundle ? QJsonValue(bundle->version) : QJsonValue() },
            { QStringLiteral("registration_closes"),
                bundle ? QJsonValue(bundle->registrationCloses.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("serials_left"), serialsLeft },
            { QStringLiteral("regions_table"), bundle ? QJsonValue(regionsTableKey(regions)) : QJsonValue() },
            { QStringLiteral("hold"), hold ? QJsonValue(hold->code) : QJsonValue() },
            { QStringLiteral("by_state"), countsJson(s.byState) }, { QStringLiteral("unsent"), s.unsent },
            { QStringLiteral("pending_decisions"), s.pendingDecisions }, { QStringLiteral("not_final"), s.notFinal },
            { QStringLiteral("oldest_unsent"),
                s.oldestUnsent.isValid() ? QJsonValue(s.oldestUnsent.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("last_attempt"),
                s.lastAttempt.isValid() ? QJsonValue(s.lastAttempt.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("last_error"), s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError) } });
        return Ok;
    }
    QTextStream out(stdout);
    out << SyncTr::tr("Province server: %1")
               .arg(intake.isEmpty() ? SyncTr::tr("not set (kiosk.ini [sync] intake)") : intake.toString())
        << Qt::endl;
    out << SyncTr::tr("Not yet answered for: %1; answered but not final: %2; awaiting the supervisor's decision: %3")
               .arg(s.unsent)
               .arg(s.notFinal)
               .arg(s.pendingDecisions)
        << Qt::endl;
    for (auto it = s.byState.cbegin(); it != s.byState.cend(); ++it)
        out << "  " << Kiosk::stateKey(it.key()) << ": " << it.value() << Qt::endl;
    if (s.oldestUnsent.isValid())
        out << SyncTr::tr("Oldest unsent record sealed at %1").arg(s.oldestUnsent.toString(Qt::ISODate)) << Qt::endl;
    if (s.lastAttempt.isValid())
        out << SyncTr::tr("Last attempt %1: %2")
                   .arg(s.lastAttempt.toString(Qt::ISODate), s.lastError.isEmpty() ? SyncTr::tr("ok") : s.lastError)
            << Qt::endl;
    if (bundle)
        out << SyncTr::tr("Province settings version %1; registration %2 to %3; %4 registration numbers left")
                   .arg(bundle->version)
                   .arg(bundle->registrationOpens.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       bundle->registrationCloses.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(serialsLeft)
            << Qt::endl;
    else
        out << SyncTr::tr("No province settings yet: they come with the first sync.") << Qt::endl;
    if (regions == Kiosk::RegionsTable::Differs)
        out << SyncTr::tr("The province names another address code table than this kiosk's: addresses are "
                          "checked against an outdated table. Ask the technician to update the kiosk.")
            << Qt::endl;
    if (hold)
        out << hold->message << Qt::endl;
    return Ok;
}

int syncNow(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    Kiosk::Workspace &workspace = *ws.value();
    const Kiosk::KioskSettings settings = Kiosk::KioskSettings::load(workspace.dataDir());
    const QUrl intake
        = parser.isSet(QStringLiteral("intake")) ? QUrl(parser.value(QStringLiteral("intake"))) : settings.intake;
    auto sync = Kiosk::PointSync::create(workspace.dataDir(), intake,
        { workspace.sync(), workspace.records(), workspace.audit(), workspace.config(), workspace.serials(),
            workspace.forms() },
        parts.clock());
    if (!sync)
        return fail(sync.failure().message);
    const bool json = wantsJson(parser);
    QEventLoop loop;
    Kiosk::SyncOutcome outcome;
    QObject::connect(&sync.value()->run(), &Kiosk::SyncRun::progress, &loop, [json](const Kiosk::SyncProgress &p) {
        if (!json)
            QTextStream(stderr) << SyncTr::tr("sent %1 of %2 records (%3 of %4 KiB)")
                                       .arg(p.recordsDone)
                                       .arg(p.recordsTotal)
                                       .arg(p.bytesDone / 1024)
                                       .arg(p.bytesTotal / 1024)
                                << Qt::endl;
    });
    QObject::connect(&sync.value()->run(), &Kiosk::SyncRun::finished, &loop, [&](const Kiosk::SyncOutcome &result) {
        outcome = result;
        loop.quit();
    });
    sync.value()->run().start();
    if (sync.value()->run().isRunning())
        loop.exec();
    if (json) {
        printJson(QJsonObject { { QStringLiteral("announced"), outcome.announced },
            { QStringLiteral("uploaded"), outcome.uploaded },
            { QStringLiteral("answers"), countsJson(outcome.answers) },
            { QStringLiteral("stopped_by"), outcome.stoppedBy ? QJsonValue(outcome.stoppedBy->code) : QJsonValue() },
            { QStringLiteral("retry_later"), outcome.retryLater() }, { QStringLiteral("purged"), outcome.purged },
            { QStringLiteral("config_error"),
                outcome.configFailure ? QJsonValue(outcome.configFailure->code) : QJsonValue() },
            { QStringLiteral("forms_received"), outcome.formsReceived },
            { QStringLiteral("confirmations_sent"), outcome.confirmationsSent },
            { QStringLiteral("forms_error"),
                outcome.formsFailure ? QJsonValue(outcome.formsFailure->code) : QJsonValue() } });
    } else {
        QTextStream out(stdout);
        out << SyncTr::tr("Announced %1 record(s), sent %2.").arg(outcome.announced).arg(outcome.uploaded) << Qt::endl;
        for (auto it = outcome.answers.cbegin(); it != outcome.answers.cend(); ++it)
            out << "  " << Kiosk::stateKey(it.key()) << ": " << it.value() << Qt::endl;
        out << SyncTr::tr("Registration forms received: %1; sheet confirmations sent: %2.")
                   .arg(outcome.formsReceived)
                   .arg(outcome.confirmationsSent)
            << Qt::endl;
        // The sheets' step does not stop the run; what stopped it is for a person to see here.
        if (outcome.formsFailure)
            out << SyncTr::tr("Forms and confirmations: %1").arg(outcome.formsFailure->message) << Qt::endl;
    }
    if (outcome.stoppedBy)
        return fail(outcome.stoppedBy->message);
    return Ok;
}

int exportBatch(const QCommandLineParser &parser, CommandParts &parts)
{
    if (parser.positionalArguments().size() != 1)
        return fail(SyncTr::tr("Name one folder to export to (the USB drive)."), Usage);
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    Kiosk::Workspace &workspace = *ws.value();
    const auto credentials = Kiosk::MachineProvisioning(workspace.dataDir()).credentials();
    if (!credentials)
        return fail(credentials.failure().message);
    Kiosk::UsbExport usb(workspace.sync(), workspace.records(), workspace.audit(), parts.clock());
    const Result<Kiosk::UsbExportResult> result = usb.exportTo(parser.positionalArguments().constFirst(),
        { credentials->certificatePem, credentials->privateKeyPem, credentials->caPem });
    if (!result)
        return fail(result.failure().message);
    if (wantsJson(parser))
        printJson(QJsonObject { { QStringLiteral("file"), result->path },
            { QStringLiteral("batch"), result->batch.toString(QUuid::WithoutBraces) },
            { QStringLiteral("records"), result->records }, { QStringLiteral("bytes"), result->bytes },
            { QStringLiteral("verified"), true } });
    else
        QTextStream(stdout) << SyncTr::tr("Wrote %1 record(s) to %2, read it back and verified it. The drive may be "
                                          "removed.")
                                   .arg(result->records)
                                   .arg(result->path)
                            << Qt::endl;
    return Ok;
}

int verifyBatch(const QCommandLineParser &parser, CommandParts &parts)
{
    if (parser.positionalArguments().size() != 1)
        return fail(SyncTr::tr("Name one batch file (.rpbatch) to verify."), Usage);
    QByteArray caPem;
    if (parser.isSet(QStringLiteral("ca"))) {
        QFile ca(parser.value(QStringLiteral("ca")));
        if (!ca.open(QIODevice::ReadOnly))
            return fail(SyncTr::tr("Cannot read the CA certificate %1.").arg(ca.fileName()), Usage);
        caPem = ca.read(1 << 20);
    } else {
        caPem = Kiosk::MachineProvisioning(dataDirOption(parser)).caCertificatePem();
        if (caPem.isEmpty())
            return fail(SyncTr::tr("This point has no province CA; name one with --ca FILE."), Usage);
    }
    const Result<Kiosk::UsbBatchCheck> check
        = Kiosk::verifyUsbBatchFile(parser.positionalArguments().constFirst(), caPem, parts.clock().now());
    if (wantsJson(parser)) {
        QJsonObject json { { QStringLiteral("ok"), check.ok() } };
        if (check) {
            json.insert(QStringLiteral("point"), check->pointCode);
            json.insert(QStringLiteral("batch"), check->batch.toString(QUuid::WithoutBraces));
            json.insert(QStringLiteral("records"), check->records);
            json.insert(QStringLiteral("bytes"), check->bytes);
        } else {
            json.insert(QStringLiteral("code"), check.failure().code);
            json.insert(QStringLiteral("message"), check.failure().message);
        }
        printJson(json);
        return check ? Ok : Failed;
    }
    if (!check)
        return fail(
            SyncTr::tr("The batch file does not verify (%1): %2").arg(check.failure().code, check.failure().message));
    QTextStream(stdout) << SyncTr::tr("Batch of point %1 verified: %2 record(s), every envelope signed and intact.")
                               .arg(check->pointCode)
                               .arg(check->records)
                        << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        { QStringLiteral("sync"), QStringLiteral("status"),
            QStringLiteral("Where the point's records stand with the province (unsent, answered, decisions)."),
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, status },
        { QStringLiteral("sync"), QStringLiteral("now"),
            QStringLiteral("Send every record not yet answered for to the province now, and pull their status."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("intake"),
                    QStringLiteral("The province's server (https://host:port) instead of kiosk.ini's."),
                    QStringLiteral("URL") });
            },
            syncNow },
        { QStringLiteral("export"), QString(),
            QStringLiteral("Write every record not yet answered for to DIR as a signed USB batch, read it back and "
                           "verify it."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The USB drive's folder."));
            },
            exportBatch, true },
        { QStringLiteral("verify-batch"), QString(),
            QStringLiteral("Check a USB batch file as the province would: signature, certificate, every envelope."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .rpbatch file."));
                p.addOption({ QStringLiteral("ca"),
                    QStringLiteral("The province's CA certificate (PEM) instead of keys/ca.pem."),
                    QStringLiteral("FILE") });
            },
            verifyBatch, true },
    };
}

} // namespace RegPoint::Ctl
