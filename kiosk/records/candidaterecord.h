#pragma once

#include "identity/candidateidentity.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace RegPoint::Kiosk {

// DESIGN.md "Record lifecycle". A sealed record is never edited; a correction supersedes it.
enum class RecordState
{
    Draft, // identity captured; review and photo still to come
    Reviewed, // eligibility reviewed
    CardRead, // identity confirmed from the chip
    PhotoOk, // photo passed the spec (or an approved override)
    Sealed, // signed and encrypted to the province; immutable
    Queued, // in a batch waiting to be sent
    Sent,
    Accepted,
    Duplicate,
    Conflict,
    Rejected,
};

enum class EntryMethod
{
    Manual,
    Card
};

struct CandidateRecord
{
    QUuid id;
    int version = 1;
    QUuid supersedes;
    RecordState state = RecordState::Draft;
    EntryMethod entryMethod = EntryMethod::Manual;
    CandidateIdentity identity;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 createdBy = 0; // operator id
    std::optional<qint64> approvedBy; // the supervisor who approved a hand-typed document
};

// A supervisor accepted a photo that fails a check: who, and why.
struct PhotoOverride
{
    qint64 supervisorId = 0;
    QString reason;
    bool operator==(const PhotoOverride &) const = default;
};

QString stateKey(RecordState state); // "card_read"
std::optional<RecordState> stateFromKey(QStringView key);
QString stateDisplayName(RecordState state);
// The lifecycle's allowed moves (DESIGN.md); the store refuses anything else.
bool canTransition(RecordState from, RecordState to);
// Saved without its photo yet (a typed document, or a card read): the photo step can open it.
bool awaitsPhoto(RecordState state);
// Accepted, duplicate, conflict or rejected: what a receipt from the province says.
bool isProvinceAnswer(RecordState state);
// Not yet acknowledged by the province: still needs to leave this point.
bool isAwaitingUpload(RecordState state);

QString entryMethodKey(EntryMethod method);
std::optional<EntryMethod> entryMethodFromKey(QStringView key);

} // namespace RegPoint::Kiosk
