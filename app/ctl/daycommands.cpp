// regpointctl day list: the days this point opened, and for a day opened despite failed checks,
// who accepted them and why (docs/security.md, start of day).
#include "ctlcommand.h"

#include "audit/dayopening.h"
#include "operators/operatorstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct DayTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Day)
};

// An operator as the day's record names them: the user name, or the number of an account gone.
QString operatorName(const Kiosk::OperatorStore &operators, qint64 id)
{
    const Result<std::optional<Kiosk::Operator>> found = operators.find(id);
    return found && found.value() ? found.value()->username : QStringLiteral("#%1").arg(id);
}

int listOpenings(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    const Result<QList<Kiosk::DayOpened>> days = ws.value()->days().history();
    if (!days)
        return fail(days.failure().message);
    const Kiosk::OperatorStore &operators = ws.value()->operatorStore();
    if (wantsJson(parser)) {
        QJsonArray out;
        for (const Kiosk::DayOpened &day : days.value()) {
            QJsonObject json { { QStringLiteral("day"), day.day.toString(Qt::ISODate) },
                { QStringLiteral("opened_at"), day.at.toString(Qt::ISODateWithMs) },
                { QStringLiteral("opened_by"), operatorName(operators, day.openedBy) },
                { QStringLiteral("failed"), QJsonArray::fromStringList(day.failed) },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(day.warnings) } };
            if (day.approvedBy) {
                json.insert(QStringLiteral("approved_by"), operatorName(operators, *day.approvedBy));
                json.insert(QStringLiteral("reason"), day.reason);
            }
            out.append(json);
        }
        printJson(QJsonObject { { QStringLiteral("days"), out } });
        return Ok;
    }
    QTextStream text(stdout);
    text << DayTr::tr("%n day(s) opened.", nullptr, int(days->size())) << Qt::endl;
    for (const Kiosk::DayOpened &day : days.value()) {
        text << "  " << day.day.toString(Qt::ISODate) << "  " << day.at.toLocalTime().toString(QStringLiteral("HH:mm"))
             << "  " << operatorName(operators, day.openedBy) << "  ";
        if (day.approvedBy)
            text << DayTr::tr("failed: %1; accepted by %2: %3")
                        .arg(day.failed.join(QStringLiteral(", ")), operatorName(operators, *day.approvedBy),
                            day.reason);
        else
            text << DayTr::tr("every check passed");
        text << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> dayCommands()
{
    return {
        { QStringLiteral("day"), QStringLiteral("list"),
            QStringLiteral("The days this point opened, newest first; for a day opened despite failed checks, the "
                           "supervisor who accepted them and their reason."),
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, listOpenings },
    };
}

} // namespace RegPoint::Ctl
