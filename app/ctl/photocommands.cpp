#include "ctlcommand.h"

#include "photo/photoinspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

using namespace RegPoint::Kiosk;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Photo)
};

QJsonObject checkJson(const PhotoCheck &c)
{
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("ok"), c.ok },
        { QStringLiteral("severity"),
            c.severity == PhotoSeverity::Error ? QStringLiteral("error") : QStringLiteral("warn") },
        { QStringLiteral("value"), c.value.isEmpty() ? QJsonValue() : QJsonValue(c.value) },
        { QStringLiteral("expected"), c.expected.isEmpty() ? QJsonValue() : QJsonValue(c.expected) },
        { QStringLiteral("message"), c.message } };
}

// Checks every file, whatever happens to the ones before it.
int check(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(Tr::tr("Name at least one photo file."), Usage);
    auto profile = PhotoProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.failure().message, Usage);
    const PhotoInspector inspector(profile.value());

    QJsonArray results;
    bool allOk = true;
    QTextStream out(stdout);
    for (const QString &path : files) {
        QFile file(path);
        PhotoReport report;
        if (!file.open(QIODevice::ReadOnly))
            report.checks.append({ QStringLiteral("format"), false, PhotoSeverity::Error, QStringLiteral("unreadable"),
                QStringLiteral("JPEG"), Tr::tr("Cannot read %1: %2").arg(path, file.errorString()) });
        else
            report = inspector.inspectFile(file.readAll());
        allOk = allOk && report.ok();
        if (wantsJson(parser)) {
            QJsonArray checks;
            for (const PhotoCheck &c : report.checks)
                checks.append(checkJson(c));
            results.append(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("ok"), report.ok() },
                { QStringLiteral("checks"), checks } });
            continue;
        }
        out << path << ": " << (report.ok() ? "OK" : "NOT OK") << Qt::endl;
        for (const PhotoCheck &c : report.checks) {
            if (!c.ok)
                out << "  " << (c.severity == PhotoSeverity::Error ? "error " : "warn  ") << c.id << " (" << c.value
                    << "; " << c.expected << "): " << c.message << Qt::endl;
        }
    }
    if (wantsJson(parser))
        printJson(results);
    return allOk ? Ok : Failed;
}

} // namespace

QList<Command> photoCommands()
{
    return {
        { QStringLiteral("photo"), QStringLiteral("check"),
            QStringLiteral("Check photo files against the provincial photo profile (exit 1 if any fails)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("profile"),
                    QStringLiteral("Photo profile name or JSON file (default hunan-2023)."), QStringLiteral("NAME"),
                    QStringLiteral("hunan-2023") });
                p.addPositionalArgument(
                    QStringLiteral("FILE"), QStringLiteral("Photo files."), QStringLiteral("FILE..."));
            },
            check, true },
    };
}

} // namespace RegPoint::Ctl
