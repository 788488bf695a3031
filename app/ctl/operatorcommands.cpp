#include "ctlcommand.h"
#include "passwordinput.h"

#include "clock.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct OperatorsTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Operators)
};

int noPasswordSource()
{
    return fail(
        OperatorsTr::tr("No terminal to ask for the password: pass it on standard input with --password-stdin."),
        Usage);
}

int add(const QCommandLineParser &parser, CommandParts &parts)
{
    const auto role = Kiosk::roleFromKey(parser.value(QStringLiteral("role")));
    if (!role)
        return fail(OperatorsTr::tr("--role must be clerk, supervisor or admin."), Usage);
    Kiosk::NewOperator request { parser.value(QStringLiteral("username")), parser.value(QStringLiteral("name")), *role,
        {}, {} };
    if (request.username.isEmpty() || request.displayName.isEmpty())
        return fail(OperatorsTr::tr("Give --username and --name."), Usage);
    const auto passwords
        = readPasswords(parser, { OperatorsTr::tr("Password for %1: ").arg(Kiosk::printableText(request.username)) });
    if (!passwords)
        return noPasswordSource();
    if (!*passwords)
        return fail(passwords->failure().message);
    request.password = passwords->value().at(0);
    request.passwordRepeat = passwords->value().at(1);

    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    auto created = ws.value()->operators().create(request);
    if (!created)
        return fail(created.failure().message);
    if (wantsJson(parser))
        printJson(
            QJsonObject { { QStringLiteral("id"), created->id }, { QStringLiteral("username"), created->username },
                { QStringLiteral("role"), Kiosk::roleKey(created->role) } });
    else
        QTextStream(stdout) << OperatorsTr::tr("Created %1 %2 (%3).")
                                   .arg(Kiosk::roleDisplayName(created->role), Kiosk::printableText(created->username),
                                       Kiosk::printableText(created->displayName))
                            << Qt::endl;
    return Ok;
}

// A supervisor (or admin) resets someone's password, or lifts their lockout; both audited.
// Standard input (with --password-stdin): the approver's password, then the new password.
int resetPassword(const QCommandLineParser &parser, CommandParts &parts)
{
    const QString username = parser.value(QStringLiteral("username"));
    const QString by = parser.value(QStringLiteral("by"));
    if (username.isEmpty() || by.isEmpty())
        return fail(
            OperatorsTr::tr("Give --username (whose password) and --by (the supervisor or admin who resets it)."),
            Usage);
    const auto passwords = readPasswords(parser,
        { OperatorsTr::tr("Password of %1: ").arg(Kiosk::printableText(by)),
            OperatorsTr::tr("New password for %1: ").arg(Kiosk::printableText(username)) });
    if (!passwords)
        return noPasswordSource();
    if (!*passwords)
        return fail(passwords->failure().message);
    const QStringList &entered = passwords->value();
    const QString &approverPassword = entered.at(0), &newPassword = entered.at(1), &repeat = entered.at(2);
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    Kiosk::OperatorService &operators = ws.value()->operators();
    const Result<Kiosk::Operator> approver
        = operators.authenticate(by, approverPassword, Kiosk::OperatorService::Purpose::Approval);
    if (!approver)
        return fail(approver.failure().message);
    if (const Status reset = operators.resetPassword(approver.value(), username, newPassword, repeat); !reset)
        return fail(reset.failure().message);
    QTextStream(stdout) << OperatorsTr::tr("Password of %1 reset by %2; any lockout is lifted.")
                               .arg(Kiosk::printableText(username), Kiosk::printableText(by))
                        << Qt::endl;
    return Ok;
}

int listOperators(const QCommandLineParser &parser, CommandParts &parts)
{
    auto ws = parts.workspace(dataDirOption(parser), CommandParts::Access::ReadOnly);
    if (!ws)
        return fail(ws.failure().message);
    auto operators = ws.value()->operatorStore().list();
    if (!operators)
        return fail(operators.failure().message);
    if (wantsJson(parser)) {
        QJsonArray array;
        for (const Kiosk::Operator &op : operators.value())
            array.append(QJsonObject { { QStringLiteral("id"), op.id }, { QStringLiteral("username"), op.username },
                { QStringLiteral("display_name"), op.displayName }, { QStringLiteral("role"), Kiosk::roleKey(op.role) },
                { QStringLiteral("created_at"), op.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("disabled"), op.disabled } });
        printJson(array);
        return Ok;
    }
    // Names as stored may hold anything someone wrote into the file: printed escaped, so a terminal
    // never receives a control sequence from them.
    QTextStream out(stdout);
    for (const Kiosk::Operator &op : operators.value())
        out << op.id << '\t' << Kiosk::printableText(op.username) << '\t' << Kiosk::roleKey(op.role) << '\t'
            << Kiosk::printableText(op.displayName) << (op.disabled ? "\tdisabled" : "") << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> operatorCommands()
{
    return {
        { QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("Create an operator account."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("username"), QStringLiteral("Login name: 3-32 of a-z 0-9 . _ -"),
                    QStringLiteral("NAME") });
                p.addOption({ QStringLiteral("name"), QStringLiteral("Full name, as printed on sheets."),
                    QStringLiteral("TEXT") });
                p.addOption({ QStringLiteral("role"), QStringLiteral("clerk, supervisor or admin (default clerk)."),
                    QStringLiteral("ROLE"), QStringLiteral("clerk") });
                p.addOption({ QStringLiteral("password-stdin"),
                    QStringLiteral("Read the password from the first line of standard input (UTF-8).") });
            },
            add },
        { QStringLiteral("operator"), QStringLiteral("reset-password"),
            QStringLiteral("Reset an operator's password (and lift a lockout), approved by a supervisor or admin."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, false);
                p.addOption({ QStringLiteral("username"), QStringLiteral("Whose password."), QStringLiteral("NAME") });
                p.addOption({ QStringLiteral("by"), QStringLiteral("The supervisor or admin who approves."),
                    QStringLiteral("NAME") });
                p.addOption({ QStringLiteral("password-stdin"),
                    QStringLiteral("Read the approver's password, then the new one, from standard input (one "
                                   "UTF-8 line each).") });
            },
            resetPassword },
        { QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("List operator accounts."),
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, listOperators },
    };
}

} // namespace RegPoint::Ctl
