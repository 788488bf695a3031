#include "ctlcommand.h"

#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

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
