#include "ctlcommand.h"

#include "io/regularfile.h"
#include "photo/photofixer.h"
#include "photo/photoinspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

using namespace RegPoint::Kiosk;

struct PhotoTr
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

// Whatever a header or the environment (QT_IMAGEIO_MAXALLOC) says, no decode in this process
// allocates more than this.
void limitDecoding()
{
    QImageReader::setAllocationLimit(PhotoLimits::kDecodeAllocationMb);
}

// The report on a file that was not read: what it is, and for a giant its real size.
PhotoReport unreadReport(const QString &path, const Failure &why, const PhotoInspector &inspector)
{
    PhotoReport report;
    if (why.code == u"file.too-large") {
        report.checks.append({ QStringLiteral("format"), false, PhotoSeverity::Error, QStringLiteral("not read"),
            QStringLiteral("JPEG"),
            PhotoTr::tr("%1 is too large to be a photo (RegPoint reads at most %2 MB). Ask for the photo file again, "
                        "exported at a smaller size.")
                .arg(path)
                .arg(PhotoLimits::kMaxFileBytes / (qint64(1024) * 1024)) });
        report.checks.append(inspector.fileSizeCheck(regularFileSize(path)));
        return report;
    }
    const bool notRegular = why.code == u"file.not-regular";
    report.checks.append({ QStringLiteral("format"), false, PhotoSeverity::Error,
        notRegular ? QStringLiteral("no regular file") : QStringLiteral("unreadable"), QStringLiteral("JPEG"),
        why.message });
    return report;
}

// Checks every file, whatever happens to the ones before it.
int checkPhoto(const QCommandLineParser &parser, CommandParts &)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(PhotoTr::tr("Name at least one photo file."), Usage);
    auto profile = PhotoProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.failure().message, Usage);
    limitDecoding();
    const PhotoInspector inspector(profile.value());

    QJsonArray results;
    bool allOk = true;
    QTextStream out(stdout);
    for (const QString &path : files) {
        // Only a regular file, and only up to the hard cap: a device, a FIFO or a sparse giant
        // is reported from what it is, not read.
        const Result<QByteArray> bytes = readRegularFile(path, PhotoLimits::kMaxFileBytes);
        const PhotoReport report
            = bytes ? inspector.inspectFile(bytes.value()) : unreadReport(path, bytes.failure(), inspector);
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
int fixPhoto(const QCommandLineParser &parser, CommandParts &)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return fail(PhotoTr::tr("Name the photo to fix and the file to write: photo fix IN OUT"), Usage);
    auto profile = PhotoProfile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.failure().message, Usage);
    limitDecoding();
    const Result<QByteArray> bytes = readRegularFile(files.at(0), PhotoLimits::kMaxFileBytes);
    if (!bytes)
        return fail(bytes.failure().message);
    const Result<QImage> image = decodePhoto(bytes.value());
    if (!image && image.failure().code == u"photo.too-many-pixels")
        return fail(PhotoTr::tr("%1: %2").arg(files.at(0), image.failure().message));
    if (!image)
        return fail(PhotoTr::tr("%1 is damaged or is no picture.").arg(files.at(0)));
    // OUT is a new name or a regular file: QSaveFile would rename its copy over a device (as
    // root, /dev/full became a JPEG and "Wrote" was printed), and a FIFO has no place for a photo.
    const QFileInfo target(files.at(1));
    if (target.exists() && !target.isFile())
        return fail(PhotoTr::tr("%1 is not a regular file (a folder, a device or a pipe). Name a new file to write the "
                                "fixed photo to.")
                        .arg(files.at(1)));
    const PhotoInspector inspector(profile.value());
    const PhotoFixer fixer(inspector);
    auto fixed = fixer.fix(image.value());
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
        // Every step checked: a short write or a failed commit (a full disk) leaves no file behind.
        QSaveFile out(files.at(1));
        written = out.open(QIODevice::WriteOnly) && out.write(fixed->jpeg) == fixed->jpeg.size() && out.commit();
        if (!written)
            return fail(
                PhotoTr::tr("Cannot write %1: %2. Nothing was written; check the folder and its free space, then "
                            "run the fix again.")
                    .arg(files.at(1), out.errorString()));
    }
    if (wantsJson(parser)) {
        printJson(QJsonObject { { QStringLiteral("file"), files.at(0) },
            { QStringLiteral("out"), written ? QJsonValue(files.at(1)) : QJsonValue() },
            { QStringLiteral("ok"), fixed->isCompliant() },
            { QStringLiteral("applied"), QJsonArray::fromStringList(fixed->applied) },
            { QStringLiteral("cannot_fix"), remaining }, { QStringLiteral("checks"), checks } });
    } else {
        QTextStream out(stdout);
        out << (written ? PhotoTr::tr("Wrote %1 (%2).").arg(files.at(1), fixed->applied.join(QStringLiteral(", ")))
                        : PhotoTr::tr("Not written: the photo cannot be made compliant."))
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
            checkPhoto, true },
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
