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
    Draft, // identity typed from a document (approved); review and photo still to come
    CardRead, // identity confirmed from the chip; review and photo still to come
    Reviewed, // eligible at the review (资格审查): the photo is next
    Refused, // not eligible at the review: no photo, never sealed; a later review may admit it
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
// Saved from its document, not yet reviewed: the review opens it next.
bool awaitsReview(RecordState state);
// Reviewed and eligible, without its photo yet: the photo step opens it next.
bool awaitsPhoto(RecordState state);
// Waiting at this desk for its review or photo: not registered yet.
bool isOpenAtDesk(RecordState state);
// Accepted, duplicate, conflict or rejected: what a receipt from the province says.
bool isProvinceAnswer(RecordState state);
// Not yet acknowledged by the province: still needs to leave this point.
bool isAwaitingUpload(RecordState state);

QString entryMethodKey(EntryMethod method);
std::optional<EntryMethod> entryMethodFromKey(QStringView key);

} // namespace RegPoint::Kiosk
