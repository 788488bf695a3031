#include "eligibilityreview.h"

#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RegPoint::Kiosk {

using namespace Qt::StringLiterals;

int examYearOn(const QDate &day)
{
    return day.month() >= 7 ? day.year() + 1 : day.year();
}

QString outcomeKey(EligibilityReview::Outcome outcome)
{
    return outcome == EligibilityReview::Outcome::Eligible ? u"eligible"_s : u"refused"_s;
}

QByteArray EligibilityReview::toJson() const
{
    return Exchange::canonicalJson({
        { u"exam_year"_s, examYear },
        { u"category"_s, category },
        { u"documents_seen"_s, QJsonArray::fromStringList(documentsSeen) },
        { u"declarations"_s, QJsonArray::fromStringList(declarations) },
        { u"outcome"_s, outcomeKey(outcome) },
        { u"refusal"_s, refusal },
        { u"note"_s, note },
    });
}

std::optional<EligibilityReview> EligibilityReview::fromJson(const QByteArray &json)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(json);
    if (!parsed.isObject())
        return std::nullopt;
    const QJsonObject o = parsed.object();
    const QString outcome = o.value(u"outcome").toString();
    if (outcome != u"eligible" && outcome != u"refused")
        return std::nullopt;
    EligibilityReview review;
    review.examYear = o.value(u"exam_year").toInt();
    review.category = o.value(u"category").toString();
    for (const QJsonValue v : o.value(u"documents_seen").toArray())
        review.documentsSeen.append(v.toString());
    for (const QJsonValue v : o.value(u"declarations").toArray())
        review.declarations.append(v.toString());
    review.outcome = outcome == u"eligible" ? Outcome::Eligible : Outcome::Refused;
    review.refusal = o.value(u"refusal").toString();
    review.note = o.value(u"note").toString();
    return review;
}

Exchange::EligibilityDocument EligibilityReview::toDocument() const
{
    return { examYear, category, documentsSeen, declarations, reviewedBy, reviewedAt };
}

} // namespace RegPoint::Kiosk
