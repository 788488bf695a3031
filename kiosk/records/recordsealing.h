#pragma once

#include "result.h"

#include <QUuid>

#include <functional>

namespace RegPoint::Kiosk {

class Clock;
class PointKeys;
class RecordStore;
struct CandidateRecord;
struct EligibilityReview;
struct PhotoOverride;

// Seals records that are complete (photo_ok) for the province and stores the envelopes. Until the
// point's keys are loaded (the point is not provisioned) records wait in photo_ok and are sealed
// by the first sealPending() after provisioning: nothing is lost, nothing leaves unsealed.
class RecordSealing
{
public:
    RecordSealing(RecordStore &records, const Clock &clock, const PointKeys &keys);

    bool canSeal() const;

    // Seals one photo_ok record on behalf of `operatorId`.
    Status seal(const QUuid &id, qint64 operatorId);
    // Seals every photo_ok record (on behalf of its creator); the number sealed.
    Result<int> sealPending();

    // The canonical JSON the envelope carries for a record (sorted keys, compact).
    static QByteArray canonicalRecordJson(
        const CandidateRecord &record, const PhotoOverride *override, const EligibilityReview *review);

private:
    Status sealRecord(const CandidateRecord &record, qint64 operatorId);
    RecordStore &m_records;
    const Clock &m_clock;
    const PointKeys &m_keys;
};

} // namespace RegPoint::Kiosk
