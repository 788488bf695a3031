#include "recordregistrar.h"

#include "storage/recordstore.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RecordRegistrar)
};
} // namespace

RecordRegistrar::RecordRegistrar(RecordStore &store)
    : m_store(store)
{ }

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

std::optional<Failure> RecordRegistrar::alreadyRegistered(const QString &idNumber) const
{
    auto existing = m_store.findCurrentByIdNumber(idNumber);
    if (!existing)
        return existing.failure();
    if (!existing.value())
        return std::nullopt;
    const CandidateRecord &previous = *existing.value();
    return Failure { QStringLiteral("record.duplicate"),
        Tr::tr("This ID number was already registered here on %1 (record %2). "
               "Do not register the candidate twice: open the existing record, or ask the supervisor.")
            .arg(previous.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                previous.id.toString(QUuid::WithoutBraces).left(8)) };
}

} // namespace RegPoint::Kiosk
