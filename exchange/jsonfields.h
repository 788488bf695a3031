#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Exchange {

// The code every decoding refusal of a protocol message carries (docs/sync-protocol.md, "Errors").
inline constexpr QLatin1StringView kMalformed { "request.malformed" };

// The field a `request.malformed` failure names ("records[2].sha256"); its message starts with it.
QString malformedField(const Failure &failure);
Failure malformedFailure(const QString &field, const QString &problem);

// The top-level object of a JSON document, refusing anything else (field "").
Result<QJsonObject> parseJsonObject(const QByteArray &json);

// Reads the fields of one JSON object strictly: a missing field or a value of the wrong type is
// recorded (the first one wins) and every later read returns an empty value, so a decoder reads
// all it needs and then asks `failure()` once. `path` prefixes the field names it reports.
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object, QString path = {});

    QString string(QLatin1StringView key);
    QString nonEmptyString(QLatin1StringView key);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max);
    bool boolean(QLatin1StringView key);
    QUuid uuid(QLatin1StringView key); // lower-case, without braces
    QString sha256(QLatin1StringView key); // 64 lower-case hex digits
    QString serial(QLatin1StringView key); // a 报名流水号: 1 to 18 decimal digits
    QDateTime utcTime(QLatin1StringView key); // ISO 8601 ending in Z
    QDateTime offsetTime(QLatin1StringView key); // ISO 8601 with Z or an offset
    QByteArray base64(QLatin1StringView key); // non-empty, strict alphabet
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key, qsizetype maxSize);
    bool has(QLatin1StringView key) const { return m_object.contains(key); }

    // Records a refusal of a value this reader already returned (e.g. an enum outside its set).
    void refuse(QLatin1StringView key, const QString &problem);
    // "path.key" or "path[index]": for nested readers.
    QString fieldPath(QLatin1StringView key) const;
    QString elementPath(QLatin1StringView key, qsizetype index) const;
    // Takes over the first failure of a nested reader.
    void adopt(const JsonFields &nested);

    bool ok() const { return !m_failure.has_value(); }
    Failure failure() const { return m_failure.value_or(Failure {}); }

private:
    std::optional<QJsonValue> value(QLatin1StringView key, QJsonValue::Type type, const char *expected);

    QJsonObject m_object;
    QString m_path;
    std::optional<Failure> m_failure;
};

QString utcTimeText(const QDateTime &time); // "2026-11-30T09:15:02Z"
QString uuidText(const QUuid &id); // lower case, no braces
bool isSha256Hex(const QString &text);

} // namespace RegPoint::Exchange
