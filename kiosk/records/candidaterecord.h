#pragma once

#include "identity/idnumber.h"
#include "recorddocument.h"

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

// What the ID document says about the candidate. Personal data: only ever stored encrypted.
struct CandidateIdentity
{
    QString name;
    QString idNumber;
    Gender gender = Gender::Unknown;
    QString nationCode; // GB/T 3304
    QDate birthDate;
    QString address;

    // As both sides of the exchange write it; the canonical JSON is also the at-rest form.
    Exchange::IdentityDocument toDocument() const;
    static CandidateIdentity fromDocument(const Exchange::IdentityDocument &document);
    QByteArray toCanonicalJson() const;
    static std::optional<CandidateIdentity> fromJson(const QByteArray &json);
    bool operator==(const CandidateIdentity &) const = default;
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

QString stateKey(RecordState state); // "card_read"
std::optional<RecordState> stateFromKey(QStringView key);
QString stateDisplayName(RecordState state);
// The lifecycle's allowed moves (DESIGN.md); the store refuses anything else.
bool canTransition(RecordState from, RecordState to);
// Not yet acknowledged by the province: still needs to leave this point.
bool isAwaitingUpload(RecordState state);

QString entryMethodKey(EntryMethod method);
std::optional<EntryMethod> entryMethodFromKey(QStringView key);

// "张*明" — enough for a clerk to recognise a row, not enough to leak a name in a list.
QString maskedName(const QString &name);

} // namespace RegPoint::Kiosk
