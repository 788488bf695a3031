#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace RegPoint::Kiosk {

enum class RegionLevel
{
    Province,
    Prefecture,
    County,
    Township,
    Village
};

struct Region
{
    QString code; // 12 digits, GB/T 2260 + NBS statistical extension
    QString name;
    RegionLevel level = RegionLevel::Province;
};

// Administrative divisions: the province's full five-level tree plus the country's county list.
// Loaded once from the shipped tables (resources/regions/); lookups are by code or by name.
class RegionDirectory
{
public:
    // Reads the tables from the built-in resources.
    static RegionDirectory loadBuiltIn();
    // SHA-256 (lower-case hex) of the built-in province table's bytes: what a province's config
    // bundle names to say which table its points should check addresses against.
    static QString builtInProvinceTableSha256();
    // `provinceCsv`: code,name,level (12-digit codes); `countiesCsv`: code,name (4 or 6 digits).
    static RegionDirectory fromCsv(const QByteArray &provinceCsv, const QByteArray &countiesCsv);

    bool isEmpty() const { return m_regions.isEmpty(); }
    qsizetype size() const { return m_regions.size(); }

    // Accepts 2, 4, 6, 9 or 12 digits; shorter codes are padded with zeros.
    const Region *find(const QString &code) const;
    QList<Region> children(const QString &code) const;
    // Province first, the region itself last.
    QList<Region> path(const QString &code) const;
    QString fullName(const QString &code) const;
    // Regions whose name contains `text`, most general level first, at most `limit`.
    QList<Region> findByName(const QString &text, int limit = 20) const;
    // Six-digit county (or four-digit prefecture) code known anywhere in the country.
    bool isKnownCounty(const QString &sixDigits) const;

    static QString normaliseCode(const QString &code);
    static QString parentCode(const Region &region);

private:
    QList<Region> m_regions;
    QHash<QString, qsizetype> m_byCode;
    QHash<QString, QList<qsizetype>> m_children;
    QSet<QString> m_counties;
};

} // namespace RegPoint::Kiosk
