#include "nationtable.h"

#include "io/builtinresource.h"

namespace RegPoint::Kiosk {

NationTable NationTable::loadBuiltIn()
{
    return fromCsv(readBuiltInResource(QStringLiteral(":/data/nations.csv")));
}

NationTable NationTable::fromCsv(const QByteArray &csv)
{
    NationTable table;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).trimmed().split(',');
        if (cols.size() == 3)
            table.m_nations.append(
                { QString::fromLatin1(cols[0]), QString::fromUtf8(cols[1]), QString::fromUtf8(cols[2]) });
    }
    return table;
}

const Nation *NationTable::find(const QString &code) const
{
    for (const Nation &nation : m_nations) {
        if (nation.code == code)
            return &nation;
    }
    return nullptr;
}

QString NationTable::displayName(const QString &code, bool chinese) const
{
    const Nation *nation = find(code);
    if (!nation)
        return {};
    if (!chinese)
        return nation->nameEn;
    const bool isCategory = code == u"97" || code == u"98";
    return isCategory ? nation->nameZh : nation->nameZh + u'族';
}

} // namespace RegPoint::Kiosk
