#pragma once

#include <QHash>
#include <QString>

namespace RegPoint::Kiosk {

// Names for the place codes a foreign resident's card carries instead of names: the
// nationality (GB/T 2659 = ISO 3166-1, alpha-3 on 2017 cards, numeric on 2023 cards) and the
// accepting authority (four digits whose first two are the province's GB/T 2260 code).
// Countries come from Debian's iso-codes at build time, provinces from resources/data.
class PlaceNames
{
public:
    // Loaded once from the built-in resources.
    static const PlaceNames &builtIn();
    // `countriesTsv`: alpha3, numeric, zh, en (tab-separated); `provincesCsv`: code,zh,en.
    static PlaceNames fromTables(const QByteArray &countriesTsv, const QByteArray &provincesCsv);

    // "法国 (FRA)" / "France (FRA)" (`chinese` picks the name); an unknown code says so, in the
    // installed translation, rather than passing for a name.
    QString country(const QString &code, bool chinese) const;
    // "1500：内蒙古自治区受理" / "1500: accepted in Inner Mongolia" (the sentence is translated).
    QString acceptingAuthority(const QString &code, bool chinese) const;

    qsizetype countryCount() const { return m_countries.size(); }

private:
    struct Names
    {
        QString zh;
        QString en;
    };
    QHash<QString, Names> m_countries; // by alpha-3 and by numeric code
    QHash<QString, Names> m_provinces;
};

} // namespace RegPoint::Kiosk
