#include "recordsealing.h"

#include "clock.h"
#include "crypto/pointkeys.h"
#include "envelope.h"
#include "recorddocument.h"
#include "records/eligibilityreview.h"
#include "records/recordstore.h"
#include "wipe.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSealing, "regpoint.kiosk.sealing")

namespace RegPoint::Kiosk {

namespace {
struct RecordSealingTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RecordSealing)
};
Failure notProvisioned()
{
    return { QStringLiteral("provision.missing"), [] {
                return RecordSealingTr::tr(
                    "This point is not provisioned: the record is kept and will be sealed once the point's certificate "
                    "is installed.");
            } };
}

Failure notReady()
{
    return { QStringLiteral("seal.not-ready"),
        [] { return RecordSealingTr::tr("Only a record with its photo can be sealed."); } };
}
} // namespace

RecordSealing::RecordSealing(RecordStore &records, const Clock &clock, const PointKeys &keys)
    : m_records(records)
    , m_clock(clock)
    , m_keys(keys)
{ }

bool RecordSealing::canSeal() const
{
    return m_keys.sealer() != nullptr;
}

QByteArray RecordSealing::canonicalRecordJson(
    const CandidateRecord &record, const PhotoOverride *override, const EligibilityReview *review)
{
    Exchange::RecordDocument document { record.id, record.version, record.supersedes,
        entryMethodKey(record.entryMethod), record.identity.toDocument(), record.createdAt, record.createdBy,
        record.approvedBy, std::nullopt, std::nullopt };
    if (override)
        document.photoOverride = Exchange::PhotoOverrideDocument { override->supervisorId, override->reason };
    if (review)
        document.eligibility = review->toDocument();
    QByteArray json = document.toCanonicalJson();
    wipe(document.identity.name);
    wipe(document.identity.idNumber);
    wipe(document.identity.address);
    return json;
}

Status RecordSealing::seal(const QUuid &id, qint64 operatorId)
{
    if (!canSeal())
        return notProvisioned();
    const Result<std::optional<CandidateRecord>> record = m_records.find(id);
    if (!record)
        return record.failure();
    if (!record.value())
        return notReady();
    return sealRecord(*record.value(), operatorId);
}

Status RecordSealing::sealRecord(const CandidateRecord &record, qint64 operatorId)
{
    const Exchange::EnvelopeSealer *sealer = m_keys.sealer();
    if (!sealer)
        return notProvisioned();
    if (record.state != RecordState::PhotoOk)
        return notReady();
    Result<std::optional<QByteArray>> photo = m_records.photo(record.id);
    if (!photo)
        return photo.failure();
    const Result<std::optional<PhotoOverride>> override = m_records.photoOverride(record.id);
    if (!override)
        return override.failure();

    const Result<std::optional<EligibilityReview>> review = m_records.review(record.id);
    if (!review)
        return review.failure();
    // What leaves for the province was found eligible: a refusal, or no review at all (a state
    // set by hand), is never sealed.
    if (!review.value() || !review.value()->eligible())
        return Failure { QStringLiteral("seal.not-reviewed"), [recordId = record.id.toString(QUuid::WithoutBraces)] {
                            return RecordSealingTr::tr(
                                "Record %1 has no eligible review, so it is not sealed. Call the technician: the "
                                "record was changed outside the desk.")
                                .arg(recordId);
                        } };

    Exchange::EnvelopeContent content { record.id,
        canonicalRecordJson(
            record, override.value() ? &*override.value() : nullptr, review.value() ? &*review.value() : nullptr),
        photo.value().value_or(QByteArray()) };
    const QDateTime now = m_clock.now();
    const Result<QByteArray> envelope = sealer->seal(content, now);
    wipe(content.recordJson);
    wipe(content.photoJpeg);
    if (photo.value())
        wipe(*photo.value());
    if (!envelope)
        return envelope.failure();
    return m_records.storeSeal(
        record.id, StoredSeal { envelope.value(), sealer->machineKeyId(), sealer->provinceKeyId(), now }, operatorId);
}

Result<int> RecordSealing::sealPending()
{
    if (!canSeal())
        return 0;
    const Result<QList<QUuid>> pending = m_records.idsInState(RecordState::PhotoOk);
    if (!pending)
        return pending.failure();
    int sealed = 0;
    for (const QUuid &id : pending.value()) {
        const Result<std::optional<CandidateRecord>> record = m_records.find(id);
        if (!record || !record.value())
            continue;
        // On behalf of whoever created the record: nobody is logged in at start.
        if (const Status done = sealRecord(*record.value(), record.value()->createdBy); done)
            ++sealed;
        else
            qCWarning(lcSealing) << "record" << id.toString(QUuid::WithoutBraces)
                                 << "not sealed:" << done.failure().code;
    }
    return sealed;
}

} // namespace RegPoint::Kiosk
