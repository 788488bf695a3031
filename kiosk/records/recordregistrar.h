#pragma once

#include "records/candidaterecord.h"
#include "result.h"

namespace RegPoint::Kiosk {

class RecordStore;

// Turns a confirmed identity into a stored record, after the local duplicate check.
class RecordRegistrar
{
public:
    explicit RecordRegistrar(RecordStore &store);

    Result<CandidateRecord> registerIdentity(const CandidateIdentity &identity, EntryMethod method, qint64 operatorId);

private:
    RecordStore &m_store;
};

} // namespace RegPoint::Kiosk
