#include "ctlcommand.h"

#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

CommandParts::CommandParts(const Kiosk::Clock &clock)
    : m_clock(clock)
{ }

CommandParts::~CommandParts() = default;

Result<Kiosk::Workspace *> CommandParts::workspace(const QString &dataDir, Access access)
{
    // Each call opens anew (closing what an earlier call opened): a command that provisions the
    // point and then starts signing must see the keys it just installed.
    m_workspace.reset();
    Kiosk::Workspace::Options options;
    options.readOnly = access == Access::ReadOnly;
    auto opened = Kiosk::Workspace::open(dataDir, m_clock, options);
    if (!opened)
        return opened.failure();
    m_workspace = std::move(opened).value();
    return m_workspace.get();
}

void addCommonOptions(QCommandLineParser &parser, bool withJson)
{
    parser.addOption({ QStringLiteral("data-dir"),
        QStringLiteral("Data directory (default: %1).").arg(Kiosk::Workspace::defaultDataDir()), QStringLiteral("DIR"),
        Kiosk::Workspace::defaultDataDir() });
    if (withJson)
        parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON instead of text.") });
}

QString dataDirOption(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("data-dir"));
}

bool wantsJson(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("json"));
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

int fail(const QString &message, int code)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

} // namespace RegPoint::Ctl
