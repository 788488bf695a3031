#include "recordsealing.h"

#include "clock.h"
#include "crypto/localvault.h"
#include "crypto/recordseal.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSealing, "regpoint.kiosk.sealing")

namespace RegPoint::Kiosk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RecordSealing)
};
} // namespace

RecordSealing::RecordSealing(RecordStore &records, const Clock &clock)
    : m_records(records)
    , m_clock(clock)
{ }

QByteArray RecordSealing::canonicalRecordJson(const CandidateRecord &record, const PhotoOverride *override)
{
    QByteArray identityJson = record.identity.toCanonicalJson();
    QJsonObject json {
        { QStringLiteral("format"), QStringLiteral("regpoint-record/1") },
        { QStringLiteral("record_id"), record.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("version"), record.version },
        { QStringLiteral("supersedes"),
            record.supersedes.isNull() ? QJsonValue() : QJsonValue(record.supersedes.toString(QUuid::WithoutBraces)) },
        { QStringLiteral("entry_method"), entryMethodKey(record.entryMethod) },
        { QStringLiteral("identity"), QJsonDocument::fromJson(identityJson).object() },
        { QStringLiteral("created_at"), record.createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("created_by"), record.createdBy },
        { QStringLiteral("approved_by"), record.approvedBy ? QJsonValue(*record.approvedBy) : QJsonValue() },
        { QStringLiteral("photo_override"),
            override ? QJsonValue(QJsonObject { { QStringLiteral("supervisor_id"), override->supervisorId },
                { QStringLiteral("reason"), override->reason } })
                     : QJsonValue() },
    };
    wipe(identityJson);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Status RecordSealing::seal(const QUuid &id, qint64 operatorId)
{
    if (!m_sealer)
        return Failure { QStringLiteral("provision.missing"),
            Tr::tr("This point is not provisioned: the record is kept and will be sealed once the point's "
                   "certificate is installed.") };
    const Result<std::optional<CandidateRecord>> record = m_records.find(id);
    if (!record)
        return record.failure();
    if (!record.value() || record.value()->state != RecordState::PhotoOk)
        return Failure { QStringLiteral("seal.not-ready"), Tr::tr("Only a record with its photo can be sealed.") };
    Result<std::optional<QByteArray>> photo = m_records.photo(id);
    if (!photo)
        return photo.failure();
    const Result<std::optional<PhotoOverride>> override = m_records.photoOverride(id);
    if (!override)
        return override.failure();

    SealContent content { id, canonicalRecordJson(*record.value(), override.value() ? &*override.value() : nullptr),
        photo.value().value_or(QByteArray()) };
    const QDateTime now = m_clock.now();
    const Result<QByteArray> envelope = m_sealer->seal(content, now);
    wipe(content.recordJson);
    wipe(content.photoJpeg);
    if (photo.value())
        wipe(*photo.value());
    if (!envelope)
        return envelope.failure();
    return m_records.storeSeal(
        id, SealedEnvelope { envelope.value(), m_sealer->machineKeyId(), m_sealer->provinceKeyId(), now }, operatorId);
}

Result<int> RecordSealing::sealPending()
{
    if (!m_sealer)
        return 0;
    const Result<QList<QUuid>> pending = m_records.idsInState(RecordState::PhotoOk);
    if (!pending)
        return pending.failure();
    int sealed = 0;
    for (const QUuid &id : pending.value()) {
        const Result<std::optional<CandidateRecord>> record = m_records.find(id);
        if (!record || !record.value())
            continue;
        if (const Status done = seal(id, record.value()->createdBy); done)
            ++sealed;
        else
            qCWarning(lcSealing) << "record" << id.toString(QUuid::WithoutBraces)
                                 << "not sealed:" << done.failure().code;
    }
    return sealed;
}

} // namespace RegPoint::Kiosk
