#include "photoprofile.h"

#include "io/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace RegPoint::Kiosk {

namespace {

struct PhotoProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PhotoProfile)
};

// A JSON value as the message shows it: "abc", 60000, [40,20].
QString shown(const QJsonValue &value)
{
    const QByteArray inArray = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(inArray.mid(1, inArray.size() - 2));
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

bool isWholeNumber(const QJsonValue &value)
{
    const double v = value.toDouble();
    return value.isDouble() && std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e9;
}

// Reads the profile's keys against the schema (docs/photo.md): a missing key keeps its default,
// a present one must have its type and lie in its bounds. Every problem is kept, not only the first.
class SchemaReader
{
public:
    explicit SchemaReader(QJsonObject object)
        : m_object(std::move(object))
    { }

    int integer(const char *key, int fallback, int min, int max)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!isWholeNumber(value) || value.toDouble() < min || value.toDouble() > max) {
            m_problems.append(PhotoProfileTr::tr("\"%1\" must be a whole number from %2 to %3 (it is %4).")
                                  .arg(QLatin1String(key))
                                  .arg(min)
                                  .arg(max)
                                  .arg(shown(value)));
            return fallback;
        }
        return value.toInt();
    }

    double number(const char *key, double fallback, double min, double max)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min || value.toDouble() > max) {
            m_problems.append(PhotoProfileTr::tr("\"%1\" must be a number from %2 to %3 (it is %4).")
                                  .arg(QLatin1String(key))
                                  .arg(min)
                                  .arg(max)
                                  .arg(shown(value)));
            return fallback;
        }
        return value.toDouble();
    }

    IntRange range(const char *key, IntRange fallback, int min, int max)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        const QJsonArray pair = value.toArray();
        const bool ok = value.isArray() && pair.size() == 2 && isWholeNumber(pair[0]) && isWholeNumber(pair[1])
            && pair[0].toDouble() >= min && pair[1].toDouble() <= max && pair[0].toDouble() <= pair[1].toDouble();
        if (!ok) {
            m_problems.append(PhotoProfileTr::tr(
                "\"%1\" must be [min, max]: two whole numbers from %2 to %3, min not above max (it is %4).")
                                  .arg(QLatin1String(key))
                                  .arg(min)
                                  .arg(max)
                                  .arg(shown(value)));
            return fallback;
        }
        return { pair[0].toInt(), pair[1].toInt() };
    }

    QString text(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isString() || value.toString().size() > 200) {
            m_problems.append(PhotoProfileTr::tr("\"%1\" must be text of at most 200 characters (it is %2).")
                                  .arg(QLatin1String(key), shown(value)));
            return {};
        }
        return value.toString();
    }

    QList<QColor> colours(const char *key, int maxCount)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        QList<QColor> colours;
        for (const QJsonValue colour : value.toArray())
            colours.append(colour.isString() ? QColor::fromString(colour.toString()) : QColor());
        const bool ok = value.isArray() && !colours.isEmpty() && colours.size() <= maxCount
            && std::all_of(colours.begin(), colours.end(), [](const QColor &c) { return c.isValid(); });
        if (!ok) {
            m_problems.append(PhotoProfileTr::tr(R"("%1" must list 1 to %2 colours such as "#64C5FF" (it is %3).)")
                                  .arg(QLatin1String(key))
                                  .arg(maxCount)
                                  .arg(value.isUndefined() ? PhotoProfileTr::tr("missing") : shown(value)));
            return {};
        }
        return colours;
    }

    // Keys the schema does not know: a typo ("file_KB") would otherwise leave a default in force.
    void refuseUnknownKeys(const QStringList &known)
    {
        for (const QString &key : m_object.keys()) {
            if (!known.contains(key))
                m_problems.append(
                    PhotoProfileTr::tr("\"%1\" is not a profile key (a typo?); docs/photo.md lists the keys.")
                        .arg(key.left(40)));
        }
    }

    const QStringList &problems() const { return m_problems; }

private:
    QJsonObject m_object;
    QStringList m_problems;
};

} // namespace

Result<PhotoProfile> PhotoProfile::load(const QString &nameOrPath)
{
    QFile builtIn(QStringLiteral(":/photo/%1.json").arg(nameOrPath));
    if (builtIn.exists() && builtIn.open(QIODevice::ReadOnly))
        return fromJson(builtIn.readAll());
    const Result<QByteArray> bytes = readRegularFile(nameOrPath, PhotoLimits::kMaxProfileBytes);
    if (!bytes && bytes.failure().code == u"file.unreadable" && !QFileInfo::exists(nameOrPath))
        return Failure { QStringLiteral("photo.profile-missing"),
            [nameOrPath] {
                return PhotoProfileTr::tr(
                    "There is no photo profile \"%1\" (built in: hunan-2023). Check the name or the file path.")
                    .arg(nameOrPath);
            } };
    if (!bytes)
        return Failure { QStringLiteral("photo.profile-unreadable"), [readFailure = bytes.failure().message] {
                            return PhotoProfileTr::tr("The photo profile cannot be used: %1").arg(readFailure);
                        } };
    return fromJson(bytes.value());
}

Result<PhotoProfile> PhotoProfile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure { QStringLiteral("photo.profile-damaged"),
            [reason = error.error != QJsonParseError::NoError ? error.errorString()
                                                              : PhotoProfileTr::tr("no JSON object")] {
                return PhotoProfileTr::tr(
                    "The photo profile is not valid JSON: %1. Correct the file or use the built-in hunan-2023.")
                    .arg(reason);
            } };
    const QJsonObject o = document.object();
    SchemaReader schema(o);
    schema.refuseUnknownKeys({ QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("width"),
        QStringLiteral("height"), QStringLiteral("dpi"), QStringLiteral("min_jpeg_quality"), QStringLiteral("file_kb"),
        QStringLiteral("hair_top_px"), QStringLiteral("eye_line_px"), QStringLiteral("face_width_px"),
        QStringLiteral("centre_tolerance"), QStringLiteral("max_roll_degrees"), QStringLiteral("backgrounds"),
        QStringLiteral("background_delta_e"), QStringLiteral("background_max_spread") });
    PhotoProfile p;
    p.name = schema.text("name");
    schema.text("source");
    p.size = QSize(schema.integer("width", p.size.width(), kMinSide, kMaxSide),
        schema.integer("height", p.size.height(), kMinSide, kMaxSide));
    p.dpi = schema.integer("dpi", p.dpi, 72, 1200);
    p.minJpegQuality = schema.integer("min_jpeg_quality", p.minJpegQuality, 1, 100);
    p.fileKb = schema.range("file_kb", p.fileKb, 1, int(PhotoLimits::kMaxFileBytes / 1024));
    // Positions and widths inside the frame this profile asks for.
    p.hairTopPx = schema.range("hair_top_px", p.hairTopPx, 0, p.size.height());
    p.eyeLinePx = schema.range("eye_line_px", p.eyeLinePx, 0, p.size.height());
    p.faceWidthPx = schema.range("face_width_px", p.faceWidthPx, 1, p.size.width());
    p.centreTolerance = schema.number("centre_tolerance", p.centreTolerance, 0, 0.5);
    p.maxRollDegrees = schema.number("max_roll_degrees", p.maxRollDegrees, 0, 45);
    p.backgrounds = schema.colours("backgrounds", 16);
    p.backgroundDeltaE = schema.number("background_delta_e", p.backgroundDeltaE, 0, 100);
    p.backgroundMaxSpread = schema.number("background_max_spread", p.backgroundMaxSpread, 0, 100);
    if (!schema.problems().isEmpty())
        return Failure { QStringLiteral("photo.profile-damaged"),
            [problems = schema.problems().join(u' ')] {
                return PhotoProfileTr::tr(
                    "The photo profile is not valid: %1 Correct the profile file (docs/photo.md) or use the built-in "
                    "hunan-2023.")
                    .arg(problems);
            } };
    return p;
}

} // namespace RegPoint::Kiosk
