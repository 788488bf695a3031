// regpointctl day-end list|decide: the supervisor's review of the day's records before the
// day-end batch (docs/sync.md). Names and ID numbers are shown masked, as on the kiosk.
#include "ctlcommand.h"
#include "passwordinput.h"

#include "operators/operatorservice.h"
#include "records/recordstore.h"
#include "sync/dayendreview.h"
#include "sync/syncledger.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct DayEndTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::DayEnd)
};

Kiosk::DayEndReview reviewOf(Kiosk::Workspace &ws)
{
    return { ws.sync(), ws.records(), ws.operators() };
}

int list(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    const Result<QList<Kiosk::RecordView>> pending = reviewOf(*ws.value()).pending();
    if (!pending)
        return fail(pending.failure().message);
    if (wantsJson(parser)) {
        QJsonArray records;
        for (const Kiosk::RecordView &r : pending.value())
            records.append(QJsonObject { { QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("short_id"), r.shortId }, { QStringLiteral("name"), r.maskedName },
                { QStringLiteral("id_number"), r.maskedIdNumber },
                { QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("entry"),
                    r.entryMethod == Kiosk::EntryMethod::Card ? QStringLiteral("card") : QStringLiteral("manual") } });
        printJson(QJsonObject { { QStringLiteral("pending"), records } });
        return Ok;
    }
    QTextStream out(stdout);
    out << DayEndTr::tr("%n record(s) wait for the supervisor's decision.", nullptr, int(pending->size())) << Qt::endl;
    for (const Kiosk::RecordView &r : pending.value())
        out << "  " << r.shortId << "  " << r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << r.maskedName << "  " << r.maskedIdNumber << "  "
            << (r.entryMethod == Kiosk::EntryMethod::Card ? DayEndTr::tr("ID card") : DayEndTr::tr("by hand"))
            << Qt::endl;
    return Ok;
}

// A full id, or the 8-digit short id of a record still pending.
std::optional<QUuid> resolve(const QString &given, const QList<Kiosk::RecordView> &pending)
{
    const QUuid full = QUuid::fromString(given);
    if (!full.isNull())
        return full;
    std::optional<QUuid> found;
    for (const Kiosk::RecordView &r : pending) {
        if (r.shortId.compare(given, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt; // two records share it: ask for the full id
            found = r.id;
        }
    }
    return found;
}

int decide(const QCommandLineParser &parser, CommandParts &parts)
{
    const QString username = parser.value(QStringLiteral("supervisor"));
    const bool approveAll = parser.isSet(QStringLiteral("approve-all"));
    const QStringList approve = parser.values(QStringLiteral("approve"));
    const QStringList reject = parser.values(QStringLiteral("reject"));
    const QString reason = parser.value(QStringLiteral("reason"));
    if (username.isEmpty() || (!approveAll && approve.isEmpty() && reject.isEmpty()))
        return fail(
            DayEndTr::tr("Give --supervisor NAME and --approve-all, --approve ID or --reject ID --reason TEXT."),
            Usage);
    if (!reject.isEmpty() && reason.trimmed().isEmpty())
        return fail(DayEndTr::tr("A rejection needs its reason: add --reason \"why\"."), Usage);
    const auto password = readPassword(parser, DayEndTr::tr("Password for %1: ").arg(Kiosk::printableText(username)));
    if (!password)
        return fail(DayEndTr::tr("No terminal to ask for the password: pass it on standard input with "
                                 "--password-stdin."),
            Usage);
    if (!*password)
        return fail(password->failure().message);

    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    Kiosk::DayEndReview review = reviewOf(*ws.value());
    const Result<Kiosk::Operator> supervisor = review.signIn(username, password->value());
    if (!supervisor)
        return fail(supervisor.failure().message);
    const Result<QList<Kiosk::RecordView>> pending = review.pending();
    if (!pending)
        return fail(pending.failure().message);

    qsizetype approved = 0, rejected = 0;
    const auto one = [&](const QString &given, Kiosk::Decision decision) -> Status {
        const std::optional<QUuid> id = resolve(given, pending.value());
        if (!id)
            return Failure { QStringLiteral("dayend.unknown-record"),
                DayEndTr::tr("No pending record %1 (or two share that short id): give the full id from "
                             "`regpointctl day-end list`.")
                    .arg(Kiosk::printableText(given)) };
        return review.decide(supervisor.value(), *id, decision, reason);
    };
    for (const QString &id : reject) {
        if (const Status done = one(id, Kiosk::Decision::Rejected); !done)
            return fail(done.failure().message);
        ++rejected;
    }
    for (const QString &id : approve) {
        if (const Status done = one(id, Kiosk::Decision::Approved); !done)
            return fail(done.failure().message);
        ++approved;
    }
    if (approveAll) {
        const Result<qsizetype> all = review.approveAllPending(supervisor.value());
        if (!all)
            return fail(all.failure().message);
        approved += all.value();
    }
    if (wantsJson(parser))
        printJson(QJsonObject { { QStringLiteral("approved"), approved }, { QStringLiteral("rejected"), rejected } });
    else
        QTextStream(stdout) << DayEndTr::tr("Approved %1, rejected %2. They go to the province with the next sync or "
                                            "USB export.")
                                   .arg(approved)
                                   .arg(rejected)
                            << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> dayEndCommands()
{
    return {
        { QStringLiteral("day-end"), QStringLiteral("list"),
            QStringLiteral("The sealed records waiting for the supervisor's decision (masked)."),
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, list },
        { QStringLiteral("day-end"), QStringLiteral("decide"),
            QStringLiteral("Approve or reject records as the supervisor (password asked, or --password-stdin)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOptions({ { QStringLiteral("supervisor"), QStringLiteral("The supervisor's user name."),
                                   QStringLiteral("NAME") },
                    { QStringLiteral("approve"), QStringLiteral("Approve this record (id or short id); repeatable."),
                        QStringLiteral("ID") },
                    { QStringLiteral("reject"), QStringLiteral("Reject this record; repeatable, needs --reason."),
                        QStringLiteral("ID") },
                    { QStringLiteral("reason"), QStringLiteral("Why the records are rejected."),
                        QStringLiteral("TEXT") },
                    { QStringLiteral("approve-all"), QStringLiteral("Approve every record still pending.") },
                    { QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input.") } });
            },
            decide },
    };
}

} // namespace RegPoint::Ctl
