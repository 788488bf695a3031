#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace RegPoint::Ctl {

// Exit codes shared by every command.
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// One `regpointctl GROUP ACTION` command.
struct Command
{
    QString group; // "operator"
    QString action; // "add"; empty for a one-word command ("provision")
    QString summary;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const QCommandLineParser &)> run;
    bool takesFiles = false; // positional arguments allowed
};

QList<Command> operatorCommands();
QList<Command> recordCommands();
QList<Command> databaseCommands();
QList<Command> readerCommands();
QList<Command> photoCommands();
QList<Command> provisionCommands();
QList<Command> auditCommands();
QList<Command> demoCommands();

// Shared by the commands: --data-dir and --json.
void addCommonOptions(QCommandLineParser &parser, bool withJson);
QString dataDirOption(const QCommandLineParser &parser);
bool wantsJson(const QCommandLineParser &parser);
void printJson(const QJsonValue &value);
// One clear line on stderr: what failed and what to do.
int fail(const QString &message, int code = Failed);

} // namespace RegPoint::Ctl
