#pragma once

#include "printing/registrationsheet.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace RegPoint::Kiosk {

class Workspace;

// The 报名登记表 of one record at this point: the province's frozen form (checked again as it is
// read) beside the point's own capture (identity, photo, nation, who captured it and when).
// Fails, saying what to do, when the record, its number or its form is missing, or the exam year
// has no layout. `copy` is 1 for the first print; a later copy says "第 N 次打印".
// `Preview`: for the desk's screen, which the public can see: the name, ID number, birth date,
// addresses, 户口 code, family names, workplaces, witnesses and phone numbers are masked (the
// birth date and 户口 code would give back the masked digits); the layout is the printed one.
enum class SheetUse
{
    Print,
    Preview,
};
Result<RegistrationSheet> registrationSheetOf(
    Workspace &workspace, const QUuid &recordId, const QDateTime &printedAt, int copy, SheetUse use = SheetUse::Print);

// What kind of document an ID number belongs to, as the sheet names it: 港澳台居民居住证 (81, 82,
// 83), 外国人永久居留身份证 (the 2017 card, from 9), else 居民身份证.
QString documentTypeOf(const QString &idNumber);

} // namespace RegPoint::Kiosk
