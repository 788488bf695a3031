#include "intakestore.h"

#include "jsonfields.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;
using Exchange::Decision;

namespace {

constexpr int kAttempts = 4; // a transaction that lost a race runs again, this many times at most

QString text(const QDateTime &at)
{
    return Exchange::utcTimeText(at);
}

// "$first, ..., $(first + count - 1)": the placeholders of a statement's variable-length lists.
QString parameters(qsizetype first, qsizetype count)
{
    QStringList marks;
    for (qsizetype i = first; i < first + count; ++i)
        marks.append(u"$%1"_s.arg(i));
    return marks.join(u", "_s);
}

QString uuid(const QUuid &id)
{
    return Exchange::uuidText(id);
}

QJsonObject jsonOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A receipt the caller signed for `seq`; one that is missing or names another seq would be
// served as the record's promise: refuse it, and the transaction with it.
QJsonObject signedReceipt(qint64 seq, const IntakeStore::ReceiptMaker &make)
{
    QJsonObject receipt = make(seq);
    if (receipt.isEmpty() || receipt.value(u"body"_s).toObject().value(u"seq"_s).toInteger() != seq)
        throw StorageError("receipt could not be signed");
    return receipt;
}

} // namespace

IntakeStore::IntakeStore(std::unique_ptr<SqlBackend> backend)
    : m_backend(std::move(backend))
{ }

template<typename F>
auto IntakeStore::transaction(F f)
{
    return inTransaction(*m_backend, f, kAttempts);
}

template<typename F>
auto IntakeStore::lookup(F f)
{
    const std::unique_ptr<SqlBackend::Lease> lease = m_backend->acquire();
    return f(lease->connection());
}

bool IntakeStore::flushesCommits()
{
    if (m_backend->dialect() == SqlBackend::Dialect::Sqlite)
        return true;
    return transaction([&](SqlConnection &c) {
        const auto setting
            = [&](const QString &name) { return c.query(u"SHOW "_s + name).value(0).value(0).toString(); };
        return setting(u"fsync"_s) != u"off" && setting(u"synchronous_commit"_s) != u"off";
    });
}

int IntakeStore::migrate()
{
    const QString folder
        = m_backend->dialect() == SqlBackend::Dialect::Sqlite ? u":/intake/sql/sqlite"_s : u":/intake/sql/postgresql"_s;
    const QStringList files = QDir(folder).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    return transaction([&](SqlConnection &c) {
        c.script(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        const QList<QVariantList> rows = c.query(u"SELECT MAX(version) FROM schema_version"_s);
        int version = rows.isEmpty() || rows[0][0].isNull() ? 0 : rows[0][0].toInt();
        for (const QString &name : files) {
            const int number = name.section(u'_', 0, 0).toInt();
            if (number <= version)
                continue;
            QFile file(folder + u'/' + name);
            if (!file.open(QIODevice::ReadOnly))
                throw StorageError("cannot read migration " + name.toStdString());
            c.script(QString::fromUtf8(file.readAll()));
            c.query(u"INSERT INTO schema_version (version) VALUES ($1)"_s, { number });
            version = number;
        }
        return version;
    });
}

void IntakeStore::enrol(
    const QString &code, const QString &fingerprint, const QByteArray &certificatePem, const QDateTime &at)
{
    transaction([&](SqlConnection &c) {
        // A new certificate replaces the old one; the audit head stays (it is the point's, not
        // the certificate's).
        c.query(u"INSERT INTO points (code, fingerprint, certificate, enrolled_at) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (code) DO UPDATE SET fingerprint = $2, certificate = $3, enrolled_at = $4"_s,
            { code, fingerprint, QString::fromLatin1(certificatePem), text(at) });
        return 0;
    });
}

namespace {
IntakeStore::Point pointFrom(const QVariantList &row)
{
    IntakeStore::Point p { row[0].toString(), row[1].toString(), row[2].toString().toLatin1(), std::nullopt,
        row[4].toString() };
    if (!row[3].isNull())
        p.headSeq = row[3].toLongLong();
    return p;
}
} // namespace

std::optional<IntakeStore::Point> IntakeStore::point(const QString &code)
{
    return lookup([&](SqlConnection &c) -> std::optional<Point> {
        const QList<QVariantList> rows = c.query(
            u"SELECT code, fingerprint, certificate, head_seq, head_hash FROM points WHERE code = $1"_s, { code });
        if (rows.isEmpty())
            return std::nullopt;
        return pointFrom(rows[0]);
    });
}

QList<IntakeStore::Point> IntakeStore::points()
{
    return transaction([&](SqlConnection &c) {
        QList<Point> list;
        for (const QVariantList &row :
            c.query(u"SELECT code, fingerprint, certificate, head_seq, head_hash FROM points ORDER BY code"_s))
            list.append(pointFrom(row));
        return list;
    });
}

IntakeStore::HeadCheck IntakeStore::advanceAuditHead(const QString &code, qint64 seq, const QString &hash)
{
    const QString lock = m_backend->dialect() == SqlBackend::Dialect::PostgreSql ? u" FOR UPDATE"_s : QString();
    return transaction([&](SqlConnection &c) {
        const QList<QVariantList> rows
            = c.query(u"SELECT head_seq, head_hash FROM points WHERE code = $1"_s + lock, { code });
        if (rows.isEmpty())
            throw StorageError("advanceAuditHead: point not enrolled");
        if (!rows[0][0].isNull()) {
            const qint64 keptSeq = rows[0][0].toLongLong();
            if (seq < keptSeq)
                return HeadCheck::Backwards;
            if (seq == keptSeq)
                return rows[0][1].toString() == hash ? HeadCheck::Same : HeadCheck::Forked;
        }
        c.query(u"UPDATE points SET head_seq = $2, head_hash = $3 WHERE code = $1"_s, { code, seq, hash });
        return HeadCheck::Advanced;
    });
}

IntakeStore::BatchSave IntakeStore::saveBatch(const QString &code, const Exchange::Manifest &manifest,
    const QString &manifestSha256, const QString &via, const QDateTime &at)
{
    return transaction([&](SqlConnection &c) {
        const QList<QVariantList> inserted
            = c.query(u"INSERT INTO batches (batch, point_code, manifest_sha256, created_at, received_at, via) "
                      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (batch) DO NOTHING RETURNING batch"_s,
                { uuid(manifest.batch), code, manifestSha256, text(manifest.createdAt), text(at), via });
        if (inserted.isEmpty()) {
            const QList<QVariantList> kept = c.query(
                u"SELECT point_code, manifest_sha256 FROM batches WHERE batch = $1"_s, { uuid(manifest.batch) });
            const bool same
                = !kept.isEmpty() && kept[0][0].toString() == code && kept[0][1].toString() == manifestSha256;
            return same ? BatchSave::Repeat : BatchSave::Taken;
        }
        // Many rows a statement: a round trip per record was most of a manifest's time on PostgreSQL.
        constexpr qsizetype kRowsPerInsert = 100;
        for (qsizetype first = 0; first < manifest.records.size(); first += kRowsPerInsert) {
            const auto rows = manifest.records.mid(first, kRowsPerInsert);
            QStringList tuples;
            QVariantList values;
            for (const Exchange::ManifestRecord &r : rows) {
                tuples.append(u'(' + parameters(values.size() + 1, 7) + u')');
                values << uuid(manifest.batch) << uuid(r.id) << r.sha256 << r.size << Exchange::decisionName(r.decision)
                       << r.reason << (r.serial.isEmpty() ? QVariant() : QVariant(r.serial));
            }
            c.query(u"INSERT INTO batch_records (batch, record_id, sha256, size, decision, reason, serial) VALUES "_s
                    + tuples.join(u", "_s),
                values);
        }
        return BatchSave::New;
    });
}

bool IntakeStore::hasBatch(const QString &code, const QUuid &batch)
{
    return lookup([&](SqlConnection &c) {
        return !c.query(u"SELECT 1 FROM batches WHERE batch = $1 AND point_code = $2"_s, { uuid(batch), code })
                    .isEmpty();
    });
}

std::optional<Exchange::ManifestRecord> IntakeStore::batchRecord(
    const QString &code, const QUuid &batch, const QUuid &id)
{
    return lookup([&](SqlConnection &c) -> std::optional<Exchange::ManifestRecord> {
        const QList<QVariantList> rows
            = c.query(u"SELECT r.sha256, r.size, r.decision, r.reason, r.serial FROM batch_records r "
                      "JOIN batches b ON b.batch = r.batch "
                      "WHERE r.batch = $1 AND r.record_id = $2 AND b.point_code = $3"_s,
                { uuid(batch), uuid(id), code });
        if (rows.isEmpty())
            return std::nullopt;
        return Exchange::ManifestRecord { id, rows[0][0].toString(), rows[0][1].toLongLong(),
            Exchange::decisionFromName(rows[0][2].toString()).value_or(Decision::Pending), rows[0][3].toString(),
            rows[0][4].toString() };
    });
}

qint64 IntakeStore::nextValue(SqlConnection &c, const QString &counter, qint64 step)
{
    // The row stays locked until the transaction ends, so values are handed out in commit order:
    // a reader that saw receipt N never later finds a receipt below N appear.
    const QList<QVariantList> rows
        = c.query(u"UPDATE counters SET value = value + $1 WHERE name = $2 RETURNING value"_s, { step, counter });
    if (rows.isEmpty())
        throw StorageError("counter missing: " + counter.toStdString());
    return rows[0][0].toLongLong();
}

QJsonObject IntakeStore::insertReceipt(
    SqlConnection &c, const QString &code, const QUuid &id, bool aboutHeld, const ReceiptMaker &make)
{
    const qint64 seq = nextValue(c, u"receipt"_s, 1);
    QJsonObject receipt = signedReceipt(seq, make);
    insertReceipts(c, { { seq, code, id, aboutHeld, receipt } });
    return receipt;
}

void IntakeStore::insertReceipts(SqlConnection &c, const QList<ReceiptRow> &rows)
{
    constexpr qsizetype kColumns = 8;
    QStringList values;
    QVariantList params;
    for (const ReceiptRow &row : rows) {
        const QJsonObject body = row.receipt.value(u"body"_s).toObject();
        values.append(u"(%1)"_s.arg(parameters(params.size() + 1, kColumns)));
        params << row.seq << row.code << uuid(row.id) << row.aboutHeld << body.value(u"state"_s).toString()
               << body.value(u"code"_s).toString() << body.value(u"final"_s).toBool() << compact(row.receipt);
    }
    c.query(u"INSERT INTO receipts (seq, point_code, record_id, about_held, state, code, final, receipt) "
            "VALUES %1"_s.arg(values.join(u", "_s)),
        params);
}

namespace {
// What a query selecting kHeldColumns says about a held record.
constexpr QLatin1StringView kHeldColumns { "r.point_code, r.sha256, r.decision, r.serial, c.receipt" };
IntakeStore::Held heldOf(const QVariantList &row, qsizetype first)
{
    return IntakeStore::Held { row[first].toString(), row[first + 1].toString(),
        Exchange::decisionFromName(row[first + 2].toString()).value_or(Decision::Pending), row[first + 3].toString(),
        jsonOf(row[first + 4]) };
}

std::optional<IntakeStore::Held> heldIn(SqlConnection &c, const QUuid &id)
{
    const QList<QVariantList> rows = c.query(u"SELECT %1 FROM records r JOIN receipts c ON c.seq = r.receipt_seq "
                                             "WHERE r.record_id = $1"_s.arg(kHeldColumns),
        { Exchange::uuidText(id) });
    if (rows.isEmpty())
        return std::nullopt;
    return heldOf(rows[0], 0);
}

// The uploads (in id order) whose 报名流水号 another record holds, here or earlier in the list.
// Read before the insert; a commit racing for the same number is caught by the unique index
// (PostgreSQL waits for it, then fails this commit, which is tried again and sees it here).
QSet<const IntakeStore::Upload *> serialsTaken(SqlConnection &c, const QList<const IntakeStore::Upload *> &byId)
{
    QVariantList serials;
    for (const IntakeStore::Upload *upload : byId)
        if (!upload->record.serial.isEmpty())
            serials.append(upload->record.serial);
    if (serials.isEmpty())
        return {};
    QHash<QString, QString> holder; // serial -> record id
    constexpr qsizetype kPerQuery = 500;
    for (qsizetype first = 0; first < serials.size(); first += kPerQuery) {
        const QVariantList some = serials.mid(first, kPerQuery);
        for (const QVariantList &row : c.query(
                 u"SELECT serial, record_id FROM records WHERE serial IN (%1)"_s.arg(parameters(1, some.size())), some))
            holder.insert(row[0].toString(), row[1].toString());
    }
    QSet<const IntakeStore::Upload *> taken;
    for (const IntakeStore::Upload *upload : byId) {
        const QString &serial = upload->record.serial;
        if (serial.isEmpty())
            continue;
        const QString id = Exchange::uuidText(upload->record.id);
        const auto held = holder.constFind(serial);
        if (held == holder.cend())
            holder.insert(serial, id);
        else if (*held != id)
            taken.insert(upload);
    }
    return taken;
}
} // namespace

QList<IntakeStore::StoreOutcome> IntakeStore::storeRecords(const QList<Upload> &uploads)
{
    if (uploads.isEmpty())
        return {};
    return transaction([&](SqlConnection &c) {
        // The unique key decides, for each id: of two uploads of one id at once (here or in
        // another intake), the second waits for the first's commit and then finds its row.
        // Rows inserted in id order, whatever the list's: two commits (two intakes, or a USB
        // import beside uploads) then never wait for each other's rows in a cycle, a deadlock
        // the database would break by failing one. Receipts still follow the list's order.
        QList<const Upload *> byId;
        byId.reserve(uploads.size());
        for (const Upload &upload : uploads)
            byId.append(&upload);
        std::sort(
            byId.begin(), byId.end(), [](const Upload *a, const Upload *b) { return a->record.id < b->record.id; });
        const QSet<const Upload *> numberTaken = serialsTaken(c, byId);
        constexpr qsizetype kColumns = 10;
        QStringList values;
        QVariantList params;
        for (const Upload *upload : byId) {
            const NewRecord &r = upload->record;
            values.append(u"(%1, 0)"_s.arg(parameters(params.size() + 1, kColumns)));
            params << uuid(r.id) << r.pointCode << uuid(r.batch) << r.sha256 << r.size
                   << Exchange::decisionName(r.decision) << r.reason << r.envelope << text(r.receivedAt)
                   << (r.serial.isEmpty() || numberTaken.contains(upload) ? QVariant() : QVariant(r.serial));
        }
        QHash<QString, QVariantList> inserted; // record id -> its sha256 and point, as written
        for (const QVariantList &row :
            c.query(u"INSERT INTO records (record_id, point_code, batch, sha256, size, decision, reason, envelope, "
                    "received_at, serial, receipt_seq) VALUES %1 ON CONFLICT (record_id) DO NOTHING "
                    "RETURNING record_id, sha256, point_code"_s.arg(values.join(u", "_s)),
                params))
            inserted.insert(row[0].toString(), row.mid(1));

        // An id listed twice was written once, by the first of its uploads with those bytes;
        // every other upload of it is answered as an upload of a held record.
        QList<qsizetype> written;
        for (qsizetype i = 0; i < uploads.size(); ++i) {
            const NewRecord &r = uploads[i].record;
            const auto row = inserted.constFind(uuid(r.id));
            if (row != inserted.cend() && row->at(0).toString() == r.sha256 && row->at(1).toString() == r.pointCode) {
                inserted.erase(row);
                written.append(i);
            }
        }
        QList<StoreOutcome> outcomes(uploads.size());
        if (!written.isEmpty()) {
            const qint64 first = nextValue(c, u"receipt"_s, written.size()) - written.size() + 1;
            QList<ReceiptRow> receipts;
            QStringList pairs;
            QVariantList seqs;
            for (qsizetype k = 0; k < written.size(); ++k) {
                const Upload &upload = uploads[written[k]];
                const qint64 seq = first + k;
                const bool taken = numberTaken.contains(&upload);
                if (taken && !upload.serialTaken)
                    throw StorageError("an upload with a number has no receipt for a number taken");
                receipts.append({ seq, upload.record.pointCode, upload.record.id, true,
                    signedReceipt(seq, taken ? upload.serialTaken : upload.accepted) });
                outcomes[written[k]] = { Stored::Accepted, receipts.last().receipt };
                pairs.append(u"SELECT CAST($%1 AS TEXT) AS id, CAST($%2 AS BIGINT) AS seq"_s.arg(seqs.size() + 1)
                                 .arg(seqs.size() + 2));
                seqs << uuid(upload.record.id) << seq;
            }
            insertReceipts(c, receipts);
            c.query(u"UPDATE records SET receipt_seq = v.seq FROM (%1) AS v WHERE records.record_id = v.id"_s.arg(
                        pairs.join(u" UNION ALL "_s)),
                seqs);
        }
        for (qsizetype i = 0; i < uploads.size(); ++i) {
            if (written.contains(i))
                continue;
            const Upload &upload = uploads[i];
            const std::optional<Held> kept = heldIn(c, upload.record.id);
            if (!kept)
                throw StorageRetry("record vanished"); // cannot happen: rows are never deleted
            if (kept->sha256 == upload.record.sha256 && kept->pointCode == upload.record.pointCode) {
                outcomes[i] = { Stored::SameBytes, kept->receipt };
                continue;
            }
            outcomes[i] = { Stored::OtherBytes,
                insertReceipt(c, upload.record.pointCode, upload.record.id, false,
                    [&](qint64 seq) { return upload.conflict(seq, *kept); }) };
        }
        return outcomes;
    });
}

QHash<QUuid, IntakeStore::Held> IntakeStore::heldAmong(const QList<QUuid> &ids)
{
    return transaction([&](SqlConnection &c) {
        QHash<QUuid, Held> held;
        constexpr qsizetype kIdsPerQuery = 500;
        for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
            QVariantList values;
            for (const QUuid &id : ids.mid(first, kIdsPerQuery))
                values.append(uuid(id));
            const QList<QVariantList> rows = c.query(
                u"SELECT r.record_id, %1 FROM records r JOIN receipts c ON "
                "c.seq = r.receipt_seq WHERE r.record_id IN (%2)"_s.arg(kHeldColumns, parameters(1, values.size())),
                values);
            for (const QVariantList &row : rows)
                held.insert(QUuid::fromString(row[0].toString()), heldOf(row, 1));
        }
        return held;
    });
}

QJsonObject IntakeStore::issueReceipt(const QString &code, const QUuid &id, const ReceiptMaker &make)
{
    return transaction([&](SqlConnection &c) { return insertReceipt(c, code, id, false, make); });
}

QJsonObject IntakeStore::restate(const QString &code, const QUuid &id, Decision decision,
    const std::optional<QString> &reason, const QString &serial,
    const std::function<QJsonObject(qint64 seq, const QString &keptSerial)> &make)
{
    return transaction([&](SqlConnection &c) {
        // The row is locked from here to commit: of two manifests naming two numbers at once, the
        // second finds the first's and its receipt states that one. COALESCE keeps the first.
        // A number another record holds is not kept (its receipt then states none).
        const bool taken = !serial.isEmpty()
            && !c.query(u"SELECT 1 FROM records WHERE serial = $1 AND record_id <> $2"_s, { serial, uuid(id) })
                    .isEmpty();
        const QList<QVariantList> kept = c.query(u"UPDATE records SET serial = COALESCE(serial, $3) "
                                                 "WHERE record_id = $1 AND point_code = $2 RETURNING serial"_s,
            { uuid(id), code, serial.isEmpty() || taken ? QVariant() : QVariant(serial) });
        if (kept.isEmpty())
            throw StorageError("restate: the record is not this point's");
        const QString keptSerial = kept[0][0].toString();
        QJsonObject receipt = insertReceipt(c, code, id, true, [&](qint64 seq) { return make(seq, keptSerial); });
        c.query(u"UPDATE records SET decision = $3, reason = COALESCE($4, reason), receipt_seq = $5, "
                "identity_state = CASE WHEN $6 THEN NULL ELSE identity_state END "
                "WHERE record_id = $1 AND point_code = $2"_s,
            { uuid(id), code, Exchange::decisionName(decision), reason ? QVariant(*reason) : QVariant(),
                receipt.value(u"body"_s).toObject().value(u"seq"_s).toInteger(), reason.has_value() });
        return receipt;
    });
}

std::optional<IntakeStore::RecordStatus> IntakeStore::status(const QString &code, const QUuid &id)
{
    return transaction([&](SqlConnection &c) -> std::optional<RecordStatus> {
        QList<QVariantList> rows = c.query(
            u"SELECT c.state, c.code, c.final, c.receipt FROM records r JOIN receipts c ON c.seq = r.receipt_seq "
            "WHERE r.record_id = $1 AND r.point_code = $2"_s,
            { uuid(id), code });
        if (rows.isEmpty())
            rows = c.query(u"SELECT state, code, final, receipt FROM receipts WHERE point_code = $1 AND record_id = $2 "
                           "ORDER BY seq DESC LIMIT 1"_s,
                { code, uuid(id) });
        if (rows.isEmpty())
            return std::nullopt;
        return RecordStatus { rows[0][0].toString(), rows[0][1].toString(), rows[0][2].toBool(), jsonOf(rows[0][3]) };
    });
}

QList<QJsonObject> IntakeStore::receipts(const QString &code, qint64 after, int limit, qint64 *next)
{
    return transaction([&](SqlConnection &c) {
        QList<QJsonObject> list;
        *next = after;
        for (const QVariantList &row :
            c.query(u"SELECT seq, receipt FROM receipts WHERE point_code = $1 AND seq > $2 ORDER BY seq LIMIT $3"_s,
                { code, after, qint64(limit) })) {
            list.append(jsonOf(row[1]));
            *next = row[0].toLongLong();
        }
        return list;
    });
}

namespace {
IntakeStore::Block blockFrom(const QVariantList &row)
{
    return { QUuid::fromString(row[0].toString()), row[1].toString(), 0, row[2].toString(), row[3].toString() };
}
} // namespace

std::optional<IntakeStore::Block> IntakeStore::serialBlock(const QString &code, const QUuid &request, qint64 size,
    const std::function<QString(qint64)> &format, const QDateTime &at)
{
    const QString lock = m_backend->dialect() == SqlBackend::Dialect::PostgreSql ? u" FOR UPDATE"_s : QString();
    return transaction([&](SqlConnection &c) -> std::optional<Block> {
        // The sequence's row is locked first: requests are answered one after another, so the same
        // request id sent twice at once still gets one block and burns nothing.
        c.query(u"SELECT value FROM counters WHERE name = 'serial'"_s + lock);
        const QList<QVariantList> kept = c.query(
            u"SELECT block_id, point_code, first, last FROM serial_blocks WHERE request = $1"_s, { uuid(request) });
        if (!kept.isEmpty()) {
            if (kept[0][1].toString() != code)
                return std::nullopt;
            return blockFrom(kept[0]);
        }
        const qint64 last = nextValue(c, u"serial"_s, size);
        const Block block { QUuid::createUuid(), code, last - size + 1, format(last - size + 1), format(last) };
        c.query(u"INSERT INTO serial_blocks (request, block_id, point_code, first, last, issued_at) "
                "VALUES ($1, $2, $3, $4, $5, $6)"_s,
            { uuid(request), uuid(block.id), code, block.first, block.last, text(at) });
        return block;
    });
}

std::optional<IntakeStore::SerialHolder> IntakeStore::recordBySerial(const QString &serial)
{
    return lookup([&](SqlConnection &c) -> std::optional<SerialHolder> {
        const QList<QVariantList> rows
            = c.query(u"SELECT r.record_id, r.point_code, c.state FROM records r JOIN receipts c ON c.seq = "
                      "r.receipt_seq WHERE r.serial = $1 ORDER BY r.received_at LIMIT 1"_s,
                { serial });
        if (rows.isEmpty())
            return std::nullopt;
        return SerialHolder { QUuid::fromString(rows[0][0].toString()), rows[0][1].toString(), rows[0][2].toString() };
    });
}

QList<IntakeStore::Block> IntakeStore::serialBlocks(const QString &code)
{
    return transaction([&](SqlConnection &c) {
        QList<Block> list;
        for (const QVariantList &row : c.query(
                 u"SELECT block_id, point_code, first, last FROM serial_blocks WHERE point_code = $1 ORDER BY first"_s,
                 { code }))
            list.append(blockFrom(row));
        return list;
    });
}

QList<IntakeStore::Unchecked> IntakeStore::uncheckedRecords(int limit)
{
    return transaction([&](SqlConnection &c) {
        QList<Unchecked> list;
        for (const QVariantList &row :
            c.query(u"SELECT r.record_id, r.point_code, r.batch, r.sha256, r.decision, r.envelope "
                    "FROM records r "
                    "WHERE r.identity_state IS NULL ORDER BY (SELECT MIN(c.seq) FROM receipts c "
                    "WHERE c.record_id = r.record_id AND c.about_held = $2) LIMIT $1"_s,
                { qint64(limit), true })) {
            list.append({ QUuid::fromString(row[0].toString()), row[1].toString(), QUuid::fromString(row[2].toString()),
                row[3].toString(), Exchange::decisionFromName(row[4].toString()).value_or(Decision::Pending),
                row[5].toByteArray() });
        }
        return list;
    });
}

QJsonObject IntakeStore::checkIdentity(const QUuid &id, const QString &idHmac, const QUuid &supersedes,
    const std::function<QJsonObject(qint64, const Standing &)> &accepted,
    const std::function<QJsonObject(qint64, const Standing &, const QUuid &)> &conflict)
{
    return transaction([&](SqlConnection &c) {
        // An update that changes nothing locks the row (both dialects) until commit: a manifest
        // restating the record's decision or number waits, and what it held before is read here.
        const QList<QVariantList> held
            = c.query(u"UPDATE records SET identity_state = identity_state WHERE record_id = $1 AND identity_state "
                      "IS NULL RETURNING point_code, decision, serial"_s,
                { uuid(id) });
        if (held.isEmpty())
            return QJsonObject(); // checked meanwhile by another checker
        const QString code = held[0][0].toString();
        const Standing now { Exchange::decisionFromName(held[0][1].toString()).value_or(Decision::Pending),
            held[0][2].toString() };
        QUuid holder = id;
        const QList<QVariantList> claimed = c.query(
            u"INSERT INTO identity_index (id_hmac, record_id) VALUES ($1, $2) ON CONFLICT (id_hmac) DO NOTHING "
            "RETURNING record_id"_s,
            { idHmac, uuid(id) });
        if (claimed.isEmpty()) {
            holder = QUuid::fromString(c.query(u"SELECT record_id FROM identity_index WHERE id_hmac = $1"_s, { idHmac })
                                           .value(0)
                                           .value(0)
                                           .toString());
            if (!supersedes.isNull() && holder == supersedes) { // a later version takes the number over
                c.query(u"UPDATE identity_index SET record_id = $2 WHERE id_hmac = $1"_s, { idHmac, uuid(id) });
                holder = id;
            }
        }
        QJsonObject receipt = holder == id
            ? insertReceipt(c, code, id, true, [&](qint64 seq) { return accepted(seq, now); })
            : insertReceipt(c, code, id, true, [&](qint64 seq) { return conflict(seq, now, holder); });
        c.query(u"UPDATE records SET identity_state = 'checked', receipt_seq = $2 WHERE record_id = $1"_s,
            { uuid(id), receipt.value(u"body"_s).toObject().value(u"seq"_s).toInteger() });
        return receipt;
    });
}

void IntakeStore::markIdentity(const QUuid &id, const QString &state)
{
    transaction([&](SqlConnection &c) {
        c.query(u"UPDATE records SET identity_state = $2 WHERE record_id = $1"_s, { uuid(id), state });
        return 0;
    });
}

IntakeStore::Counts IntakeStore::counts()
{
    return transaction([&](SqlConnection &c) {
        Counts counts;
        for (const QVariantList &row : c.query(u"SELECT decision, COUNT(*) FROM records GROUP BY decision"_s))
            counts.recordsByDecision.insert(row[0].toString(), row[1].toLongLong());
        for (const QVariantList &row :
            c.query(u"SELECT c.state, COUNT(*) FROM receipts c WHERE c.seq = (SELECT MAX(d.seq) FROM receipts d "
                    "WHERE d.point_code = c.point_code AND d.record_id = c.record_id) GROUP BY c.state"_s))
            counts.receiptsByState.insert(row[0].toString(), row[1].toLongLong());
        const auto one = [&](const QString &sql) { return c.query(sql).value(0).value(0).toLongLong(); };
        counts.points = one(u"SELECT COUNT(*) FROM points"_s);
        counts.batches = one(u"SELECT COUNT(*) FROM batches"_s);
        counts.receipts = one(u"SELECT COUNT(*) FROM receipts"_s);
        counts.serialBlocks = one(u"SELECT COUNT(*) FROM serial_blocks"_s);
        return counts;
    });
}

} // namespace RegPoint::Intake
