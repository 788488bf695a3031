#include "recordregistrar.h"

#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "records/serialpool.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRegistrar, "regpoint.kiosk.registrar")

namespace RegPoint::Kiosk {

namespace {
struct RecordRegistrarTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RecordRegistrar)
};
} // namespace

RecordRegistrar::RecordRegistrar(RecordStore &store, RecordSealing &sealing, SerialPool &serials)
    : m_store(store)
    , m_sealing(sealing)
    , m_serials(serials)
{ }

Result<Completion> RecordRegistrar::completeWithPhoto(
    const QUuid &id, const QByteArray &jpeg, qint64 operatorId, const std::optional<PhotoOverride> &override)
{
    if (const Status stored = m_store.attachPhoto(id, jpeg, operatorId, override); !stored)
        return stored.failure();
    Completion completion;
    // The number travels in the manifest beside the envelope, not inside it: a record sealed
    // while the point had none left still goes out, with the number it gets later.
    if (const Result<QString> serial = m_serials.assign(id); serial)
        completion.serial = serial.value();
    else
        completion.noSerialBecause = serial.failure();
    const Status sealed = m_sealing.seal(id, operatorId);
    completion.sealed = sealed.ok();
    if (!sealed) {
        completion.notSealedBecause = sealed.failure();
        // Not provisioned is the expected wait, anything else a fault worth a line in the log.
        if (sealed.failure().code != u"provision.missing")
            qCWarning(lcRegistrar) << "record" << id.toString(QUuid::WithoutBraces)
                                   << "not sealed:" << sealed.failure().code;
    }
    return completion;
}

Result<CandidateRecord> RecordRegistrar::registerIdentity(
    const CandidateIdentity &identity, EntryMethod method, qint64 operatorId, std::optional<qint64> approvedBy)
{
    if (const std::optional<Failure> registered = alreadyRegistered(identity.idNumber))
        return *registered;
    CandidateRecord record;
    // A chip read confirms the identity; a hand-typed document still awaits its check.
    record.state = method == EntryMethod::Card ? RecordState::CardRead : RecordState::Draft;
    record.entryMethod = method;
    record.identity = identity;
    record.createdBy = operatorId;
    record.approvedBy = approvedBy;
    Result<CandidateRecord> saved = m_store.insert(std::move(record));
    if (!saved && saved.failure().code == u"record.duplicate") {
        // Another writer won the race after the check above: name its record as the check would.
        if (const std::optional<Failure> registered = alreadyRegistered(identity.idNumber))
            return *registered;
    }
    return saved;
}

Result<CandidateRecord> RecordRegistrar::correctIdentity(const CandidateRecord &earlier,
    const CandidateIdentity &identity, qint64 operatorId, std::optional<qint64> approvedBy)
{
    if (identity.idNumber != earlier.identity.idNumber) {
        if (const std::optional<Failure> registered = alreadyRegistered(identity.idNumber))
            return *registered;
    }
    CandidateRecord next;
    next.state = RecordState::Draft; // reviewed again: the review was of the details as typed before
    next.entryMethod = earlier.entryMethod;
    next.identity = identity;
    next.createdBy = operatorId;
    next.approvedBy = approvedBy;
    return m_store.supersede(earlier.id, std::move(next));
}

std::optional<Failure> RecordRegistrar::alreadyRegistered(const QString &idNumber) const
{
    auto existing = m_store.findCurrentByIdNumber(idNumber);
    if (!existing)
        return existing.failure();
    if (!existing.value())
        return std::nullopt;
    const CandidateRecord &previous = *existing.value();
    return Failure { QStringLiteral("record.duplicate"),
        [createdAt = previous.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            id = previous.id.toString(QUuid::WithoutBraces).left(8)] {
            return RecordRegistrarTr::tr(
                "This ID number was already registered here on %1 (record %2). "
                "Do not register the candidate twice: open the existing record, or ask the supervisor.")
                .arg(createdAt, id);
        } };
}

} // namespace RegPoint::Kiosk
