#include "photoprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RegPoint::Kiosk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoProfile)
};

IntRange rangeOf(const QJsonValue &value, IntRange fallback)
{
    const QJsonArray pair = value.toArray();
    return pair.size() == 2 ? IntRange { pair[0].toInt(), pair[1].toInt() } : fallback;
}

} // namespace

Result<PhotoProfile> PhotoProfile::load(const QString &nameOrPath)
{
    QFile builtIn(QStringLiteral(":/photo/%1.json").arg(nameOrPath));
    QFile file(nameOrPath);
    QFile &source = builtIn.exists() ? builtIn : file;
    if (!source.open(QIODevice::ReadOnly))
        return Failure { QStringLiteral("photo.profile-missing"),
            Tr::tr("There is no photo profile \"%1\" (built in: hunan-2023). Check the name or the file path.")
                .arg(nameOrPath) };
    return fromJson(source.readAll());
}

Result<PhotoProfile> PhotoProfile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.isEmpty())
        return Failure { QStringLiteral("photo.profile-damaged"),
            Tr::tr("The photo profile is not valid JSON: %1").arg(error.errorString()) };
    PhotoProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.size = QSize(o.value(QStringLiteral("width")).toInt(480), o.value(QStringLiteral("height")).toInt(640));
    p.dpi = o.value(QStringLiteral("dpi")).toInt(300);
    p.minJpegQuality = o.value(QStringLiteral("min_jpeg_quality")).toInt(60);
    p.fileKb = rangeOf(o.value(QStringLiteral("file_kb")), p.fileKb);
    p.hairTopPx = rangeOf(o.value(QStringLiteral("hair_top_px")), p.hairTopPx);
    p.eyeLinePx = rangeOf(o.value(QStringLiteral("eye_line_px")), p.eyeLinePx);
    p.faceWidthPx = rangeOf(o.value(QStringLiteral("face_width_px")), p.faceWidthPx);
    p.centreTolerance = o.value(QStringLiteral("centre_tolerance")).toDouble(0.05);
    p.maxRollDegrees = o.value(QStringLiteral("max_roll_degrees")).toDouble(8);
    for (const QJsonValue &colour : o.value(QStringLiteral("backgrounds")).toArray())
        p.backgrounds.append(QColor::fromString(colour.toString()));
    p.backgroundDeltaE = o.value(QStringLiteral("background_delta_e")).toDouble(12);
    p.backgroundMaxSpread = o.value(QStringLiteral("background_max_spread")).toDouble(10);
    if (p.size.isEmpty() || p.backgrounds.isEmpty()
        || !std::all_of(p.backgrounds.begin(), p.backgrounds.end(), [](const QColor &c) { return c.isValid(); }))
        return Failure { QStringLiteral("photo.profile-damaged"),
            Tr::tr("The photo profile lacks a frame size or valid background colours.") };
    return p;
}

} // namespace RegPoint::Kiosk
