#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace RegPoint::Intake {

// The province's table of village-level units for the year (统计用区划和城乡划分代码): each
// 12-digit code with its full name and its urban-rural class. 户口所在地类别 comes from here and
// nowhere else: the class cannot be guessed from a name (a 社区居委会 can be 220 村庄, a 村委会
// 121 镇中心区), and a code the table does not hold is for a person to resolve.
class UrbanRuralTable
{
public:
    struct Village
    {
        QString address; // 湖南省长沙市芙蓉区文艺路街道识字岭社区居委会
        QString classCode; // 111 ... 220
        QString category; // 城镇 (1xx) | 乡村 (2xx)
    };

    // The CSV of ../shared/data/hunan-ur-2016.csv: code,name,level,ur_code,county_code,city,county,town.
    static Result<UrbanRuralTable> load(const QString &path);

    std::optional<Village> village(const QString &code) const;
    QStringList codes() const; // every village's code, in order
    qsizetype size() const { return m_villages.size(); }
    QString sha256() const { return m_sha256; } // of the file: which edition a form was derived with

private:
    QHash<QString, Village> m_villages;
    QString m_sha256;
};

} // namespace RegPoint::Intake
