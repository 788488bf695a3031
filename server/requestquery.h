#pragma once

#include <QUrlQuery>

#include <optional>

namespace RegPoint::Intake {

// A whole-number item of a request's query: `fallback` when absent, nullopt when it is not a
// number within [min, max].
inline std::optional<qint64> queryNumber(
    const QUrlQuery &items, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!items.hasQueryItem(key))
        return fallback;
    bool isNumber = false;
    const qint64 n = items.queryItemValue(key).toLongLong(&isNumber);
    return isNumber && n >= min && n <= max ? std::optional(n) : std::nullopt;
}

} // namespace RegPoint::Intake
