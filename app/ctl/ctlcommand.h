#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "result.h"

#include <functional>
#include <memory>

class QCommandLineParser;

namespace RegPoint::Kiosk {
class Clock;
class Workspace;
} // namespace RegPoint::Kiosk

namespace RegPoint::Ctl {

// regpointctl's parts, built by its composition root (main.cpp) and handed to the command that
// runs: the clock, and the data folder's workspace, opened the way the command needs it.
class CommandParts
{
public:
    enum class Access
    {
        ReadOnly, // the command only looks: nothing is created, migrated or written
        ReadWrite,
    };

    explicit CommandParts(const Kiosk::Clock &clock);
    ~CommandParts();

    const Kiosk::Clock &clock() const { return m_clock; }
    // The workspace of `dataDir`, opened anew for the caller (what an earlier call opened is
    // closed); the failure says why it cannot be.
    Result<Kiosk::Workspace *> workspace(const QString &dataDir, Access access);

private:
    const Kiosk::Clock &m_clock;
    std::unique_ptr<Kiosk::Workspace> m_workspace;
};

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
    std::function<int(const QCommandLineParser &, CommandParts &)> run;
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
QList<Command> syncCommands();
QList<Command> dayCommands();
QList<Command> dayEndCommands();
QList<Command> printCommands();
QList<Command> selfTestCommands();

// Shared by the commands: --data-dir and --json.
void addCommonOptions(QCommandLineParser &parser, bool withJson);
QString dataDirOption(const QCommandLineParser &parser);
bool wantsJson(const QCommandLineParser &parser);
void printJson(const QJsonValue &value);
// One clear line on stderr: what failed and what to do.
int fail(const QString &message, int code = Failed);

} // namespace RegPoint::Ctl
