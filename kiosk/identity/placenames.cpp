#include "placenames.h"

#include "io/builtinresource.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

namespace {

struct PlaceNamesTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PlaceNames)
};

// The rows of a table after its header line, split at `separator`.
QList<QStringList> rowsOf(const QByteArray &table, QChar separator)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(table).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.append(lines.at(i).trimmed().split(separator));
    return rows;
}

} // namespace

const PlaceNames &PlaceNames::builtIn()
{
    static const PlaceNames names = fromTables(readBuiltInResource(QStringLiteral(":/data/countries.tsv")),
        readBuiltInResource(QStringLiteral(":/data/provinces.csv")));
    return names;
}

PlaceNames PlaceNames::fromTables(const QByteArray &countriesTsv, const QByteArray &provincesCsv)
{
    PlaceNames names;
    for (const QStringList &row : rowsOf(countriesTsv, u'\t')) {
        if (row.size() != 4)
            continue;
        names.m_countries.insert(row.at(0), { row.at(2), row.at(3) });
        names.m_countries.insert(row.at(1), { row.at(2), row.at(3) });
    }
    for (const QStringList &row : rowsOf(provincesCsv, u',')) {
        if (row.size() == 3)
            names.m_provinces.insert(row.at(0), { row.at(1), row.at(2) });
    }
    return names;
}

QString PlaceNames::country(const QString &code, bool chinese) const
{
    if (code.isEmpty())
        return {};
    const auto found = m_countries.constFind(code.trimmed().toUpper());
    if (found == m_countries.constEnd())
        return PlaceNamesTr::tr("unknown code %1").arg(code);
    return QStringLiteral("%1 (%2)").arg(chinese ? found->zh : found->en, code);
}

QString PlaceNames::acceptingAuthority(const QString &code, bool chinese) const
{
    if (code.isEmpty())
        return {};
    const auto found = m_provinces.constFind(code.left(2));
    if (code.size() != 4 || found == m_provinces.constEnd())
        return PlaceNamesTr::tr("unknown code %1").arg(code);
    return PlaceNamesTr::tr("%1: accepted in %2").arg(code, chinese ? found->zh : found->en);
}

} // namespace RegPoint::Kiosk
