#include "ctlcommand.h"

#include "clock.h"
#include "records/recordstore.h"
#include "records/recordview.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct RecordsTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Records)
};

// Lists records without revealing who they are: names and ID numbers are masked, as on the kiosk.
int listRecords(const QCommandLineParser &parser, CommandParts &parts)
{
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return fail(QStringLiteral("--limit takes a positive number."), Usage);
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    QList<Kiosk::DamagedRecord> damaged;
    auto records = ws.value()->records().list(limit, &damaged, Kiosk::RecordStore::Versions::All);
    if (!records)
        return fail(records.failure().message);

    QJsonArray array;
    QTextStream out(stdout);
    for (const Kiosk::CandidateRecord &record : records.value()) {
        const Kiosk::RecordView r = Kiosk::RecordView::of(record);
        if (wantsJson(parser)) {
            array.append(QJsonObject { { QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("version"), r.version }, { QStringLiteral("state"), Kiosk::stateKey(r.state) },
                { QStringLiteral("entry_method"), Kiosk::entryMethodKey(r.entryMethod) },
                { QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("created_by"), r.createdBy }, { QStringLiteral("name_masked"), r.maskedName },
                { QStringLiteral("id_number_masked"), r.maskedIdNumber } });
        } else {
            out << r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t' << r.shortId << '\t'
                << Kiosk::stateKey(r.state) << '\t' << Kiosk::entryMethodKey(r.entryMethod) << '\t' << r.maskedName
                << '\t' << r.maskedIdNumber << Qt::endl;
        }
    }
    // A damaged row is listed, marked, after the readable ones; the exit code says something is wrong.
    for (const Kiosk::DamagedRecord &d : damaged) {
        if (wantsJson(parser)) {
            array.append(QJsonObject { { QStringLiteral("id"), d.id.toString(QUuid::WithoutBraces) },
                { QStringLiteral("state"), d.state },
                { QStringLiteral("created_at"), d.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("damaged"), d.failure.code } });
        } else {
            out << d.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                << d.id.toString(QUuid::WithoutBraces).left(8) << '\t' << d.state << '\t'
                << RecordsTr::tr("DAMAGED: %1").arg(d.failure.message) << Qt::endl;
        }
    }
    if (wantsJson(parser))
        printJson(array);
    return damaged.isEmpty() ? Ok : Failed;
}

} // namespace

QList<Command> recordCommands()
{
    return {
        { QStringLiteral("records"), QStringLiteral("list"),
            QStringLiteral("List the records of this point, newest first (personal data masked)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("limit"), QStringLiteral("At most N records (default 1000)."),
                    QStringLiteral("N"), QStringLiteral("1000") });
            },
            listRecords },
    };
}

} // namespace RegPoint::Ctl
