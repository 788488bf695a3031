#include "storeinspection.h"

#include "audit/auditlog.h"
#include "crypto/localvault.h"
#include "envelope.h"
#include "records/candidaterecord.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workspace/workspace.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <map>

namespace RegPoint::Kiosk {

namespace {

// What the audit log says of one record: who created it, and the state its last event left.
struct Story
{
    std::optional<qint64> createdBy;
    QString lastState;
    bool purged = false; // its working copy was purged (an audited "record.purge")
};

bool needsEnvelope(RecordState state)
{
    return state >= RecordState::Sealed;
}

bool needsPhoto(RecordState state)
{
    return state >= RecordState::PhotoOk;
}

} // namespace

Result<QList<StoreProblem>> inspectStoreDeeply(Workspace &workspace, const QByteArray &caPem)
{
    QList<StoreProblem> problems;
    QSqlQuery q = newQuery(workspace.database());
    const QStringList tables { QStringLiteral("records"), QStringLiteral("record_photos"),
        QStringLiteral("sealed_records"), QStringLiteral("audit_events"), QStringLiteral("audit_heads"),
        QStringLiteral("operators") };
    for (const QString &table : tables) {
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return sqlFailure(q, "store.inspect");
        if (q.value(0).toInt() == 0)
            problems.append(
                { {}, QStringLiteral("store.table-missing"), QStringLiteral("table %1 is gone").arg(table) });
    }
    if (!problems.isEmpty())
        return problems; // the rest reads those tables

    const Result<AuditVerification> chain = workspace.audit().verify();
    if (!chain)
        return chain.failure();
    if (!chain->ok())
        problems.append({ {}, QStringLiteral("audit.broken"),
            QStringLiteral("audit chain broken at event %1: %2")
                .arg(chain->firstBroken.value_or(0))
                .arg(chain->problem) });

    const Exchange::SealVerifier seals(caPem);
    std::map<QString, Story> stories;
    if (!q.exec(QStringLiteral(
            "SELECT record_id, action, outcome, operator_id FROM audit_events WHERE record_id IS "
            "NOT NULL AND action IN ('record.created', 'record.corrected', 'record.state', 'record.purge') ORDER BY "
            "seq")))
        return sqlFailure(q, "store.inspect");
    while (q.next()) {
        Story &story = stories[q.value(0).toString()];
        if (q.value(1).toString() == u"record.purge") {
            story.purged = true;
            continue;
        }
        const bool firstEvent
            = q.value(1).toString() == u"record.created" || q.value(1).toString() == u"record.corrected";
        if (firstEvent && !q.value(3).isNull())
            story.createdBy = q.value(3).toLongLong();
        story.lastState = q.value(2).toString();
    }

    // Purged working copies have no photo or envelope and a masked identity, by design; one
    // marked purged without its audit event is a deletion that hides itself.
    QSet<QString> purged;
    if (!q.exec(QStringLiteral("SELECT record_id FROM sync_status WHERE purged_at IS NOT NULL")))
        return sqlFailure(q, "store.inspect");
    while (q.next())
        purged.insert(q.value(0).toString());

    QSet<QString> sealed, photographed;
    for (const auto &[table, into] :
        { std::pair { "sealed_records", &sealed }, std::pair { "record_photos", &photographed } }) {
        if (!q.exec(QStringLiteral("SELECT record_id FROM %1").arg(QLatin1String(table))))
            return sqlFailure(q, "store.inspect");
        while (q.next())
            into->insert(q.value(0).toString());
    }

    QSet<QString> present;
    if (!q.exec(QStringLiteral("SELECT id, state, created_by, id_index, supersedes, duplicate_of FROM records ORDER BY "
                               "rowid")))
        return sqlFailure(q, "store.inspect");
    struct Row
    {
        QString id, state;
        qint64 createdBy;
        QByteArray idIndex;
        QString supersedes, duplicateOf;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toByteArray(),
            q.value(4).toString(), q.value(5).toString() });
    std::map<QString, const Row *> byId;
    for (const Row &row : rows)
        byId[row.id] = &row;
    std::map<QByteArray, int>
        originals; // per ID number: records that are neither a later version nor a marked duplicate
    RecordStore &records = workspace.records();
    for (const Row &row : rows) {
        present.insert(row.id);
        const QUuid id = QUuid::fromString(row.id);
        auto problem = [&](const char *code, const QString &detail) {
            problems.append({ row.id, QString::fromLatin1(code), detail });
        };
        if (id.isNull() || id.toString(QUuid::WithoutBraces) != row.id) {
            problem("record.id-malformed", QStringLiteral("not a record id RegPoint writes"));
            continue;
        }
        if (const auto record = records.find(id); !record)
            problem("record.unreadable", record.failure().code);
        else if (record.value() && !purged.contains(row.id)
            && records.idIndexOf(record.value()->identity.idNumber) != row.idIndex)
            problem("record.id-index", QStringLiteral("its ID number's index was changed: duplicates of it go unseen"));
        if (!row.supersedes.isEmpty()) {
            // A number typed wrong is corrected before sealing only: a version that left this
            // point keeps its candidate's number.
            const auto earlier = byId.find(row.supersedes);
            const bool corrected = earlier != byId.end()
                && (earlier->second->idIndex == row.idIndex || !sealed.contains(earlier->second->id));
            if (row.supersedes == row.id || !corrected)
                problem("record.supersedes",
                    QStringLiteral("names as its earlier version itself, none, or a sealed record of another ID "
                                   "number"));
        } else if (row.duplicateOf.isEmpty()) {
            ++originals[row.idIndex];
        }
        const std::optional<RecordState> state = stateFromKey(row.state);
        if (!state) {
            problem("record.state-unknown", QStringLiteral("state '%1' is not one RegPoint writes").arg(row.state));
            continue;
        }
        const auto story = stories.find(row.id);
        if (purged.contains(row.id)) {
            if (story == stories.end() || !story->second.purged)
                problem("record.purge-unaudited", QStringLiteral("marked purged without a purge in the audit log"));
        } else if (needsPhoto(*state)) {
            if (!photographed.contains(row.id))
                problem("record.photo-missing", QStringLiteral("in state %1 without its photo").arg(row.state));
            else if (const auto photo = records.photo(id); !photo || !photo.value())
                problem("record.photo-unreadable", QStringLiteral("the photo does not decrypt"));
        }
        if (purged.contains(row.id)) {
            // nothing left to check of its photo or envelope
        } else if (needsEnvelope(*state)) {
            QSqlQuery envelope = newQuery(workspace.database());
            envelope.prepare(QStringLiteral("SELECT envelope FROM sealed_records WHERE record_id = ?"));
            envelope.addBindValue(row.id);
            if (!envelope.exec())
                return sqlFailure(envelope, "store.inspect");
            if (!envelope.next())
                problem("record.envelope-missing", QStringLiteral("in state %1 without its envelope").arg(row.state));
            else if (const Result<Exchange::SealedBy> verified = seals.verify(envelope.value(0).toByteArray(), id);
                     !verified)
                problem("record.envelope", verified.failure().code);
        } else if (sealed.contains(row.id)) {
            problem("record.rolled-back", QStringLiteral("sealed, but its state says %1").arg(row.state));
        }
        if (story == stories.end()) {
            problem("record.no-events", QStringLiteral("the audit log has no event for it"));
            continue;
        }
        if (story->second.createdBy != row.createdBy)
            problem("record.created-by",
                QStringLiteral("created by operator %1, but the log says %2")
                    .arg(row.createdBy)
                    .arg(story->second.createdBy.value_or(-1)));
        if (story->second.lastState != row.state)
            problem("record.state-changed",
                QStringLiteral("state %1, but its last event left it %2").arg(row.state, story->second.lastState));
    }
    for (const Row &row : rows) {
        if (row.supersedes.isEmpty() && row.duplicateOf.isEmpty() && originals[row.idIndex] > 1)
            problems.append({ row.id, QStringLiteral("record.duplicate"),
                QStringLiteral("one of %1 original records of the same ID number").arg(originals[row.idIndex]) });
    }
    for (const auto &[id, story] : stories) {
        if (!present.contains(id))
            problems.append({ id, QStringLiteral("record.missing"),
                QStringLiteral("the audit log records it (last state %1), the store has no such record")
                    .arg(story.lastState) });
    }
    return problems;
}

} // namespace RegPoint::Kiosk
