// regpointctl audit: verify the hash chain, sign the day's head, export a signed copy.
#include "ctlcommand.h"

#include "audit/auditexport.h"
#include "audit/auditlog.h"
#include "audit/dayclose.h"
#include "clock.h"
#include "crypto/machineprovisioning.h"
#include "crypto/pointkeys.h"
#include "envelope.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct AuditTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Audit)
};

// Exit 0 when the chain holds; otherwise 1, naming the first event that breaks it.
int verify(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    if (parser.isSet(QStringLiteral("ca"))) {
        // The province's CA brought from outside the data folder: what is in the folder can be swapped.
        QFile ca(parser.value(QStringLiteral("ca")));
        if (!ca.open(QIODevice::ReadOnly))
            return fail(AuditTr::tr("Cannot read the CA certificate %1.").arg(ca.fileName()), Usage);
        ws.value()->keys().trustInstead(
            Kiosk::PointTrust { ca.read(1 << 20), Kiosk::MachineProvisioning(ws.value()->dataDir()).pointCode() });
    }
    const Result<Kiosk::AuditVerification> result = ws.value()->audit().verify();
    if (!result)
        return fail(result.failure().message);
    const Kiosk::AuditVerification &v = result.value();
    if (wantsJson(parser)) {
        printJson(QJsonObject { { QStringLiteral("ok"), v.ok() }, { QStringLiteral("events"), v.events },
            { QStringLiteral("signed_heads"), v.signedHeads },
            { QStringLiteral("first_broken"), v.firstBroken ? QJsonValue(*v.firstBroken) : QJsonValue() },
            { QStringLiteral("problem"), v.problem } });
    } else if (v.ok()) {
        QTextStream(stdout) << AuditTr::tr("Audit chain intact: %n event(s)", nullptr, int(v.events))
                            << AuditTr::tr(", %n signed day head(s).", nullptr, int(v.signedHeads)) << Qt::endl;
    } else {
        QTextStream(stderr) << AuditTr::tr("Audit chain BROKEN at event %1: %2. Keep this disk as it is and call the "
                                           "provincial office.")
                                   .arg(*v.firstBroken)
                                   .arg(v.problem)
                            << Qt::endl;
    }
    return v.ok() ? Ok : Failed;
}

Result<Kiosk::Workspace *> openForSigning(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (ws && !ws.value()->sealer())
        return Failure { QStringLiteral("provision.missing"),
            AuditTr::tr("This point is not provisioned, so it cannot sign. Run regpointctl provision first.") };
    return ws;
}

int closeDay(const QCommandLineParser &parser, CommandParts &parts)
{
    const Kiosk::Clock &clock = parts.clock();
    auto ws = openForSigning(parser, parts);
    if (!ws)
        return fail(ws.failure().message);
    const Result<QDate> closed = Kiosk::DayClose(ws.value()->audit(), clock).close(*ws.value()->sealer());
    if (!closed)
        return fail(closed.failure().message);
    QTextStream(stdout) << AuditTr::tr("Audit head of %1 signed.").arg(closed->toString(Qt::ISODate)) << Qt::endl;
    return Ok;
}

// DIR/audit-POINT-TIME.jsonl (one event per line), .sig (base64 ECDSA over the file's bytes) and
// .crt (the machine certificate that signed).
int exportLog(const QCommandLineParser &parser, CommandParts &parts)
{
    if (parser.positionalArguments().size() != 1)
        return fail(AuditTr::tr("Name the folder to export to: audit export DIR"), Usage);
    const QDir dir(parser.positionalArguments().constFirst());
    auto ws = openForSigning(parser, parts);
    if (!ws)
        return fail(ws.failure().message);
    const Result<Kiosk::AuditExport> exported
        = Kiosk::exportAuditLog(ws.value()->audit(), *ws.value()->sealer(), parts.clock(), dir, std::nullopt);
    if (!exported)
        return fail(exported.failure().message);
    if (wantsJson(parser))
        printJson(QJsonObject {
            { QStringLiteral("file"), exported->file }, { QStringLiteral("events"), qint64(exported->events) } });
    else
        QTextStream(stdout)
            << AuditTr::tr("%n event(s) exported to %1, signed.", nullptr, int(exported->events)).arg(exported->file)
            << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        { QStringLiteral("audit"), QStringLiteral("verify"),
            QStringLiteral(
                "Check the audit hash chain and the signed day heads (exit 1 names the first broken event)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("ca"),
                    QStringLiteral("Check the signatures against this CA certificate (PEM) instead of keys/ca.pem."),
                    QStringLiteral("FILE") });
            },
            verify },
        { QStringLiteral("audit"), QStringLiteral("close-day"),
            QStringLiteral("Sign the audit chain's head for today with the machine key (day end)."),
            [](QCommandLineParser &p) { addCommonOptions(p, false); }, closeDay },
        { QStringLiteral("audit"), QStringLiteral("export"),
            QStringLiteral("Write the audit log to DIR, signed with the machine key."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to write to (a USB stick)."));
            },
            exportLog, true },
    };
}

} // namespace RegPoint::Ctl
