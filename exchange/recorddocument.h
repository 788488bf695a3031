#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

class QJsonObject;

namespace RegPoint::Exchange {

// What the ID document says, as both sides write it. Personal data.
struct IdentityDocument
{
    QString name;
    QString idNumber;
    QString gender; // GB/T 2261.1 code, as on the card: "1", "2", "0", "9"
    QString nation; // GB/T 3304 code
    QDate birthDate;
    QString address;
    // The typed document's kind ("passport", ...); empty for a resident card, and then left out
    // of the JSON, so records from before keep their bytes.
    QString documentType;

    QJsonObject toJson() const;
    static IdentityDocument fromJson(const QJsonObject &json);
};

struct PhotoOverrideDocument
{
    qint64 supervisorId = 0;
    QString reason;
};

// The eligibility review (资格审查) that let the candidate register: what was seen, by whom. Ids of
// the year's rules file; a refused candidate's record is never sealed.
struct EligibilityDocument
{
    int examYear = 0;
    QString category;
    QStringList documentsSeen;
    QStringList declarations;
    qint64 reviewedBy = 0; // operator id at the point
    QDateTime reviewedAt;

    QJsonObject toJson() const;
    static std::optional<EligibilityDocument> fromJson(const QJsonObject &json);
};

// A candidate record as sealed for the province ("regpoint-record/1"): what the envelope carries
// beside the photo. Its canonical JSON (sorted keys, compact) is the byte string both sides hash.
struct RecordDocument
{
    static constexpr QLatin1StringView kFormat { "regpoint-record/1" };

    QUuid recordId;
    int version = 1;
    QUuid supersedes; // null for a first version
    QString entryMethod; // "card" or "manual"
    IdentityDocument identity;
    QDateTime createdAt;
    qint64 createdBy = 0; // operator id at the point
    std::optional<qint64> approvedBy; // the supervisor who approved a hand-typed document
    std::optional<PhotoOverrideDocument> photoOverride;
    // Absent only in records sealed before reviews were recorded (schema 14).
    std::optional<EligibilityDocument> eligibility;

    QByteArray toCanonicalJson() const;
    // Refuses (record.format) anything but a well-formed document of this format.
    static Result<RecordDocument> fromJson(const QByteArray &json);
};

} // namespace RegPoint::Exchange
