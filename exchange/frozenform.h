#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace RegPoint::Exchange {

// What the candidate filled in online for one record, as the province froze it when registration
// closed ("regpoint-form/1"). The point prints the registration sheet from it beside its own
// capture (identity, photo); nothing in it may change after the freeze. docs/printing.md.
struct FrozenForm
{
    static constexpr QLatin1StringView kFormat { "regpoint-form/1" };

    struct Hukou
    {
        QString code; // 12-digit village (居委会/村委会) code of the urban-rural table
        QString address; // its full name, province to village
        QString category; // 城镇 | 乡村: derived by the province from the code, never typed
        bool operator==(const Hukou &) const = default;
    };
    struct ResumeRow
    {
        QString from; // "2019-09"
        QString to; // "2022-06"; empty: until now
        QString place; // school or work place
        QString witness; // 证明人
        bool operator==(const ResumeRow &) const = default;
    };
    struct FamilyMember
    {
        QString relation; // 父亲, 母亲, 监护人, ...
        QString name;
        QString workplace;
        QString phone;
        bool operator==(const FamilyMember &) const = default;
    };

    QString serial; // 报名流水号
    QUuid recordId; // the point's record this form completes
    int examYear = 0;
    QString examType; // 考试类型: 普通高考, 对口招生, ...
    QString category; // 考生类别: 应届 | 往届
    QStringList subjects; // 选考科目: the first choice, then the others
    QString language; // 考试语种
    QString school; // 毕业学校
    Hukou hukou;
    QString phone; // required for 往届, art and sports candidates
    QList<ResumeRow> resume; // newest first
    QList<FamilyMember> family;
    QDateTime frozenAt;

    QJsonObject toJson() const;
    // Every field checked; the failure names the first wrong one ("resume[2].from") and why.
    static Result<FrozenForm> fromJson(const QJsonObject &json);
    // SHA-256 of the canonical JSON: what the sheet's QR code carries, so a printed sheet can be
    // matched to the form it was printed from.
    QString contentHash() const;
    bool operator==(const FrozenForm &) const = default;

    static constexpr int kMaxResumeRows = 12;
    static constexpr int kMaxFamily = 8;
};

} // namespace RegPoint::Exchange
