#include "intakelog.h"

#include <QDateTime>

#include <cstdio>

namespace RegPoint::Intake {

namespace {
// Values with a space, a quote or an equals sign are quoted; control characters are dropped so
// a value can never start a line of its own.
QString quoted(const QString &value)
{
    QString clean;
    clean.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            clean.append(c);
    }
    if (!clean.isEmpty() && !clean.contains(u' ') && !clean.contains(u'"') && !clean.contains(u'='))
        return clean;
    clean.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + clean + u'"';
}
} // namespace

void logEvent(const char *event, std::initializer_list<std::pair<const char *, QString>> fields)
{
    QString line = QLatin1String("ts=") + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
        + QLatin1String(" event=") + QLatin1String(event);
    for (const auto &[key, value] : fields)
        line += u' ' + QLatin1String(key) + u'=' + quoted(value);
    line += u'\n';
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr); // one write per line
    std::fflush(stderr);
}

} // namespace RegPoint::Intake
