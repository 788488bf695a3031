#include "sheettemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace RegPoint::Kiosk {

namespace {
struct SheetTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SheetTemplate)
};

Failure badTemplate(const QString &what)
{
    return { u"sheet.bad-template"_qs, [what] {
                return SheetTr::tr(
                    "The registration sheet's template is damaged (%1). Reinstall RegPoint or call the technician.")
                    .arg(what);
            } };
}

int clampedInt(const QJsonValue &value, int fallback, int min, int max)
{
    return value.isDouble() ? std::clamp(value.toInt(fallback), min, max) : fallback;
}
} // namespace

Result<SheetTemplate> SheetTemplate::fromJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return badTemplate(error.errorString());
    if (root.value(u"format"_qs).toString() != kFormat)
        return badTemplate(u"format is not %1"_qs.arg(kFormat));
    SheetTemplate t;
    t.title = root.value(u"title"_qs).toString();
    t.subtitle = root.value(u"subtitle"_qs).toString();
    const QJsonObject photo = root.value(u"photo"_qs).toObject();
    t.photoLabel = photo.value(u"label"_qs).toString();
    t.photoWidthMm = std::clamp(photo.value(u"widthMm"_qs).toDouble(26), 15.0, 60.0);
    t.photoHeightMm = std::clamp(photo.value(u"heightMm"_qs).toDouble(32), 20.0, 80.0);
    for (const QJsonValue s : root.value(u"sections"_qs).toArray()) {
        Section section { s[u"heading"_qs].toString(), s[u"besidePhoto"_qs].toBool(), {} };
        for (const QJsonValue r : s[u"rows"_qs].toArray()) {
            QList<Cell> row;
            int spans = 0;
            for (const QJsonValue c : r.toArray()) {
                row.append(
                    { c[u"label"_qs].toString(), c[u"field"_qs].toString(), clampedInt(c[u"span"_qs], 1, 1, 3) });
                spans += row.last().span;
                if (row.last().field.isEmpty())
                    return badTemplate(u"a cell of section %1 names no field"_qs.arg(section.heading));
            }
            if (spans != 3)
                return badTemplate(u"a row of section %1 spans %2 columns, not 3"_qs.arg(section.heading).arg(spans));
            section.rows.append(row);
        }
        t.sections.append(section);
    }
    for (const QJsonValue tb : root.value(u"tables"_qs).toArray()) {
        Table table { tb[u"heading"_qs].toString(), tb[u"source"_qs].toString(),
            clampedInt(tb[u"minRows"_qs], 0, 0, 12), {} };
        for (const QJsonValue c : tb[u"columns"_qs].toArray())
            table.columns.append(
                { c[u"header"_qs].toString(), c[u"field"_qs].toString(), clampedInt(c[u"share"_qs], 1, 1, 20) });
        if (table.columns.isEmpty() || table.source.isEmpty())
            return badTemplate(u"table %1 has no source or no columns"_qs.arg(table.heading));
        t.tables.append(table);
    }
    t.capture = root.value(u"capture"_qs).toString();
    t.pledge = root.value(u"pledge"_qs).toString();
    for (const QJsonValue line : root.value(u"signatures"_qs).toArray()) {
        QStringList labels;
        for (const QJsonValue label : line.toArray())
            labels.append(label.toString());
        t.signatures.append(labels);
    }
    t.footer = root.value(u"footer"_qs).toString();
    if (t.title.isEmpty() || t.sections.isEmpty())
        return badTemplate(u"no title or no section"_qs);
    return t;
}

Result<SheetTemplate> SheetTemplate::forExamYear(int year)
{
    QFile file(u":/print/sheet-%1.json"_qs.arg(year));
    if (!file.open(QIODevice::ReadOnly))
        return Failure { u"sheet.no-template"_qs,
            [year] {
                return SheetTr::tr(
                    "RegPoint has no registration sheet for the %1 examination. Install the version of RegPoint "
                    "for that year.")
                    .arg(year);
            } };
    return fromJson(file.readAll());
}

QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values)
{
    // One pass over the template's text: a value is never read for placeholders of its own (a
    // clerk named "{idNumber}" prints as that, not as the candidate's number).
    static const QRegularExpression placeholder(u"\\{([A-Za-z]+)\\}"_qs);
    QString filled;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        filled += QStringView(text).mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        filled += value != values.constEnd() ? *value : m.captured(0);
        from = m.capturedEnd();
    }
    return filled + QStringView(text).mid(from);
}

} // namespace RegPoint::Kiosk
