#pragma once

#include "records/candidaterecord.h"
#include "result.h"

#include <optional>

namespace RegPoint::Kiosk {

class RecordStore;

// Turns a confirmed identity into a stored record, after the local duplicate check.
class RecordRegistrar
{
public:
    explicit RecordRegistrar(RecordStore &store);

    // `approvedBy`: the supervisor who approved a hand-typed document.
    Result<CandidateRecord> registerIdentity(const CandidateIdentity &identity, EntryMethod method, qint64 operatorId,
        std::optional<qint64> approvedBy = std::nullopt);

private:
    // The duplicate failure naming the record this ID number already has (or why the lookup
    // failed); nullopt when it has none.
    std::optional<Failure> alreadyRegistered(const QString &idNumber) const;

    RecordStore &m_store;
};

} // namespace RegPoint::Kiosk
