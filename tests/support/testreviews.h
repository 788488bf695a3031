#pragma once

#include "records/eligibilityreview.h"
#include "records/recordstore.h"

namespace RegPoint::Tests {

// A final-year candidate's eligible review under the 2027 rules, every document seen and every
// declaration made: what the desk stores before a photo may be taken.
inline Kiosk::EligibilityReview eligibleReview()
{
    Kiosk::EligibilityReview review;
    review.examYear = 2027;
    review.category = QStringLiteral("final-year");
    review.documentsSeen = { QStringLiteral("identity"), QStringLiteral("school-record") };
    review.declarations = { QStringLiteral("university-student"), QStringLiteral("non-final-year"),
        QStringLiteral("irregular-transfer"), QStringLiteral("exam-ban"), QStringLiteral("criminal") };
    review.outcome = Kiosk::EligibilityReview::Outcome::Eligible;
    return review;
}

// Reviews record `id` eligible on behalf of `reviewerId`.
inline bool reviewEligible(Kiosk::RecordStore &records, const QUuid &id, qint64 reviewerId)
{
    return records.recordReview(id, eligibleReview(), reviewerId).ok();
}

} // namespace RegPoint::Tests
