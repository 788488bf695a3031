#include "regiondirectory.h"

#include "digest.h"
#include "io/builtinresource.h"

#include <QLoggingCategory>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcRegions, "regpoint.kiosk.regions")

namespace RegPoint::Kiosk {

namespace {

std::optional<RegionLevel> levelFromName(QByteArrayView name)
{
    if (name == "province")
        return RegionLevel::Province;
    if (name == "prefecture")
        return RegionLevel::Prefecture;
    if (name == "county")
        return RegionLevel::County;
    if (name == "township")
        return RegionLevel::Township;
    if (name == "village")
        return RegionLevel::Village;
    return std::nullopt;
}

// Significant digits of a code at each level: 2, 4, 6, 9, 12.
int significantDigits(RegionLevel level)
{
    constexpr int digits[] = { 2, 4, 6, 9, 12 };
    return digits[static_cast<int>(level)];
}

} // namespace

RegionDirectory RegionDirectory::loadBuiltIn()
{
    return fromCsv(readBuiltInResource(QStringLiteral(":/regions/hunan-2023.csv")),
        readBuiltInResource(QStringLiteral(":/regions/china-counties-2023.csv")));
}

QString RegionDirectory::builtInProvinceTableSha256()
{
    return Exchange::sha256Hex(readBuiltInResource(QStringLiteral(":/regions/hunan-2023.csv")));
}

RegionDirectory RegionDirectory::fromCsv(const QByteArray &provinceCsv, const QByteArray &countiesCsv)
{
    RegionDirectory dir;
    const QList<QByteArray> lines = provinceCsv.split('\n');
    dir.m_regions.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).trimmed().split(',');
        if (cols.size() != 3)
            continue;
        const auto level = levelFromName(cols.at(2));
        if (!level || cols.at(0).size() != 12) {
            qCWarning(lcRegions) << "skipping malformed region line" << i + 1;
            continue;
        }
        Region region { QString::fromLatin1(cols.at(0)), QString::fromUtf8(cols.at(1)), *level };
        dir.m_byCode.insert(region.code, dir.m_regions.size());
        if (region.level != RegionLevel::Province)
            dir.m_children[parentCode(region)].append(dir.m_regions.size());
        dir.m_regions.append(std::move(region));
    }
    const QList<QByteArray> counties = countiesCsv.split('\n');
    for (qsizetype i = 1; i < counties.size(); ++i) {
        const QByteArray code = counties.at(i).split(',').value(0).trimmed();
        if (!code.isEmpty())
            dir.m_counties.insert(QString::fromLatin1(code));
    }
    return dir;
}

QString RegionDirectory::normaliseCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() > 12)
        return {};
    for (QChar c : trimmed) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return trimmed.leftJustified(12, u'0');
}

QString RegionDirectory::parentCode(const Region &region)
{
    if (region.level == RegionLevel::Province)
        return {};
    const auto parentLevel = static_cast<RegionLevel>(static_cast<int>(region.level) - 1);
    return region.code.left(significantDigits(parentLevel)).leftJustified(12, u'0');
}

const Region *RegionDirectory::find(const QString &code) const
{
    const auto it = m_byCode.constFind(normaliseCode(code));
    return it == m_byCode.cend() ? nullptr : &m_regions.at(*it);
}

QList<Region> RegionDirectory::children(const QString &code) const
{
    QList<Region> result;
    for (qsizetype index : m_children.value(normaliseCode(code)))
        result.append(m_regions.at(index));
    return result;
}

QList<Region> RegionDirectory::path(const QString &code) const
{
    QList<Region> result;
    for (const Region *region = find(code); region; region = find(parentCode(*region))) {
        result.prepend(*region);
        if (region->level == RegionLevel::Province)
            break;
    }
    return result;
}

QString RegionDirectory::fullName(const QString &code) const
{
    QString name;
    for (const Region &region : path(code)) {
        // "市辖区" is a statistical grouping, not part of an address.
        if (region.name != QStringLiteral("市辖区"))
            name += region.name;
    }
    return name;
}

QList<Region> RegionDirectory::findByName(const QString &text, int limit) const
{
    QList<Region> result;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return result;
    for (const Region &region : m_regions) {
        if (region.name.contains(needle))
            result.append(region);
    }
    std::stable_sort(result.begin(), result.end(), [&needle](const Region &a, const Region &b) {
        const bool aExact = a.name == needle, bExact = b.name == needle;
        if (aExact != bExact)
            return aExact;
        return a.level < b.level;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

bool RegionDirectory::isKnownCounty(const QString &sixDigits) const
{
    return m_counties.contains(sixDigits) || m_byCode.contains(normaliseCode(sixDigits));
}

} // namespace RegPoint::Kiosk
