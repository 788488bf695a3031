#pragma once

#include "sqlbackend.h"
#include "syncmessages.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace RegPoint::Intake {

// Everything the intake keeps: enrolled points and their newest audit heads, batches and their
// manifests, one row per record id with its envelope, every receipt issued (by a server-wide
// increasing seq), serial blocks. The same SQL (with the dialect's migration files) runs on SQLite
// and PostgreSQL. Every method is one transaction; races between requests are settled by
// unique keys and row locks inside it, never by a check before the write. Methods throw
// StorageError when the database is unreachable.
class IntakeStore
{
public:
    explicit IntakeStore(std::unique_ptr<SqlBackend> backend);

    int migrate(); // applies the numbered files not applied yet; returns the schema version
    // For the stores of other things kept beside the records (FormStore), on the same database.
    SqlBackend &backend() { return *m_backend; }

    struct Point
    {
        QString code;
        QString fingerprint;
        QByteArray certificatePem;
        std::optional<qint64> headSeq;
        QString headHash;
    };
    void enrol(const QString &code, const QString &fingerprint, const QByteArray &certificatePem, const QDateTime &at);
    std::optional<Point> point(const QString &code);
    QList<Point> points();

    enum class HeadCheck
    {
        Advanced, // newer than the one kept, now kept
        Same, // the one kept (a retry)
        Backwards,
        Forked,
    };
    HeadCheck advanceAuditHead(const QString &code, qint64 seq, const QString &hash);

    enum class BatchSave
    {
        New,
        Repeat, // the same manifest again (a retry)
        Taken, // the batch id is another manifest's or another point's
    };
    BatchSave saveBatch(const QString &code, const Exchange::Manifest &manifest, const QString &manifestSha256,
        const QString &via, const QDateTime &at);
    bool hasBatch(const QString &code, const QUuid &batch);
    std::optional<Exchange::ManifestRecord> batchRecord(const QString &code, const QUuid &batch, const QUuid &id);

    // Makes the signed receipt for a seq the store just allocated, inside its transaction.
    using ReceiptMaker = std::function<QJsonObject(qint64 seq)>;

    struct NewRecord
    {
        QUuid id;
        QString pointCode;
        QUuid batch;
        QString sha256;
        qint64 size = 0;
        Exchange::Decision decision = Exchange::Decision::Pending;
        QString reason;
        QByteArray envelope;
        QDateTime receivedAt;
        QString serial; // its 报名流水号 as the manifest gave it; empty when none
    };
    struct Held
    {
        QString pointCode;
        QString sha256;
        Exchange::Decision decision = Exchange::Decision::Pending;
        QString serial; // its 报名流水号; empty while the province has none for it
        QJsonObject receipt; // its current one
    };
    enum class Stored
    {
        Accepted, // `receipt` is the new one
        SameBytes, // held with these bytes: `receipt` is the record's current one
        OtherBytes, // held with other bytes: nothing changed; `receipt` is a new conflict receipt
    };
    struct StoreOutcome
    {
        Stored kind = Stored::Accepted;
        QJsonObject receipt;
    };
    using ConflictMaker = std::function<QJsonObject(qint64 seq, const Held &held)>;
    struct Upload
    {
        NewRecord record;
        ReceiptMaker accepted;
        ConflictMaker conflict;
        // Accepted, but its 报名流水号 is another record's: stored without it. Needed when the
        // record has a number.
        ReceiptMaker serialTaken;
    };
    // Uploads stored together, in one transaction (group commit: one BEGIN, one lock on the
    // receipt numbers and one flush for all of them). Each gets what it would alone: a new id is
    // Accepted, its receipts numbered in list order; an id held already is SameBytes or OtherBytes.
    // A number held by another record (or by an upload before it in id order) is not kept: that
    // record is stored without it and answered by `serialTaken`.
    QList<StoreOutcome> storeRecords(const QList<Upload> &uploads);
    QHash<QUuid, Held> heldAmong(const QList<QUuid> &ids); // those of `ids` held, in one transaction
    // A receipt about an upload that was refused (nothing held changes).
    QJsonObject issueReceipt(const QString &code, const QUuid &id, const ReceiptMaker &make);
    // What the province holds for a record changed with the same bytes: its decision (day end;
    // `reason` nullopt keeps the one held; the identity check runs again, since a rejected record
    // was never checked) or its 报名流水号 (given after it was sent; kept only when it has none and
    // no other record holds it, decided on the locked row). A new current receipt:
    // `make(seq, serial the record now holds)`.
    QJsonObject restate(const QString &code, const QUuid &id, Exchange::Decision decision,
        const std::optional<QString> &reason, const QString &serial,
        const std::function<QJsonObject(qint64 seq, const QString &keptSerial)> &make);

    struct RecordStatus
    {
        QString state;
        QString code;
        bool final = false;
        QJsonObject receipt;
    };
    // The held record's current receipt when this point holds it, else the newest receipt this
    // point was given for the id, else nothing (unknown).
    std::optional<RecordStatus> status(const QString &code, const QUuid &id);
    // The record a point gave this 报名流水号 (the number on the candidate's slip).
    struct SerialHolder
    {
        QUuid recordId;
        QString pointCode;
        QString state; // of its current receipt
    };
    std::optional<SerialHolder> recordBySerial(const QString &serial);
    QList<QJsonObject> receipts(const QString &code, qint64 after, int limit, qint64 *next);

    struct Block
    {
        QUuid id;
        QString pointCode;
        qint64 firstInSequence = 0; // 1-based position in the province-wide sequence
        QString first, last;
    };
    // The block for `request`: the one already handed out for it, or the next `size` numbers of
    // the sequence (formatted by `format`). nullopt when another point used this request id.
    std::optional<Block> serialBlock(const QString &code, const QUuid &request, qint64 size,
        const std::function<QString(qint64 n)> &format, const QDateTime &at);
    QList<Block> serialBlocks(const QString &code);

    // The identity check: held records not checked yet, in arrival order (their first receipt).
    struct Unchecked
    {
        QUuid id;
        QString pointCode;
        QUuid batch;
        QString sha256;
        Exchange::Decision decision = Exchange::Decision::Pending; // as read: a rejected one is not checked
        QByteArray envelope;
    };
    QList<Unchecked> uncheckedRecords(int limit);
    // What a record's receipt restates, as the record holds it while its row is locked: a
    // decision or number a manifest gave it after the check read it is not lost.
    struct Standing
    {
        Exchange::Decision decision = Exchange::Decision::Pending;
        QString serial;
    };
    // Claims the ID number (its HMAC) for `id`, or finds who holds it, and issues the record's
    // new current receipt: `accepted(seq, now)` when it holds the number (first, again, or as the
    // later version of the holder `supersedes` names), `conflict(seq, now, holder)` otherwise.
    QJsonObject checkIdentity(const QUuid &id, const QString &idHmac, const QUuid &supersedes,
        const std::function<QJsonObject(qint64 seq, const Standing &now)> &accepted,
        const std::function<QJsonObject(qint64 seq, const Standing &now, const QUuid &holder)> &conflict);
    void markIdentity(const QUuid &id, const QString &state); // unopenable, skipped

    struct Counts
    {
        QMap<QString, qint64> recordsByDecision;
        QMap<QString, qint64> receiptsByState; // newest receipt per (point, id)
        qint64 points = 0, batches = 0, receipts = 0, serialBlocks = 0;
    };
    Counts counts();
    // Whether a commit is on disk when it returns (a receipt promises it): PostgreSQL's fsync and
    // synchronous_commit both on. The SQLite store always runs synchronous=FULL.
    bool flushesCommits();

private:
    template<typename F>
    auto transaction(F f);
    // One statement that only reads: atomic alone, so without the BEGIN and COMMIT round trips.
    template<typename F>
    auto lookup(F f);
    qint64 nextValue(SqlConnection &c, const QString &counter, qint64 step);
    QJsonObject insertReceipt(
        SqlConnection &c, const QString &code, const QUuid &id, bool aboutHeld, const ReceiptMaker &make);
    struct ReceiptRow
    {
        qint64 seq = 0;
        QString code;
        QUuid id;
        bool aboutHeld = false;
        QJsonObject receipt;
    };
    static void insertReceipts(SqlConnection &c, const QList<ReceiptRow> &rows);

    std::unique_ptr<SqlBackend> m_backend;
};

} // namespace RegPoint::Intake
