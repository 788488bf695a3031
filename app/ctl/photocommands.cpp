#include "ctlcommand.h"

#include "photo/photofixer.h"
#include "photo/photoinspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
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

// Writes OUT only when the fixed photo passes every error check; otherwise lists what is left.
int fixPhoto(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return fail(Tr::tr("Name the photo to fix and the file to write: photo fix IN OUT"), Usage);
    auto profile = PhotoProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.failure().message, Usage);
    QFile in(files.at(0));
    if (!in.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read %1: %2").arg(files.at(0), in.errorString()));
    const QImage image = QImage::fromData(in.readAll());
    if (image.isNull())
        return fail(Tr::tr("%1 is damaged or is no picture.").arg(files.at(0)));
    const PhotoInspector inspector(profile.value());
    const PhotoFixer fixer(inspector);
    auto fixed = fixer.fix(image);
    if (!fixed)
        return fail(fixed.failure().message);

    QJsonArray remaining, checks;
    for (const PhotoCheck &c : fixed->report.checks) {
        checks.append(checkJson(c));
        if (!c.ok && c.severity == PhotoSeverity::Error)
            remaining.append(c.id);
    }
    bool written = false;
    if (fixed->isCompliant()) {
        QSaveFile out(files.at(1));
        written = out.open(QIODevice::WriteOnly) && out.write(fixed->jpeg) == fixed->jpeg.size() && out.commit();
        if (!written)
            return fail(Tr::tr("Cannot write %1: %2").arg(files.at(1), out.errorString()));
    }
    if (wantsJson(parser)) {
        printJson(QJsonObject { { QStringLiteral("file"), files.at(0) },
            { QStringLiteral("out"), written ? QJsonValue(files.at(1)) : QJsonValue() },
            { QStringLiteral("ok"), fixed->isCompliant() },
            { QStringLiteral("applied"), QJsonArray::fromStringList(fixed->applied) },
            { QStringLiteral("cannot_fix"), remaining }, { QStringLiteral("checks"), checks } });
    } else {
        QTextStream out(stdout);
        out << (written ? Tr::tr("Wrote %1 (%2).").arg(files.at(1), fixed->applied.join(QStringLiteral(", ")))
                        : Tr::tr("Not written: the photo cannot be made compliant."))
            << Qt::endl;
    }
    if (!fixed->isCompliant()) {
        QTextStream err(stderr);
        for (const PhotoCheck &c : fixed->report.checks) {
            if (!c.ok && c.severity == PhotoSeverity::Error)
                err << c.id << ": " << c.message << Qt::endl;
        }
        return Failed;
    }
    return Ok;
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
        { QStringLiteral("photo"), QStringLiteral("fix"),
            QStringLiteral("Crop, scale, expose and encode a photo within the rules; writes OUT only if it then passes "
                           "(exit 1 lists what cannot be fixed)."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("profile"),
                    QStringLiteral("Photo profile name or JSON file (default hunan-2023)."), QStringLiteral("NAME"),
                    QStringLiteral("hunan-2023") });
                p.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("The photo to fix."));
                p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("Where to write the compliant JPEG."));
            },
            fixPhoto, true },
    };
}

} // namespace RegPoint::Ctl
