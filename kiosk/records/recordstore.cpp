#include "recordstore.h"

#include "audit/auditlog.h"

#include "clock.h"
#include "crypto/localvault.h"
#include "identity/idnumber.h"
#include "jsonfields.h"
#include "records/recordview.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace RegPoint::Kiosk {

using Exchange::uuidText; // the protocol's form of an id: lower case, no braces

namespace {

struct RecordStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RecordStore)
};

constexpr QByteArrayView kIdIndexPurpose = "regpoint/id-index/v1";
const QString kRecordColumns
    = QStringLiteral("id, version, supersedes, state, entry_method, identity, created_at, updated_at, created_by, "
                     "approved_by");

} // namespace

RecordStore::RecordStore(Database &database, const LocalVault &vault, const Clock &clock, AuditLog &audit)
    : m_database(database)
    , m_vault(vault)
    , m_clock(clock)
    , m_audit(audit)
{ }

QByteArray RecordStore::idIndexOf(const QString &idNumber) const
{
    return m_vault.blindIndex(kIdIndexPurpose, idNumber.toLatin1());
}

Result<CandidateRecord> RecordStore::insert(CandidateRecord record)
{
    return insertVersion(std::move(record), nullptr);
}

Result<CandidateRecord> RecordStore::supersede(const QUuid &earlier, CandidateRecord next)
{
    next.supersedes = earlier;
    const std::function<Status(CandidateRecord &)> checkEarlier = [&](CandidateRecord &version) -> Status {
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("SELECT r.version, r.state, r.entry_method, EXISTS (SELECT 1 FROM records s WHERE "
                                 "s.supersedes = r.id) FROM records r WHERE r.id = ?"));
        q.addBindValue(uuidText(earlier));
        if (!q.exec())
            return sqlFailure(q, "record.correct");
        if (!q.next())
            return Failure { QStringLiteral("record.missing"),
                [] { return RecordStoreTr::tr("This record no longer exists."); } };
        const std::optional<RecordState> state = stateFromKey(q.value(1).toString());
        // Only a record still open at the desk: one completed is sealed, and a sealed record is
        // corrected by the province, never here.
        if (!state || !isOpenAtDesk(*state) || q.value(3).toBool())
            return Failure { QStringLiteral("record.not-correctable"), [] {
                                return RecordStoreTr::tr(
                                    "This record was completed or corrected already, so it cannot be corrected here. "
                                    "Open it from the list to see its newest version.");
                            } };
        if (q.value(2).toString() != entryMethodKey(EntryMethod::Manual) || version.entryMethod != EntryMethod::Manual)
            return Failure { QStringLiteral("record.not-correctable"),
                [] { return RecordStoreTr::tr("What the ID card's chip says is not corrected by hand."); } };
        version.version = q.value(0).toInt() + 1;
        return Done {};
    };
    return insertVersion(std::move(next), &checkEarlier);
}

Result<CandidateRecord> RecordStore::insertVersion(
    CandidateRecord record, const std::function<Status(CandidateRecord &)> *first)
{
    if (record.id.isNull())
        record.id = QUuid::createUuid();
    record.createdAt = record.updatedAt = m_clock.now();

    QByteArray plain = record.identity.toCanonicalJson();
    const QByteArray sealed = m_vault.encrypt(plain, uuidText(record.id).toLatin1());
    wipe(plain);
    if (sealed.isEmpty())
        return Failure { QStringLiteral("record.encrypt"), [] {
                            return RecordStoreTr::tr(
                                "The record could not be encrypted, so it was not saved. Call the technician.");
                        } };

    Status status = m_database.withTransaction([&]() -> Status {
        if (first) {
            if (Status checked = (*first)(record); !checked)
                return checked;
        }
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("INSERT INTO records (id, version, supersedes, state, entry_method, id_index, "
                                 "identity, created_at, updated_at, created_by, approved_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(uuidText(record.id));
        q.addBindValue(record.version);
        q.addBindValue(record.supersedes.isNull() ? QVariant() : QVariant(uuidText(record.supersedes)));
        q.addBindValue(stateKey(record.state));
        q.addBindValue(entryMethodKey(record.entryMethod));
        q.addBindValue(idIndexOf(record.identity.idNumber));
        q.addBindValue(sealed);
        q.addBindValue(sqlTimestamp(record.createdAt));
        q.addBindValue(sqlTimestamp(record.updatedAt));
        q.addBindValue(record.createdBy);
        q.addBindValue(record.approvedBy ? QVariant(*record.approvedBy) : QVariant());
        if (!q.exec()) {
            const QString why = q.lastError().databaseText();
            // Two desks (or processes) registering one ID number at once both pass the
            // application's check; the index lets only the first commit.
            if (why.contains(QLatin1String("records.id_index")))
                return Failure { QStringLiteral("record.duplicate"),
                    [] {
                        return RecordStoreTr::tr(
                            "This ID number was registered here a moment ago by another desk, so it was not saved "
                            "twice. Open the existing record.");
                    } };
            // Two desks correcting one record at once: a version has one successor.
            if (why.contains(QLatin1String("records.supersedes")))
                return Failure { QStringLiteral("record.not-correctable"), [] {
                                    return RecordStoreTr::tr(
                                        "This record was corrected a moment ago at another desk. Open it from the "
                                        "list to see its newest version.");
                                } };
            return sqlFailure(q, "record.insert");
        }
        q.prepare(QStringLiteral(
            "INSERT INTO record_events (record_id, from_state, to_state, operator_id, at) VALUES (?, NULL, ?, ?, ?)"));
        q.addBindValue(uuidText(record.id));
        q.addBindValue(stateKey(record.state));
        q.addBindValue(record.createdBy);
        q.addBindValue(sqlTimestamp(record.createdAt));
        if (!q.exec())
            return sqlFailure(q, "record.insert");
        Status created = record.supersedes.isNull()
            ? audit({ QStringLiteral("record.created"), stateKey(record.state), record.createdBy, uuidText(record.id),
                QStringLiteral("entry=%1").arg(entryMethodKey(record.entryMethod)) })
            : audit({ QStringLiteral("record.corrected"), stateKey(record.state), record.createdBy, uuidText(record.id),
                QStringLiteral("supersedes=%1 version=%2").arg(uuidText(record.supersedes)).arg(record.version) });
        if (created && record.approvedBy)
            created = audit({ QStringLiteral("manual-entry.approve"), QStringLiteral("approved"), *record.approvedBy,
                uuidText(record.id), QStringLiteral("clerk=%1").arg(record.createdBy) });
        return created;
    });
    if (!status)
        return status.failure();
    qCInfo(lcStore) << "saved record" << uuidText(record.id) << stateKey(record.state);
    return record;
}

namespace {

Result<CandidateRecord> recordFrom(const QSqlQuery &q, const LocalVault &vault)
{
    CandidateRecord record;
    record.id = QUuid::fromString(q.value(0).toString());
    record.version = q.value(1).toInt();
    record.supersedes = QUuid::fromString(q.value(2).toString());
    record.state = stateFromKey(q.value(3).toString()).value_or(RecordState::Draft);
    record.entryMethod = entryMethodFromKey(q.value(4).toString()).value_or(EntryMethod::Manual);
    record.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    record.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    record.createdBy = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        record.approvedBy = q.value(9).toLongLong();
    std::optional<QByteArray> plain = vault.decrypt(q.value(5).toByteArray(), q.value(0).toString().toLatin1());
    if (!plain)
        return Failure { QStringLiteral("record.decrypt"),
            [stored = q.value(0).toString()] {
                return RecordStoreTr::tr(
                    "Record %1 cannot be decrypted with this point's key. Call the technician; do not re-register the "
                    "candidate yet.")
                    .arg(stored);
            } };
    std::optional<CandidateIdentity> identity = CandidateIdentity::fromJson(*plain);
    wipe(*plain);
    if (!identity)
        return Failure { QStringLiteral("record.damaged"), [stored = q.value(0).toString()] {
                            return RecordStoreTr::tr("Record %1 is damaged. Call the technician.").arg(stored);
                        } };
    record.identity = std::move(*identity);
    return record;
}

// Runs a prepared query expected to yield at most one record.
Result<std::optional<CandidateRecord>> firstRecordOf(QSqlQuery &q, const LocalVault &vault)
{
    if (!q.exec())
        return sqlFailure(q, "record.find");
    if (!q.next())
        return std::optional<CandidateRecord>();
    Result<CandidateRecord> record = recordFrom(q, vault);
    if (!record)
        return record.failure();
    return std::optional(std::move(record).value());
}

} // namespace

Result<std::optional<CandidateRecord>> RecordStore::find(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" FROM records WHERE id = ?"));
    q.addBindValue(uuidText(id));
    return firstRecordOf(q, m_vault);
}

Result<std::optional<CandidateRecord>> RecordStore::findCurrentByIdNumber(const QString &idNumber) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns
        + QStringLiteral(
            " FROM records r WHERE id_index = ? AND NOT EXISTS (SELECT 1 FROM records s WHERE s.supersedes = r.id) "
            "ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(idIndexOf(idNumber));
    return firstRecordOf(q, m_vault);
}

Result<QList<CandidateRecord>> RecordStore::list(int limit, QList<DamagedRecord> *damaged, Versions versions) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" FROM records r ")
        + (versions == Versions::Current
                ? QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM records s WHERE s.supersedes = r.id) ")
                : QString())
        + QStringLiteral("ORDER BY created_at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q, "record.list");
    QList<CandidateRecord> records;
    while (q.next()) {
        Result<CandidateRecord> record = recordFrom(q, m_vault);
        if (!record) {
            qCWarning(lcStore) << "record" << q.value(0).toString() << "cannot be read:" << record.failure().code;
            if (damaged)
                damaged->append({ QUuid::fromString(q.value(0).toString()),
                    QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs), q.value(3).toString(),
                    record.failure() });
            continue;
        }
        records.append(std::move(record).value());
    }
    return records;
}

Result<std::optional<QUuid>> RecordStore::successorOf(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT id FROM records WHERE supersedes = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.find");
    if (!q.next())
        return std::optional<QUuid>();
    return std::optional(QUuid::fromString(q.value(0).toString()));
}

Result<QList<CandidateRecord>> RecordStore::listUnfinished(int limit) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT ") + kRecordColumns
        + QStringLiteral(" FROM records r WHERE state IN ('draft', 'card_read', 'reviewed', 'refused') AND NOT EXISTS "
                         "(SELECT 1 FROM records s WHERE s.supersedes = r.id) ORDER BY created_at DESC, rowid DESC "
                         "LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q, "record.list");
    QList<CandidateRecord> records;
    while (q.next()) {
        Result<CandidateRecord> record = recordFrom(q, m_vault);
        if (record) // a damaged row is reported by list(), with the others
            records.append(std::move(record).value());
    }
    return records;
}

Result<qsizetype> RecordStore::countRegisteredOn(const QDate &day) const
{
    QSqlQuery q = newQuery(m_database);
    // created_at carries the local offset, so its first ten characters are the local day.
    q.prepare(
        QStringLiteral("SELECT count(*) FROM records r WHERE substr(created_at, 1, 10) = ? AND state NOT IN "
                       "('draft', 'card_read', 'reviewed', 'refused') AND NOT EXISTS (SELECT 1 FROM records s WHERE "
                       "s.supersedes = r.id)"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return sqlFailure(q, "record.count");
    return q.value(0).toLongLong();
}

Result<qsizetype> RecordStore::countAwaitingUpload() const
{
    QStringList awaiting;
    for (int s = int(RecordState::Draft); s <= int(RecordState::Rejected); ++s) {
        if (isAwaitingUpload(RecordState(s)))
            awaiting.append(u'\'' + stateKey(RecordState(s)) + u'\'');
    }
    QSqlQuery q = newQuery(m_database);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM records r WHERE state IN (") + awaiting.join(u',')
            + QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM records s WHERE s.supersedes = r.id)"))
        || !q.next())
        return sqlFailure(q, "record.count");
    return q.value(0).toLongLong();
}

Status RecordStore::changeState(const QUuid &id, RecordState to, qint64 operatorId)
{
    return m_database.withTransaction([&]() -> Status { return changeStateInTransaction(id, to, operatorId); });
}

Status RecordStore::changeStateInTransaction(const QUuid &id, RecordState to, std::optional<qint64> operatorId)
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT state FROM records WHERE id = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.state");
    if (!q.next())
        return Failure { QStringLiteral("record.missing"),
            [id = uuidText(id)] { return RecordStoreTr::tr("Record %1 does not exist.").arg(id); } };
    const std::optional<RecordState> from = stateFromKey(q.value(0).toString());
    if (!from || !canTransition(*from, to))
        return Failure {
            QStringLiteral("record.bad-transition"),
            RecordStoreTr::tr(R"(A record in state "%1" cannot become "%2".)").arg(q.value(0).toString(), stateKey(to))
        };
    const QString now = sqlTimestamp(m_clock.now());
    q.prepare(QStringLiteral("UPDATE records SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(stateKey(to));
    q.addBindValue(now);
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.state");
    q.prepare(QStringLiteral(
        "INSERT INTO record_events (record_id, from_state, to_state, operator_id, at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(id));
    q.addBindValue(stateKey(*from));
    q.addBindValue(stateKey(to));
    q.addBindValue(operatorId ? QVariant(*operatorId) : QVariant());
    q.addBindValue(now);
    if (!q.exec())
        return sqlFailure(q, "record.state");
    return audit({ QStringLiteral("record.state"), stateKey(to), operatorId, uuidText(id),
        QStringLiteral("from=%1").arg(stateKey(*from)) });
}

Status RecordStore::audit(const AuditEntry &entry)
{
    return m_audit.appendInTransaction(entry);
}

Status RecordStore::attachPhoto(
    const QUuid &id, const QByteArray &jpeg, qint64 operatorId, const std::optional<PhotoOverride> &approval)
{
    const QByteArray sealed = m_vault.encrypt(jpeg, (uuidText(id) + QStringLiteral("/photo")).toLatin1());
    if (sealed.isEmpty())
        return Failure { QStringLiteral("record.encrypt"), [] {
                            return RecordStoreTr::tr(
                                "The photo could not be encrypted, so it was not saved. Call the technician.");
                        } };
    return m_database.withTransaction([&]() -> Status {
        // The photo follows an eligible review, whatever the state column says.
        QSqlQuery reviewed = newQuery(m_database);
        reviewed.prepare(
            QStringLiteral("SELECT outcome FROM record_reviews WHERE record_id = ? ORDER BY seq DESC LIMIT 1"));
        reviewed.addBindValue(uuidText(id));
        if (!reviewed.exec())
            return sqlFailure(reviewed, "record.photo");
        if (!reviewed.next() || reviewed.value(0).toString() != outcomeKey(EligibilityReview::Outcome::Eligible))
            return Failure { QStringLiteral("record.not-reviewed"), [] {
                                return RecordStoreTr::tr(
                                    "This record has not been found eligible at the review, so it takes no photo yet. "
                                    "Review the candidate first.");
                            } };
        if (Status moved = changeStateInTransaction(id, RecordState::PhotoOk, operatorId); !moved)
            return moved;
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO record_photos (record_id, photo, attached_at, attached_by, "
                                 "override_reason, override_by) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(uuidText(id));
        q.addBindValue(sealed);
        q.addBindValue(sqlTimestamp(m_clock.now()));
        q.addBindValue(operatorId);
        q.addBindValue(approval ? QVariant(approval->reason) : QVariant());
        q.addBindValue(approval ? QVariant(approval->supervisorId) : QVariant());
        if (!q.exec())
            return sqlFailure(q, "record.photo");
        // The reason is free text and may name people: the audit keeps only who approved.
        if (approval)
            return audit({ QStringLiteral("photo.override"), QStringLiteral("approved"), approval->supervisorId,
                uuidText(id), QStringLiteral("clerk=%1").arg(operatorId) });
        return Done {};
    });
}

Result<RecordState> RecordStore::recordReview(const QUuid &id, EligibilityReview review, qint64 reviewerId)
{
    review.reviewedBy = reviewerId;
    review.reviewedAt = m_clock.now();
    const QString recordId = uuidText(id);
    QByteArray plain = review.toJson();
    const QByteArray sealed = m_vault.encrypt(plain, (recordId + QStringLiteral("/review")).toLatin1());
    wipe(plain);
    if (sealed.isEmpty())
        return Failure { QStringLiteral("record.encrypt"), [] {
                            return RecordStoreTr::tr(
                                "The review could not be encrypted, so it was not saved. Call the technician.");
                        } };
    const RecordState to = review.eligible() ? RecordState::Reviewed : RecordState::Refused;
    const Status status = m_database.withTransaction([&]() -> Status {
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("SELECT state, entry_method, approved_by IS NULL FROM records WHERE id = ?"));
        q.addBindValue(recordId);
        if (!q.exec())
            return sqlFailure(q, "record.review");
        if (!q.next())
            return Failure { QStringLiteral("record.missing"),
                [recordId] { return RecordStoreTr::tr("Record %1 does not exist.").arg(recordId); } };
        const std::optional<RecordState> from = stateFromKey(q.value(0).toString());
        // A typed document stands in for the chip only with a supervisor's approval on record.
        if (review.eligible() && q.value(1).toString() == entryMethodKey(EntryMethod::Manual) && q.value(2).toBool())
            return Failure { QStringLiteral("record.not-approved"),
                [] {
                    return RecordStoreTr::tr(
                        "This typed record has no supervisor's approval, so it cannot be completed. Ask the "
                        "supervisor to enter the document again and approve it.");
                } };
        // A second look before the photo keeps the state and adds the newer review.
        if (from != to) {
            if (Status moved = changeStateInTransaction(id, to, reviewerId); !moved)
                return moved;
        }
        q.prepare(QStringLiteral("INSERT INTO record_reviews (record_id, outcome, review, reviewed_by, reviewed_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(recordId);
        q.addBindValue(outcomeKey(review.outcome));
        q.addBindValue(sealed);
        q.addBindValue(reviewerId);
        q.addBindValue(sqlTimestamp(review.reviewedAt));
        if (!q.exec())
            return sqlFailure(q, "record.review");
        // The note is free text and may name people: the audit keeps the category or the reason's code.
        return audit({ QStringLiteral("eligibility.review"), outcomeKey(review.outcome), reviewerId, recordId,
            review.eligible() ? QStringLiteral("category=%1").arg(review.category)
                              : QStringLiteral("refusal=%1").arg(review.refusal) });
    });
    if (!status)
        return status.failure();
    return to;
}

Result<std::optional<EligibilityReview>> RecordStore::review(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT review, reviewed_by, reviewed_at FROM record_reviews WHERE record_id = ? ORDER "
                             "BY seq DESC LIMIT 1"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.review");
    if (!q.next() || q.value(0).toByteArray().isEmpty())
        return std::optional<EligibilityReview>();
    std::optional<QByteArray> plain
        = m_vault.decrypt(q.value(0).toByteArray(), (uuidText(id) + QStringLiteral("/review")).toLatin1());
    std::optional<EligibilityReview> review = plain ? EligibilityReview::fromJson(*plain) : std::nullopt;
    if (plain)
        wipe(*plain);
    if (!review)
        return Failure { QStringLiteral("record.decrypt"), [id = uuidText(id)] {
                            return RecordStoreTr::tr(
                                "The review of record %1 cannot be read with this point's key. Call the technician.")
                                .arg(id);
                        } };
    review->reviewedBy = q.value(1).toLongLong();
    review->reviewedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    return review;
}

Result<std::optional<PhotoOverride>> RecordStore::photoOverride(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT override_by, override_reason FROM record_photos WHERE record_id = ? AND "
                             "override_by IS NOT NULL"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.photo");
    if (!q.next())
        return std::optional<PhotoOverride>();
    return std::optional<PhotoOverride>(PhotoOverride { q.value(0).toLongLong(), q.value(1).toString() });
}

Result<std::optional<QByteArray>> RecordStore::photo(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT photo FROM record_photos WHERE record_id = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.photo");
    if (!q.next())
        return std::optional<QByteArray>();
    std::optional<QByteArray> jpeg
        = m_vault.decrypt(q.value(0).toByteArray(), (uuidText(id) + QStringLiteral("/photo")).toLatin1());
    if (!jpeg)
        return Failure { QStringLiteral("record.decrypt"),
            [id = uuidText(id)] {
                return RecordStoreTr::tr(
                    "The photo of record %1 cannot be decrypted with this point's key. Call the technician.")
                    .arg(id);
            } };
    return jpeg;
}

Status RecordStore::storeSeal(const QUuid &id, const StoredSeal &sealed, qint64 operatorId)
{
    return m_database.withTransaction([&]() -> Status {
        if (Status moved = changeStateInTransaction(id, RecordState::Sealed, operatorId); !moved)
            return moved;
        QSqlQuery q = newQuery(m_database);
        q.prepare(QStringLiteral("INSERT INTO sealed_records (record_id, envelope, machine_key_id, province_key_id, "
                                 "sealed_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(uuidText(id));
        q.addBindValue(sealed.envelope);
        q.addBindValue(sealed.machineKeyId);
        q.addBindValue(sealed.provinceKeyId);
        q.addBindValue(sqlTimestamp(sealed.sealedAt));
        if (!q.exec())
            return sqlFailure(q, "record.seal");
        return Done {};
    });
}

Status RecordStore::purgeWorkingCopyInTransaction(const QUuid &id)
{
    const Result<std::optional<CandidateRecord>> found = find(id);
    if (!found)
        return found.failure();
    if (!found.value())
        return Failure { QStringLiteral("record.not-found"), [] { return RecordStoreTr::tr("No such record."); } };
    const CandidateRecord &record = *found.value();
    CandidateIdentity kept;
    kept.name = maskedName(record.identity.name);
    kept.idNumber = IdNumber::parse(record.identity.idNumber, record.createdAt.date()).masked();
    QByteArray plain = kept.toCanonicalJson();
    const QByteArray sealed = m_vault.encrypt(plain, uuidText(id).toLatin1());
    wipe(plain);
    if (sealed.isEmpty())
        return Failure { QStringLiteral("record.encrypt"),
            [] { return RecordStoreTr::tr("The record could not be encrypted."); } };
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("UPDATE records SET identity = ? WHERE id = ?"));
    q.addBindValue(sealed);
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.purge");
    for (const char *table : { "record_photos", "sealed_records" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE record_id = ?").arg(QLatin1String(table)));
        q.addBindValue(uuidText(id));
        if (!q.exec())
            return sqlFailure(q, "record.purge");
    }
    // The sheets hold the whole identity, the photo and the family: their contents go too. What
    // stays says what happened (copies, hashes, outcomes); the form's number stays, so the next
    // sync does not bring the form back.
    for (const char *purge : { "UPDATE frozen_forms SET sealed = x'' WHERE record_id = ?",
             "UPDATE sheet_prints SET sealed_pdf = x'' WHERE record_id = ?",
             "UPDATE sheet_confirmations SET sealed_reason = NULL WHERE record_id = ?",
             "UPDATE record_reviews SET review = x'' WHERE record_id = ?" }) {
        q.prepare(QString::fromLatin1(purge));
        q.addBindValue(uuidText(id));
        if (!q.exec())
            return sqlFailure(q, "record.purge");
    }
    return m_audit.appendInTransaction(
        { QStringLiteral("record.purge"), QStringLiteral("ok"), std::nullopt, uuidText(id), {} });
}

Result<std::optional<StoredSeal>> RecordStore::sealOf(const QUuid &id) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral(
        "SELECT envelope, machine_key_id, province_key_id, sealed_at FROM sealed_records WHERE record_id = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec())
        return sqlFailure(q, "record.seal");
    if (!q.next())
        return std::optional<StoredSeal>();
    return std::optional<StoredSeal>(StoredSeal { q.value(0).toByteArray(), q.value(1).toString(),
        q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs) });
}

Result<QList<QUuid>> RecordStore::idsInState(RecordState state) const
{
    QSqlQuery q = newQuery(m_database);
    q.prepare(QStringLiteral("SELECT id FROM records WHERE state = ? ORDER BY created_at, id"));
    q.addBindValue(stateKey(state));
    if (!q.exec())
        return sqlFailure(q, "record.list");
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    return ids;
}

} // namespace RegPoint::Kiosk
