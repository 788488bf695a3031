#pragma once

#include "frozenform.h"

#include <QTimeZone>

namespace RegPoint::Tests {

// A frozen form that passes every check: an 应届 candidate with a two-row resume and two family
// members (a mobile and a landline number). Header-only: the exchange tests link no kiosk code.
inline Exchange::FrozenForm testFrozenForm(const QString &serial = QStringLiteral("27430100000101"))
{
    Exchange::FrozenForm form;
    form.serial = serial;
    form.recordId = QUuid(QStringLiteral("{0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9}"));
    form.examYear = 2027;
    form.examType = QStringLiteral("普通高考");
    form.category = QStringLiteral("应届");
    form.subjects = { QStringLiteral("物理"), QStringLiteral("化学"), QStringLiteral("生物") };
    form.language = QStringLiteral("英语");
    form.school = QStringLiteral("长沙市第一中学");
    form.hukou = { QStringLiteral("430102001001"), QStringLiteral("湖南省长沙市芙蓉区文艺路街道识字岭社区居委会"),
        QStringLiteral("城镇") };
    form.resume = { { QStringLiteral("2024-09"), {}, QStringLiteral("长沙市第一中学"), QStringLiteral("刘老师") },
        { QStringLiteral("2021-09"), QStringLiteral("2024-06"), QStringLiteral("长沙市长郡双语实验中学"),
            QStringLiteral("陈老师") } };
    form.family = { { QStringLiteral("父亲"), QStringLiteral("张建国"), QStringLiteral("长沙市芙蓉区某公司"),
                        QStringLiteral("13800000001") },
        { QStringLiteral("母亲"), QStringLiteral("李秀英"), QStringLiteral("长沙市第一医院"),
            QStringLiteral("0731-84567890") } };
    form.frozenAt = QDateTime(QDate(2026, 12, 20), QTime(18, 0), Qt::UTC);
    return form;
}

} // namespace RegPoint::Tests
