#pragma once

#include "records/eligibilityreview.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace RegPoint::Kiosk {

// One line of the rules, in both languages.
struct RuleItem
{
    QString id; // stable: what a review stores
    QString zh;
    QString en;

    QString text(bool chinese) const { return chinese ? zh : en; }
};

// A kind of candidate (应届, 往届, 随迁子女, ...) and the documents the point must see for it.
struct CandidateCategory
{
    QString code;
    QString zh;
    QString en;
    QList<RuleItem> documents;

    QString text(bool chinese) const { return chinese ? zh : en; }
};

// The year's eligibility rules (resources/eligibility/hunan-YYYY.json; ../shared/reference/
// hunan-registration.md §1 says what is verified): the candidate categories with their documents,
// the declarations every candidate makes (the national cases that may not register), and the
// reasons a point may refuse. Loaded, never written into the code.
class EligibilityRules
{
public:
    static constexpr qint64 kMaxBytes = qint64(256) * 1024;

    // The built-in rules of `examYear`.
    static Result<EligibilityRules> load(int examYear);
    static Result<EligibilityRules> fromJson(const QByteArray &json);

    int examYear() const { return m_examYear; }
    const QList<CandidateCategory> &categories() const { return m_categories; }
    const QList<RuleItem> &exclusions() const { return m_exclusions; }
    const QList<RuleItem> &refusals() const { return m_refusals; }
    const CandidateCategory *category(const QString &code) const;
    const RuleItem *refusal(const QString &code) const; // nullptr for an unknown reason

    // Whether `review` holds against these rules: eligible only for a known category with every
    // document seen and every declaration made; a refusal names a known reason, and "other" says
    // what in `note`. The failure names what is missing; `chinese` picks the rule texts in it.
    Status check(const EligibilityReview &review, bool chinese) const;
    // The eligible finding for a candidate of `categoryCode` who showed every document and made
    // every declaration (the demo day's candidates); nullopt for an unknown category.
    std::optional<EligibilityReview> everythingSeen(const QString &categoryCode) const;

private:
    int m_examYear = 0;
    QList<CandidateCategory> m_categories;
    QList<RuleItem> m_exclusions;
    QList<RuleItem> m_refusals;
};

} // namespace RegPoint::Kiosk
