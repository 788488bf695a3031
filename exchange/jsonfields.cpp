#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace RegPoint::Exchange {

namespace {

bool isStrictBase64(const QString &text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return false;
    qsizetype padding = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'=') {
            ++padding;
            continue;
        }
        const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'/';
        if (!alphabet || padding > 0) // nothing but padding after the first '='
            return false;
    }
    return padding <= 2;
}

bool isLowerUuid(const QString &text)
{
    static constexpr qsizetype kLength = 36;
    if (text.size() != kLength)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

Failure malformedFailure(const QString &field, const QString &problem)
{
    return { QString(kMalformed), field + QStringLiteral(": ") + problem };
}

QString malformedField(const Failure &failure)
{
    if (failure.code != kMalformed)
        return {};
    const qsizetype colon = failure.message.indexOf(QLatin1String(": "));
    return colon < 0 ? QString() : failure.message.left(colon);
}

Result<QJsonObject> parseJsonObject(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return malformedFailure(
            QString(), QStringLiteral("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return malformedFailure(QString(), QStringLiteral("not a JSON object"));
    return document.object();
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
    });
}

QString utcTimeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

QString JsonFields::fieldPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

QString JsonFields::elementPath(QLatin1StringView key, qsizetype index) const
{
    return fieldPath(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonFields::refuse(QLatin1StringView key, const QString &problem)
{
    if (!m_failure)
        m_failure = malformedFailure(fieldPath(key), problem);
}

void JsonFields::adopt(const JsonFields &nested)
{
    if (!m_failure && nested.m_failure)
        m_failure = nested.m_failure;
}

std::optional<QJsonValue> JsonFields::value(QLatin1StringView key, QJsonValue::Type type, const char *expected)
{
    if (m_failure)
        return std::nullopt;
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd()) {
        refuse(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (found->type() != type) {
        refuse(key, QStringLiteral("expected ") + QLatin1String(expected));
        return std::nullopt;
    }
    return *found;
}

QString JsonFields::string(QLatin1StringView key)
{
    const auto v = value(key, QJsonValue::String, "a string");
    return v ? v->toString() : QString();
}

QString JsonFields::nonEmptyString(QLatin1StringView key)
{
    QString text = string(key);
    if (ok() && text.isEmpty())
        refuse(key, QStringLiteral("empty"));
    return text;
}

qint64 JsonFields::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    const auto v = value(key, QJsonValue::Double, "an integer");
    if (!v)
        return 0;
    const double d = v->toDouble();
    // Qt keeps integers exactly up to 2^53; a fraction or anything outside the range is refused.
    if (std::trunc(d) != d || d < double(min) || d > double(max)) {
        refuse(key, QStringLiteral("expected an integer from %1 to %2").arg(min).arg(max));
        return 0;
    }
    return v->toInteger();
}

bool JsonFields::boolean(QLatin1StringView key)
{
    const auto v = value(key, QJsonValue::Bool, "true or false");
    return v && v->toBool();
}

QUuid JsonFields::uuid(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const QUuid id = isLowerUuid(text) ? QUuid::fromString(text) : QUuid();
    if (id.isNull())
        refuse(key, QStringLiteral("expected a lower-case UUID"));
    return id;
}

QString JsonFields::sha256(QLatin1StringView key)
{
    const QString text = string(key);
    if (ok() && !isSha256Hex(text))
        refuse(key, QStringLiteral("expected 64 lower-case hex digits"));
    return ok() ? text : QString();
}

QString JsonFields::serial(QLatin1StringView key)
{
    const QString text = string(key);
    const bool digits = !text.isEmpty() && text.size() <= 18
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (ok() && !digits)
        refuse(key, QStringLiteral("expected 1 to 18 decimal digits"));
    return ok() ? text : QString();
}

QDateTime JsonFields::utcTime(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!text.endsWith(QLatin1Char('Z')) || !time.isValid()) {
        refuse(key, QStringLiteral("expected a UTC time like 2026-11-30T09:15:02Z"));
        return {};
    }
    return time.toUTC();
}

QDateTime JsonFields::offsetTime(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without Z or an offset would be local to whoever reads it.
    const bool zoned = text.endsWith(QLatin1Char('Z'))
        || (text.size() > 6 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
    if (!zoned || !time.isValid()) {
        refuse(key, QStringLiteral("expected an ISO 8601 time with Z or an offset"));
        return {};
    }
    return time;
}

QByteArray JsonFields::base64(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    if (!isStrictBase64(text)) {
        refuse(key, QStringLiteral("expected base64"));
        return {};
    }
    return QByteArray::fromBase64(text.toLatin1());
}

QJsonObject JsonFields::object(QLatin1StringView key)
{
    const auto v = value(key, QJsonValue::Object, "an object");
    return v ? v->toObject() : QJsonObject();
}

QJsonArray JsonFields::array(QLatin1StringView key, qsizetype maxSize)
{
    const auto v = value(key, QJsonValue::Array, "an array");
    if (!v)
        return {};
    QJsonArray array = v->toArray();
    if (array.size() > maxSize) {
        refuse(key, QStringLiteral("more than %1 entries").arg(maxSize));
        return {};
    }
    return array;
}

} // namespace RegPoint::Exchange
