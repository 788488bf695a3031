#pragma once

#include "records/candidaterecord.h"
#include "result.h"

#include <QByteArray>
#include <QUuid>

#include <optional>

namespace RegPoint::Kiosk {

class RecordSealing;
class RecordStore;
class SerialPool;

// What completing a record did. The photo is stored whatever happens to the seal.
struct Completion
{
    bool sealed = false;
    // Why the record waits unsealed: the point is not provisioned (provision.missing), or this
    // seal failed; sealPending() retries it at the next start.
    std::optional<Failure> notSealedBecause;
    // The candidate's 报名流水号, for the slip; nullopt when the point had none left
    // (serial.none-left: the record gets one after the next sync).
    std::optional<QString> serial;
    std::optional<Failure> noSerialBecause;
};

// A record's way from a confirmed identity to complete: stored after the local duplicate check,
// then completed with its photo and, in the same call, sealed for the province (two
// transactions: a crash between them leaves a complete record that sealPending() seals at the
// next start). The kiosk's flow, `regpointctl demo-day` and the crash test go through here, so
// "a completed record is sealed" has this one owner; RecordStore::attachPhoto and
// RecordSealing::seal stay public for their own unit tests and benchmarks.
class RecordRegistrar
{
public:
    RecordRegistrar(RecordStore &store, RecordSealing &sealing, SerialPool &serials);

    // `approvedBy`: the supervisor who approved a hand-typed document.
    Result<CandidateRecord> registerIdentity(const CandidateIdentity &identity, EntryMethod method, qint64 operatorId,
        std::optional<qint64> approvedBy = std::nullopt);

    // Typed details corrected before the record is sealed: a new version superseding `earlier`,
    // waiting for its review again. A changed number is checked for duplicates as a new one is.
    Result<CandidateRecord> correctIdentity(const CandidateRecord &earlier, const CandidateIdentity &identity,
        qint64 operatorId, std::optional<qint64> approvedBy);

    // Stores the photo (the record becomes photo_ok; `override` when a supervisor accepted a photo
    // that fails a check), gives the record its 报名流水号 and seals it when the point can. The
    // result fails only when the photo could not be stored.
    Result<Completion> completeWithPhoto(const QUuid &id, const QByteArray &jpeg, qint64 operatorId,
        const std::optional<PhotoOverride> &override = std::nullopt);

private:
    // The duplicate failure naming the record this ID number already has (or why the lookup
    // failed); nullopt when it has none.
    std::optional<Failure> alreadyRegistered(const QString &idNumber) const;

    RecordStore &m_store;
    RecordSealing &m_sealing;
    SerialPool &m_serials;
};

} // namespace RegPoint::Kiosk
