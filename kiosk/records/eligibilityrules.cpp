#include "eligibilityrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace RegPoint::Kiosk {

using namespace Qt::StringLiterals;

namespace {

struct EligibilityRulesTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::EligibilityRules)
};

Failure damaged(const QString &why)
{
    return Failure { u"eligibility.rules-damaged"_s, [why] {
                        return EligibilityRulesTr::tr(
                            "The eligibility rules cannot be used (%1). Call the technician: the kiosk's rules "
                            "file must be replaced.")
                            .arg(why);
                    } };
}

// A list of {id or code, zh, en}: every field present, ids unique.
Result<QList<RuleItem>> itemsOf(const QJsonValue &value, const QString &what, const QString &idKey = u"id"_s)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return damaged(u"no %1"_s.arg(what));
    QList<RuleItem> items;
    QSet<QString> ids;
    for (const QJsonValue entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        RuleItem item { o.value(idKey).toString(), o.value(u"zh").toString().trimmed(),
            o.value(u"en").toString().trimmed() };
        if (item.id.isEmpty() || item.zh.isEmpty() || item.en.isEmpty())
            return damaged(u"an entry of %1 lacks its %2, Chinese or English text"_s.arg(what, idKey));
        if (ids.contains(item.id))
            return damaged(u"%1 names %2 twice"_s.arg(what, item.id));
        ids.insert(item.id);
        items.append(item);
    }
    return items;
}

bool known(const QList<RuleItem> &items, const QString &id)
{
    return std::any_of(items.cbegin(), items.cend(), [&](const RuleItem &item) { return item.id == id; });
}

} // namespace

Result<EligibilityRules> EligibilityRules::load(int examYear)
{
    QFile file(u":/eligibility/hunan-%1.json"_s.arg(examYear));
    if (!file.open(QIODevice::ReadOnly))
        return Failure { u"eligibility.no-rules"_s, [examYear] {
                            return EligibilityRulesTr::tr(
                                "This kiosk has no eligibility rules for the %1 exam. Call the technician: an "
                                "update of the kiosk brings them.")
                                .arg(examYear);
                        } };
    return fromJson(file.read(kMaxBytes + 1));
}

Result<EligibilityRules> EligibilityRules::fromJson(const QByteArray &json)
{
    if (json.size() > kMaxBytes)
        return damaged(u"larger than %1 bytes"_s.arg(kMaxBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return damaged(error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s);
    const QJsonObject root = document.object();
    if (root.value(u"format").toInt() != 1)
        return damaged(u"format %1, this kiosk reads 1"_s.arg(root.value(u"format").toInt()));
    EligibilityRules rules;
    rules.m_examYear = root.value(u"examYear").toInt();
    if (rules.m_examYear < 2020 || rules.m_examYear > 2100)
        return damaged(u"no exam year"_s);
    const Result<QList<RuleItem>> exclusions = itemsOf(root.value(u"exclusions"), u"exclusions"_s);
    if (!exclusions)
        return exclusions.failure();
    rules.m_exclusions = exclusions.value();
    const Result<QList<RuleItem>> refusals = itemsOf(root.value(u"refusals"), u"refusals"_s, u"code"_s);
    if (!refusals)
        return refusals.failure();
    rules.m_refusals = refusals.value();
    if (!known(rules.m_refusals, u"other"_s))
        return damaged(u"no \"other\" refusal"_s);
    const Result<QList<RuleItem>> categories = itemsOf(root.value(u"categories"), u"categories"_s, u"code"_s);
    if (!categories)
        return categories.failure();
    for (const QJsonValue entry : root.value(u"categories").toArray()) {
        const QJsonObject o = entry.toObject();
        const QString code = o.value(u"code").toString();
        const Result<QList<RuleItem>> documents = itemsOf(o.value(u"documents"), u"documents of "_s + code);
        if (!documents)
            return documents.failure();
        rules.m_categories.append(
            { code, o.value(u"zh").toString().trimmed(), o.value(u"en").toString().trimmed(), documents.value() });
    }
    return rules;
}

const RuleItem *EligibilityRules::refusal(const QString &code) const
{
    const auto found
        = std::find_if(m_refusals.cbegin(), m_refusals.cend(), [&](const RuleItem &r) { return r.id == code; });
    return found == m_refusals.cend() ? nullptr : &*found;
}

const CandidateCategory *EligibilityRules::category(const QString &code) const
{
    const auto found = std::find_if(
        m_categories.cbegin(), m_categories.cend(), [&](const CandidateCategory &c) { return c.code == code; });
    return found == m_categories.cend() ? nullptr : &*found;
}

Status EligibilityRules::check(const EligibilityReview &review, bool chinese) const
{
    if (review.examYear != m_examYear)
        return Failure { u"eligibility.other-year"_s, [] {
                            return EligibilityRulesTr::tr(
                                "This review was made under the rules of another exam year. Review the candidate "
                                "again.");
                        } };
    if (review.outcome == EligibilityReview::Outcome::Refused) {
        if (!known(m_refusals, review.refusal))
            return Failure { u"eligibility.refusal-reason"_s,
                [] { return EligibilityRulesTr::tr("Choose why the candidate cannot register here."); } };
        if (review.refusal == u"other" && review.note.trimmed().size() < 4)
            return Failure { u"eligibility.refusal-note"_s, [] {
                                return EligibilityRulesTr::tr(
                                    "Write down why the candidate is refused (at least 4 characters).");
                            } };
        return Done {};
    }
    const CandidateCategory *category = this->category(review.category);
    if (!category)
        return Failure { u"eligibility.category"_s,
            [] { return EligibilityRulesTr::tr("Choose the candidate's category first."); } };
    for (const RuleItem &document : category->documents)
        if (!review.documentsSeen.contains(document.id))
            return Failure { u"eligibility.document-missing"_s, [document = document.text(chinese)] {
                                return EligibilityRulesTr::tr("Not yet seen: %1. Check it, or refuse with the reason.")
                                    .arg(document);
                            } };
    for (const RuleItem &exclusion : m_exclusions)
        if (!review.declarations.contains(exclusion.id))
            return Failure { u"eligibility.declaration-missing"_s, [exclusion = exclusion.text(chinese)] {
                                return EligibilityRulesTr::tr(
                                    "Not yet declared: %1. Ask the candidate, or refuse with the reason.")
                                    .arg(exclusion);
                            } };
    return Done {};
}

std::optional<EligibilityReview> EligibilityRules::everythingSeen(const QString &categoryCode) const
{
    const CandidateCategory *chosen = category(categoryCode);
    if (!chosen)
        return std::nullopt;
    EligibilityReview review;
    review.examYear = m_examYear;
    review.category = chosen->code;
    for (const RuleItem &document : chosen->documents)
        review.documentsSeen.append(document.id);
    for (const RuleItem &exclusion : m_exclusions)
        review.declarations.append(exclusion.id);
    review.outcome = EligibilityReview::Outcome::Eligible;
    return review;
}

} // namespace RegPoint::Kiosk
