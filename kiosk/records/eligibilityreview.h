#pragma once

#include "recorddocument.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace RegPoint::Kiosk {

// The exam a registration on `day` is for: registration runs in the autumn for the next summer's
// exam.
int examYearOn(const QDate &day);

// The reviewer's finding for one candidate, before the photo (资格审查): what goes into the record
// and its seal. Ids only, so a review reads the same in either language and across rule texts.
struct EligibilityReview
{
    enum class Outcome
    {
        Eligible,
        Refused,
    };
    int examYear = 0;
    QString category;
    QStringList documentsSeen;
    QStringList declarations; // exclusions the candidate declared do not apply, as the reviewer ticked
    Outcome outcome = Outcome::Refused;
    QString refusal; // a refusal's code
    QString note; // the reviewer's words for an "other" refusal; may name people
    // Set by the store when the review is recorded.
    qint64 reviewedBy = 0;
    QDateTime reviewedAt;

    bool eligible() const { return outcome == Outcome::Eligible; }
    // What the store keeps (encrypted: the note may name people).
    QByteArray toJson() const;
    static std::optional<EligibilityReview> fromJson(const QByteArray &json);
    // What the sealed record carries: an eligible finding, without the refusal fields.
    Exchange::EligibilityDocument toDocument() const;
};

QString outcomeKey(EligibilityReview::Outcome outcome); // "eligible", "refused"

} // namespace RegPoint::Kiosk
