#pragma once

#include <QList>
#include <QString>

namespace RegPoint::Kiosk {

struct Nation
{
    QString code; // GB/T 3304: "01".."56", "97", "98"
    QString nameZh;
    QString nameEn;
};

// The nations printed on ID cards, from resources/data/nations.csv.
class NationTable
{
public:
    static NationTable loadBuiltIn();
    static NationTable fromCsv(const QByteArray &csv);

    const QList<Nation> &all() const { return m_nations; }
    const Nation *find(const QString &code) const;
    // "汉族" / "Han"; 97 and 98 take no "族" (they are not nations but categories).
    QString displayName(const QString &code, bool chinese) const;

private:
    QList<Nation> m_nations;
};

} // namespace RegPoint::Kiosk
