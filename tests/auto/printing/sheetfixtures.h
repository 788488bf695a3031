#pragma once

#include "frozenform.h"
#include "identity/candidateidentity.h"
#include "printing/registrationsheet.h"
#include "testforms.h"

#include <QImage>
#include <QTimeZone>

// The fixed records of the registration sheet's snapshot tests and benchmark: the cards and
// forms whose values are hardest to lay out.
namespace RegPoint::Tests::Sheets {

struct Fixture
{
    QString key; // the golden's name
    Kiosk::CandidateIdentity identity;
    Kiosk::SheetCapture capture;
    Exchange::FrozenForm form;
};

inline Exchange::FrozenForm baseForm(const QString &serial)
{
    return testFrozenForm(serial);
}

inline Kiosk::SheetCapture baseCapture(const QImage &photo, const QString &document)
{
    return { u"汉族"_qs, document, u"读卡"_qs, u"王丽"_qs,
        QDateTime(QDate(2026, 11, 30), QTime(9, 41), QTimeZone(8 * 3600)), u"430102001"_qs, photo,
        u"符合（应届普通高中毕业生）"_qs, u"李审核"_qs,
        QDateTime(QDate(2026, 11, 30), QTime(9, 38), QTimeZone(8 * 3600)) };
}

inline Kiosk::CandidateIdentity person(
    const QString &name, const QString &id, Kiosk::Gender gender, const QString &address)
{
    Kiosk::CandidateIdentity identity;
    identity.name = name;
    identity.idNumber = id;
    identity.gender = gender;
    identity.nationCode = u"01"_qs;
    identity.birthDate = QDate(2008, 1, 1);
    identity.address = address;
    return identity;
}

inline QList<Fixture> fixtures(const QImage &photo)
{
    QList<Fixture> list;
    list.append({ u"resident"_qs,
        person(u"张三明"_qs, u"430102200801010017"_qs, Kiosk::Gender::Male, u"湖南省长沙市芙蓉区五一大道123号"_qs),
        baseCapture(photo, u"居民身份证"_qs), baseForm(u"27430100000101"_qs) });
    list.append({ u"j-card"_qs,
        person(u"陈嘉欣"_qs, u"810000200803150028"_qs, Kiosk::Gender::Female, u"湖南省长沙市岳麓区麓山南路932号"_qs),
        baseCapture(photo, u"港澳台居民居住证"_qs), baseForm(u"27430100000102"_qs) });
    Fixture foreign { u"y-card"_qs,
        person(u"MOHAMMED ABDULRAHMAN BIN KHALID AL-FARSI"_qs, u"933784200801014023"_qs, Kiosk::Gender::Male,
            u"湖南省长沙市开福区湘江中路一段52号"_qs),
        baseCapture(photo, u"外国人永久居留身份证"_qs), baseForm(u"27430100000103"_qs) };
    foreign.capture.nationName = u"阿曼"_qs;
    list.append(foreign);
    Fixture longAddress { u"long-address"_qs,
        person(u"李娜"_qs, u"430124200805050046"_qs, Kiosk::Gender::Female,
            u"湖南省长沙市宁乡市玉潭街道新康社区居民委员会春城南路二段三百四十五号附七号"_qs),
        baseCapture(photo, u"居民身份证"_qs), baseForm(u"27430100000104"_qs) };
    longAddress.form.hukou = { u"430124001012"_qs,
        u"湖南省长沙市宁乡市玉潭街道新康社区居民委员会春城南路二段三百四十五号附七号"_qs, u"城镇"_qs };
    list.append(longAddress);
    Fixture minority { u"minority-name"_qs,
        person(u"阿卜杜热合曼·买买提艾力"_qs, u"433101200807070032"_qs, Kiosk::Gender::Male,
            u"湖南省湘西土家族苗族自治州吉首市人民北路88号"_qs),
        baseCapture(photo, u"居民身份证"_qs), baseForm(u"27430100000105"_qs) };
    minority.capture.nationName = u"维吾尔族"_qs;
    minority.form.hukou
        = { u"433101102203"_qs, u"湖南省湘西土家族苗族自治州吉首市矮寨镇坪年村村民委员会"_qs, u"乡村"_qs };
    list.append(minority);
    Fixture repeat { u"repeat-candidate"_qs,
        person(u"王建军"_qs, u"430621200602020011"_qs, Kiosk::Gender::Male, u"湖南省岳阳市岳阳县荣家湾镇建设路6号"_qs),
        baseCapture(photo, u"居民身份证"_qs), baseForm(u"27430100000106"_qs) };
    repeat.form.category = u"往届"_qs;
    repeat.form.phone = u"13912345678"_qs;
    repeat.form.resume = { { u"2025-07"_qs, {}, u"岳阳县荣家湾镇务农"_qs, u"王村长"_qs },
        { u"2024-09"_qs, u"2025-06"_qs, u"岳阳市某复读学校"_qs, u"赵老师"_qs },
        { u"2021-09"_qs, u"2024-06"_qs, u"岳阳县第一中学"_qs, u"周老师"_qs },
        { u"2018-09"_qs, u"2021-06"_qs, u"岳阳县荣家湾镇中学"_qs, u"吴老师"_qs },
        { u"2016-09"_qs, u"2018-06"_qs, u"荣家湾镇中心小学（五至六年级）"_qs, u"郑老师"_qs },
        { u"2012-09"_qs, u"2016-06"_qs, u"荣家湾镇建设路小学"_qs, u"孙老师"_qs } };
    list.append(repeat);
    return list;
}

} // namespace RegPoint::Tests::Sheets
