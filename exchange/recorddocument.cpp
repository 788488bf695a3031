#include "recorddocument.h"

#include "canonicaljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RegPoint::Exchange {

namespace {
struct RecordDocumentTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Exchange::RecordDocument)
};

QJsonValue uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

std::optional<qint64> optionalId(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}
} // namespace

QJsonObject IdentityDocument::toJson() const
{
    QJsonObject json {
        { QStringLiteral("address"), address },
        { QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate) },
        { QStringLiteral("gender"), gender },
        { QStringLiteral("id_number"), idNumber },
        { QStringLiteral("name"), name },
        { QStringLiteral("nation"), nation },
    };
    if (!documentType.isEmpty())
        json.insert(QStringLiteral("document_type"), documentType);
    return json;
}

IdentityDocument IdentityDocument::fromJson(const QJsonObject &o)
{
    IdentityDocument identity;
    identity.name = o.value(QStringLiteral("name")).toString();
    identity.idNumber = o.value(QStringLiteral("id_number")).toString();
    identity.gender = o.value(QStringLiteral("gender")).toString();
    identity.nation = o.value(QStringLiteral("nation")).toString();
    identity.birthDate = QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    identity.address = o.value(QStringLiteral("address")).toString();
    identity.documentType = o.value(QStringLiteral("document_type")).toString();
    return identity;
}

QJsonObject EligibilityDocument::toJson() const
{
    return {
        { QStringLiteral("exam_year"), examYear },
        { QStringLiteral("category"), category },
        { QStringLiteral("documents_seen"), QJsonArray::fromStringList(documentsSeen) },
        { QStringLiteral("declarations"), QJsonArray::fromStringList(declarations) },
        { QStringLiteral("reviewed_by"), reviewedBy },
        { QStringLiteral("reviewed_at"), reviewedAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

std::optional<EligibilityDocument> EligibilityDocument::fromJson(const QJsonObject &o)
{
    EligibilityDocument review;
    review.examYear = o.value(QStringLiteral("exam_year")).toInt();
    review.category = o.value(QStringLiteral("category")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("documents_seen")).toArray())
        review.documentsSeen.append(v.toString());
    for (const QJsonValue v : o.value(QStringLiteral("declarations")).toArray())
        review.declarations.append(v.toString());
    review.reviewedBy = o.value(QStringLiteral("reviewed_by")).toInteger();
    review.reviewedAt = QDateTime::fromString(o.value(QStringLiteral("reviewed_at")).toString(), Qt::ISODateWithMs);
    if (review.examYear <= 0 || review.category.isEmpty() || !review.reviewedAt.isValid())
        return std::nullopt;
    return review;
}

QByteArray RecordDocument::toCanonicalJson() const
{
    QJsonObject json {
        { QStringLiteral("format"), QString(kFormat) },
        { QStringLiteral("record_id"), recordId.toString(QUuid::WithoutBraces) },
        { QStringLiteral("version"), version },
        { QStringLiteral("supersedes"), uuidOrNull(supersedes) },
        { QStringLiteral("entry_method"), entryMethod },
        { QStringLiteral("identity"), identity.toJson() },
        { QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("created_by"), createdBy },
        { QStringLiteral("approved_by"), approvedBy ? QJsonValue(*approvedBy) : QJsonValue() },
        { QStringLiteral("photo_override"),
            photoOverride ? QJsonValue(QJsonObject { { QStringLiteral("supervisor_id"), photoOverride->supervisorId },
                { QStringLiteral("reason"), photoOverride->reason } })
                          : QJsonValue() },
    };
    // Absent, not null: a record without a review keeps the bytes it had before reviews existed.
    if (eligibility)
        json.insert(QStringLiteral("eligibility"), eligibility->toJson());
    return canonicalJson(json);
}

Result<RecordDocument> RecordDocument::fromJson(const QByteArray &json)
{
    const Failure malformed { QStringLiteral("record.format"), [] {
                                 return RecordDocumentTr::tr(
                                     "The sealed record's content is not a RegPoint record (%1), or it is damaged.")
                                     .arg(kFormat);
                             } };
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        return malformed;
    const QJsonObject o = parsed.object();
    RecordDocument record;
    record.recordId = QUuid::fromString(o.value(QStringLiteral("record_id")).toString());
    record.version = o.value(QStringLiteral("version")).toInt();
    record.supersedes = QUuid::fromString(o.value(QStringLiteral("supersedes")).toString());
    record.entryMethod = o.value(QStringLiteral("entry_method")).toString();
    record.identity = IdentityDocument::fromJson(o.value(QStringLiteral("identity")).toObject());
    record.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    record.createdBy = o.value(QStringLiteral("created_by")).toInteger();
    record.approvedBy = optionalId(o.value(QStringLiteral("approved_by")));
    const QJsonValue override = o.value(QStringLiteral("photo_override"));
    if (override.isObject())
        record.photoOverride = PhotoOverrideDocument { override[QStringLiteral("supervisor_id")].toInteger(),
            override[QStringLiteral("reason")].toString() };
    const QJsonValue eligibility = o.value(QStringLiteral("eligibility"));
    if (eligibility.isObject())
        record.eligibility = EligibilityDocument::fromJson(eligibility.toObject());
    const bool wellFormed = (eligibility.isObject() == record.eligibility.has_value())
        && o.value(QStringLiteral("format")).toString() == kFormat && !record.recordId.isNull() && record.version >= 1
        && (record.entryMethod == u"card" || record.entryMethod == u"manual")
        && o.value(QStringLiteral("identity")).isObject() && record.createdAt.isValid();
    if (!wellFormed)
        return malformed;
    return record;
}

} // namespace RegPoint::Exchange
