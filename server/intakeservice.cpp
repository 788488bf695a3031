#include "intakeservice.h"

#include "certificates.h"
#include "digest.h"
#include "envelope.h"
#include "intakelog.h"
#include "jsonfields.h"
#include "receipt.h"
#include "serialblock.h"

#include "requestquery.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace RegPoint::Intake {

using namespace Qt::StringLiterals;
using namespace Exchange;

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kManifestLimit = 1024 * kKiB;
constexpr qint64 kSmallBodyLimit = 8 * kKiB;
constexpr int kMaxReceiptsPage = 1000;
constexpr qsizetype kImportGroup = 32; // records of a USB file committed together

IntakeResponse ok(QJsonObject body, QString code = u"ok"_s)
{
    return { 200, std::move(body), std::move(code), 0, false };
}

// The store did not answer: the point sends the same request again later.
IntakeResponse storageUnavailable()
{
    return IntakeService::error(503, u"server.unavailable"_s, u"Storage unavailable."_s);
}

IntakeResponse malformed(const Failure &failure)
{
    return IntakeService::error(
        400, u"request.malformed"_s, failure.message, { { u"field"_s, malformedField(failure) } });
}

IntakeResponse answerOrMalformed(const Result<QJsonObject> &answer)
{
    return answer ? ok(answer.value()) : malformed(answer.failure());
}

// A lower-case UUID path segment, or null.
QUuid pathUuid(const QByteArray &segment)
{
    JsonFields fields(QJsonObject { { u"id"_s, QString::fromLatin1(segment) } });
    const QUuid id = fields.uuid("id"_L1);
    return fields.ok() ? id : QUuid();
}

} // namespace

IntakeService::IntakeService(
    IntakeStore &store, IntakeSigner signer, Settings settings, std::function<QDateTime()> clock)
    : m_store(store)
    , m_signer(std::move(signer))
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
    , m_rate(m_settings.rate)
    , m_seals(m_settings.caPem)
    , m_forms(store.backend())
    , m_formDesk(m_forms, m_signer)
    , m_committer(store)
{ }

Sender Sender::fromCertificate(QString pointCode, QByteArray certificatePem)
{
    Sender sender { std::move(pointCode), std::move(certificatePem), {}, {} };
    sender.fingerprint = certificateFingerprint(sender.certificatePem);
    sender.machineKeyId = certificateKeyId(sender.certificatePem);
    return sender;
}

IntakeResponse IntakeService::error(int status, const QString &code, const QString &message, QJsonObject extra)
{
    const bool retry = status == 408 || status == 429 || status == 500 || status == 503;
    return { status, ProtocolError { code, message, retry, std::move(extra) }.toJson(), code, 0, false };
}

std::optional<IntakeService::Route> IntakeService::route(const QByteArray &path) const
{
    const QList<QByteArray> parts = path.split('/'); // "", "v1", …
    if (parts.size() < 3 || !parts[0].isEmpty() || parts[1] != "v1")
        return std::nullopt;
    if (parts.size() == 3) {
        static const std::pair<const char *, Endpoint> kFixed[] = { { "health", Endpoint::Health },
            { "batches", Endpoint::Batches }, { "status", Endpoint::Status }, { "receipts", Endpoint::Receipts },
            { "config", Endpoint::Config }, { "serial-blocks", Endpoint::SerialBlocks }, { "forms", Endpoint::Forms },
            { "confirmations", Endpoint::Confirmations } };
        for (const auto &[name, endpoint] : kFixed) {
            if (parts[2] == name)
                return Route { endpoint, {}, {} };
        }
        return std::nullopt;
    }
    if (parts.size() == 6 && parts[2] == "batches" && parts[4] == "records") {
        const QUuid batch = pathUuid(parts[3]), id = pathUuid(parts[5]);
        if (!batch.isNull() && !id.isNull())
            return Route { Endpoint::Record, batch, id };
    }
    return std::nullopt;
}

IntakeService::Admission IntakeService::admit(const Sender &sender, const IntakeRequest &request)
{
    const QByteArray path = targetPath(request.target);
    const std::optional<Route> found = route(path);
    if (!found)
        return { error(404, u"request.unknown"_s, u"No such endpoint."_s), 0 };
    static const std::pair<Endpoint, const char *> kMethods[]
        = { { Endpoint::Health, "GET" }, { Endpoint::Batches, "POST" }, { Endpoint::Record, "PUT" },
              { Endpoint::Status, "POST" }, { Endpoint::Receipts, "GET" }, { Endpoint::Config, "GET" },
              { Endpoint::SerialBlocks, "POST" }, { Endpoint::Forms, "GET" }, { Endpoint::Confirmations, "POST" } };
    qint64 limit = 0;
    for (const auto &[endpoint, method] : kMethods) {
        if (endpoint == found->endpoint && request.method != method)
            return { error(405, u"request.method"_s, u"Use %1 for this endpoint."_s.arg(QLatin1String(method))), 0 };
    }
    switch (found->endpoint) {
    case Endpoint::Batches:
    case Endpoint::Status:
    case Endpoint::Confirmations:
        limit = kManifestLimit;
        break;
    case Endpoint::Record:
        limit = kMaxEnvelopeBytes;
        break;
    case Endpoint::SerialBlocks:
        limit = kSmallBodyLimit;
        break;
    default:
        limit = 0;
    }
    if (found->endpoint == Endpoint::Health) // answers without headers, storage or enrolment
        return { std::nullopt, 0 };

    if (request.protocol != QByteArray::number(kProtocolVersion))
        return { error(400, u"protocol.version"_s, u"RegPoint-Protocol header missing or not supported."_s,
                     { { u"supported"_s, QJsonArray { kProtocolVersion } } }),
            0 };
    const QDateTime now = m_clock();
    JsonFields clock(
        QJsonObject { { u"RegPoint-Clock"_s, QString::fromLatin1(request.clock.value_or(QByteArray())) } });
    const QDateTime pointTime = clock.utcTime("RegPoint-Clock"_L1);
    if (!request.clock || !clock.ok() || qAbs(pointTime.secsTo(now)) > m_settings.maxClockSkewSeconds)
        return { error(400, u"clock.skew"_s,
                     u"The point's clock is missing or more than %1 s off."_s.arg(m_settings.maxClockSkewSeconds),
                     { { u"serverTime"_s, utcTimeText(now) } }),
            0 };
    try {
        if (!enrolled(sender))
            return { error(401, u"point.not-enrolled"_s, u"This certificate is not the one enrolled for the point."_s),
                0 };
    } catch (const StorageError &) {
        return { storageUnavailable(), 0 };
    }
    if (const int wait = m_rate.take(sender.pointCode); wait > 0) {
        IntakeResponse refusal = error(429, u"point.rate-limited"_s, u"Too many requests."_s);
        refusal.retryAfterSeconds = wait;
        return { refusal, 0 };
    }
    return { std::nullopt, limit };
}

bool IntakeService::enrolled(const Sender &sender)
{
    // Only a match is taken from memory: a certificate enrolled a moment ago is found in the
    // store at once; one replaced a moment ago is taken for at most RecentLookups::kEnrolmentTtl.
    if (m_recent.enrolledFingerprint(sender.pointCode) == sender.fingerprint)
        return true;
    const std::optional<IntakeStore::Point> point = m_store.point(sender.pointCode);
    if (!point)
        return false;
    m_recent.keepEnrolment(sender.pointCode, point->fingerprint);
    return point->fingerprint == sender.fingerprint;
}

void IntakeService::handle(const Sender &sender, const IntakeRequest &request, const Reply &reply)
{
    std::optional<IntakeResponse> now;
    try {
        now = respondTo(sender, request, reply);
    } catch (const StorageError &) {
        now = storageUnavailable();
    }
    if (now)
        reply(*now);
}

std::optional<IntakeResponse> IntakeService::respondTo(
    const Sender &sender, const IntakeRequest &request, const Reply &reply)
{
    const QByteArray path = targetPath(request.target);
    const std::optional<Route> found = route(path);
    if (!found)
        return error(404, u"request.unknown"_s, u"No such endpoint."_s);
    switch (found->endpoint) {
    case Endpoint::Health:
        return health();
    case Endpoint::Batches:
        return batches(sender, request.body, u"network"_s);
    case Endpoint::Record:
        return record(sender, found->batch, found->id, request.body, reply);
    case Endpoint::Status:
        return status(sender, request.body);
    case Endpoint::Receipts:
        return receipts(sender, targetQuery(request.target));
    case Endpoint::Config:
        return config(sender);
    case Endpoint::SerialBlocks:
        return serialBlocks(sender, request.body);
    case Endpoint::Forms:
        return answerOrMalformed(m_formDesk.forms(sender.pointCode, targetQuery(request.target)));
    case Endpoint::Confirmations:
        return answerOrMalformed(m_formDesk.confirmations(sender.pointCode, request.body, m_clock()));
    }
    return error(500, u"server.internal"_s, u"Unhandled endpoint."_s);
}

IntakeResponse IntakeService::health() const
{
    return ok(
        { { u"status"_s, u"ok"_s }, { u"protocol"_s, kProtocolVersion }, { u"serverTime"_s, utcTimeText(m_clock()) } });
}

std::optional<IntakeResponse> IntakeService::checkAuditHead(const Sender &sender, const AuditHead &head)
{
    if (!verifySignedStatement(
            auditTipStatement(head.seq, head.hash), head.signature.toBase64(), sender.certificatePem))
        return error(400, u"audit.head-signature"_s, u"The audit head is not signed by this point's key."_s);
    const std::optional<IntakeStore::Point> point = m_store.point(sender.pointCode);
    switch (m_store.advanceAuditHead(sender.pointCode, head.seq, head.hash)) {
    case IntakeStore::HeadCheck::Advanced:
    case IntakeStore::HeadCheck::Same:
        return std::nullopt;
    case IntakeStore::HeadCheck::Backwards:
        return error(409, u"audit.head-backwards"_s, u"The audit head is older than one this point already sent."_s,
            { { u"kept"_s, point && point->headSeq ? *point->headSeq : 0 } });
    case IntakeStore::HeadCheck::Forked:
        break;
    }
    return error(409, u"audit.head-forked"_s, u"Another audit head with this sequence number was sent before."_s,
        { { u"kept"_s, point && point->headSeq ? *point->headSeq : 0 } });
}

ReceiptBody IntakeService::receiptFor(
    const Sender &sender, const QUuid &batch, const QUuid &id, const QString &sha256, Decision decision) const
{
    ReceiptBody body;
    body.recordId = id;
    body.pointCode = sender.pointCode;
    body.batch = batch;
    body.sha256 = sha256;
    body.decision = decision;
    body.issuedAt = m_clock();
    return body;
}

QJsonObject IntakeService::sign(ReceiptBody body, qint64 seq) const
{
    body.seq = seq;
    return signReceipt(m_signer, body);
}

namespace {
// What a held record's receipt says: accepted, or rejected at the point (stored all the same).
void setHeldState(ReceiptBody &body, Decision decision)
{
    body.decision = decision;
    if (decision == Decision::Rejected) {
        body.state = ReceiptState::Rejected;
        body.code = u"decision.rejected-at-point"_s;
        body.final = true;
    } else {
        body.state = ReceiptState::Accepted;
        body.code = u"ok"_s;
        body.final = false; // final once the identity check ran; the opening worker is not built yet
    }
}

RecordOutcome outcomeOf(const QJsonObject &receipt)
{
    const QJsonObject body = receipt.value(u"body"_s).toObject();
    return { body.value(u"state"_s).toString(), body.value(u"code"_s).toString() };
}
} // namespace

IntakeService::ManifestOutcome IntakeService::receiveManifest(
    const Sender &sender, const Manifest &manifest, const QString &manifestSha256, const QString &via)
{
    ManifestOutcome outcome;
    if (std::optional<IntakeResponse> refusal = checkAuditHead(sender, manifest.auditHead)) {
        outcome.refusal = refusal;
        return outcome;
    }
    if (std::optional<IntakeResponse> refusal = checkSerials(sender, manifest)) {
        outcome.refusal = refusal;
        return outcome;
    }
    if (m_store.saveBatch(sender.pointCode, manifest, manifestSha256, via, m_clock())
        == IntakeStore::BatchSave::Taken) {
        outcome.refusal = malformed(
            malformedFailure(u"batch"_s, u"this batch id was used for another manifest or by another point"_s));
        return outcome;
    }
    m_recent.keepManifest(sender.pointCode, manifest); // what the store now holds for the batch, as it will stay
    outcome.answer.batch = manifest.batch;
    QList<QUuid> ids;
    ids.reserve(manifest.records.size());
    for (const ManifestRecord &r : manifest.records)
        ids.append(r.id);
    const QHash<QUuid, IntakeStore::Held> heldNow = m_store.heldAmong(ids);
    for (const ManifestRecord &r : manifest.records) {
        ManifestAnswerEntry entry { r.id, true, std::nullopt, {} };
        const auto held = heldNow.constFind(r.id);
        if (held != heldNow.cend() && held->pointCode == sender.pointCode) {
            entry.send = false;
            if (held->sha256 == r.sha256) {
                entry.receipt = heldReceipt(sender, manifest.batch, r, held.value());
                entry.outcome = RecordOutcome { u"duplicate"_s, u"record.same-bytes"_s };
            } else {
                ReceiptBody body = receiptFor(sender, manifest.batch, r.id, r.sha256, r.decision);
                body.state = ReceiptState::Conflict;
                body.code = u"record.id-conflict"_s;
                body.final = true;
                entry.receipt
                    = m_store.issueReceipt(sender.pointCode, r.id, [&](qint64 seq) { return sign(body, seq); });
                entry.outcome = outcomeOf(entry.receipt);
            }
        }
        outcome.answer.records.append(entry);
    }
    return outcome;
}

QJsonObject IntakeService::heldReceipt(
    const Sender &sender, const QUuid &batch, const ManifestRecord &r, const IntakeStore::Held &held)
{
    const bool decided = held.decision != r.decision && r.decision != Decision::Pending;
    // A number given after the record was sent, or one its current receipt does not state yet. A
    // record keeps the first number kept for it: another one is the point's mistake, logged, and
    // its receipt keeps stating the number held.
    if (!held.serial.isEmpty() && !r.serial.isEmpty() && r.serial != held.serial)
        logEvent("serial-mismatch", { { "point", sender.pointCode }, { "record", uuidText(r.id) } });
    const QString serial = held.serial.isEmpty() ? r.serial : held.serial;
    const QJsonObject currentBody = held.receipt.value(u"body"_s).toObject();
    // A number refused as another record's stays refused: its receipt said so already.
    const bool refusedBefore
        = held.serial.isEmpty() && currentBody.value(u"code"_s).toString() == ReceiptBody::kSerialTaken;
    const bool numbered = !serial.isEmpty() && !refusedBefore && currentBody.value(u"serial"_s).toString() != serial;
    if (!decided && !numbered)
        return held.receipt;
    // A new number alone restates the current receipt (a final answer stays final).
    const Result<ReceiptBody> current = ReceiptBody::fromJson(currentBody);
    ReceiptBody body = receiptFor(sender, batch, r.id, r.sha256, r.decision);
    if (decided || !current)
        setHeldState(body, decided ? r.decision : held.decision);
    else
        body = current.value();
    body.issuedAt = m_clock();
    return m_store.restate(sender.pointCode, r.id, body.decision,
        decided ? std::optional<QString>(r.reason) : std::nullopt, serial, [&](qint64 seq, const QString &kept) {
            body.serial = kept;
            // An accepted record's code says so; a conflict's or rejection's keeps its own.
            if (!serial.isEmpty() && kept.isEmpty() && body.state == ReceiptState::Accepted) {
                body.code = ReceiptBody::kSerialTaken;
                logEvent("serial-taken", { { "point", sender.pointCode }, { "record", uuidText(r.id) } });
            }
            return sign(body, seq);
        });
}

std::optional<IntakeResponse> IntakeService::checkSerials(const Sender &sender, const Manifest &manifest)
{
    QList<SerialBlock> blocks;
    for (const IntakeStore::Block &b : m_store.serialBlocks(sender.pointCode))
        blocks.append({ b.id, b.pointCode, b.first, b.last });
    for (qsizetype i = 0; i < manifest.records.size(); ++i) {
        const QString &serial = manifest.records.at(i).serial;
        if (!serial.isEmpty()
            && std::none_of(blocks.cbegin(), blocks.cend(), [&](const SerialBlock &b) { return b.contains(serial); }))
            return malformed(
                malformedFailure(u"records[%1].serial"_s.arg(i), u"not a number of this point's blocks"_s));
    }
    return std::nullopt;
}

IntakeResponse IntakeService::batches(const Sender &sender, const QByteArray &body, const QString &via)
{
    const Result<Manifest> manifest = Manifest::fromJson(body);
    if (!manifest)
        return malformed(manifest.failure());
    const ManifestOutcome outcome = receiveManifest(sender, manifest.value(), sha256Hex(body), via);
    if (outcome.refusal)
        return *outcome.refusal;
    return ok(outcome.answer.toJson());
}

IntakeService::CheckedUpload IntakeService::checkRecord(
    const Sender &sender, const QUuid &batch, const ManifestRecord *listed, const QUuid &id, const QByteArray &envelope)
{
    const QString actual = sha256Hex(envelope);
    const auto refuse = [&](const QString &sha, Decision decision, const QString &code, bool final) {
        ReceiptBody body = receiptFor(sender, batch, id, sha, decision);
        body.state = ReceiptState::Rejected;
        body.code = code;
        body.final = final;
        const QJsonObject receipt
            = m_store.issueReceipt(sender.pointCode, id, [&](qint64 seq) { return sign(body, seq); });
        return CheckedUpload { RecordAnswer { outcomeOf(receipt), receipt }, {} };
    };
    // The order of docs/sync-protocol.md: manifest, size and hash, the seal, the sender, the id.
    if (!listed)
        return refuse(actual, Decision::None, u"record.not-in-manifest"_s, false);
    if (listed->size != envelope.size() || listed->sha256 != actual)
        return refuse(listed->sha256, listed->decision, u"record.manifest-mismatch"_s, false);
    const Result<SealedBy> sealed = m_seals.verify(envelope, id);
    if (!sealed)
        return refuse(actual, listed->decision, sealed.failure().code, true);
    if (sealed->pointCode != sender.pointCode || sealed->machineKeyId != sender.machineKeyId)
        return refuse(actual, listed->decision, u"record.foreign-point"_s, true);

    // The receipts are signed on the committer's thread, after this returns: by value.
    ReceiptBody accepted = receiptFor(sender, batch, id, actual, listed->decision);
    setHeldState(accepted, listed->decision);
    accepted.serial = listed->serial;
    ReceiptBody conflict = receiptFor(sender, batch, id, actual, listed->decision);
    conflict.state = ReceiptState::Conflict;
    conflict.code = u"record.id-conflict"_s;
    conflict.final = true;
    ReceiptBody numberTaken = accepted;
    numberTaken.serial.clear();
    numberTaken.code = ReceiptBody::kSerialTaken;
    IntakeStore::Upload upload { { id, sender.pointCode, batch, actual, envelope.size(), listed->decision,
                                     listed->reason, envelope, m_clock(), listed->serial },
        [this, accepted](qint64 seq) { return sign(accepted, seq); },
        [this, conflict](qint64 seq, const IntakeStore::Held &) { return sign(conflict, seq); },
        [this, numberTaken](qint64 seq) { return sign(numberTaken, seq); } };
    return { std::nullopt, std::move(upload) };
}

RecordAnswer IntakeService::answerOf(const IntakeStore::StoreOutcome &stored)
{
    if (stored.kind == IntakeStore::Stored::SameBytes)
        return { RecordOutcome { u"duplicate"_s, u"record.same-bytes"_s }, stored.receipt };
    return { outcomeOf(stored.receipt), stored.receipt };
}

std::optional<IntakeResponse> IntakeService::record(
    const Sender &sender, const QUuid &batch, const QUuid &id, const QByteArray &envelope, const Reply &reply)
{
    const RecentLookups::Listing recent = m_recent.manifestLine(sender.pointCode, batch, id);
    std::optional<ManifestRecord> listed = recent.line;
    if (!recent.batchKnown) {
        listed = m_store.batchRecord(sender.pointCode, batch, id);
        if (!listed && !m_store.hasBatch(sender.pointCode, batch))
            return error(404, u"request.unknown"_s, u"This point never announced that batch."_s);
    }
    CheckedUpload checked = checkRecord(sender, batch, listed ? &*listed : nullptr, id, envelope);
    if (checked.refused)
        return ok(checked.refused->toJson(), checked.refused->outcome.code);
    m_committer.submit(std::move(checked.upload),
        [reply, code = sender.pointCode, id](std::optional<IntakeStore::StoreOutcome> stored) {
            if (!stored)
                return reply(storageUnavailable());
            const RecordAnswer answer = answerOf(*stored);
            if (answer.outcome.code == ReceiptBody::kSerialTaken)
                logEvent("serial-taken", { { "point", code }, { "record", uuidText(id) } });
            reply(ok(answer.toJson(), answer.outcome.code));
        });
    return std::nullopt;
}

IntakeResponse IntakeService::status(const Sender &sender, const QByteArray &body)
{
    const Result<StatusRequest> request = StatusRequest::fromJson(body);
    if (!request)
        return malformed(request.failure());
    StatusAnswer answer;
    for (const QUuid &id : request->ids) {
        const std::optional<IntakeStore::RecordStatus> found = m_store.status(sender.pointCode, id);
        if (found)
            answer.records.append({ id, found->state, found->code, found->final, found->receipt });
        else
            answer.records.append({ id, u"unknown"_s, {}, false, {} });
    }
    return ok(answer.toJson());
}

IntakeResponse IntakeService::receipts(const Sender &sender, const QByteArray &query)
{
    const QUrlQuery items(QString::fromLatin1(query));
    const std::optional<qint64> after = queryNumber(items, u"after"_s, 0, 0, qint64(1) << 53);
    const std::optional<qint64> limit = queryNumber(items, u"limit"_s, kMaxReceiptsPage, 1, kMaxReceiptsPage);
    if (!after)
        return malformed(malformedFailure(u"after"_s, u"expected a receipt number >= 0"_s));
    if (!limit)
        return malformed(malformedFailure(u"limit"_s, u"expected 1 to 1000"_s));
    ReceiptsPage page;
    page.receipts = m_store.receipts(sender.pointCode, *after, int(*limit), &page.next);
    return ok(page.toJson());
}

IntakeResponse IntakeService::config(const Sender &sender)
{
    ConfigBundle bundle = m_settings.configTemplate;
    bundle.pointCode = sender.pointCode;
    bundle.issuedAt = m_clock();
    for (const IntakeStore::Block &b : m_store.serialBlocks(sender.pointCode))
        bundle.serialBlocks.append({ b.id, b.pointCode, b.first, b.last });
    return ok(signConfigBundle(m_signer, bundle));
}

IntakeResponse IntakeService::serialBlocks(const Sender &sender, const QByteArray &body)
{
    const Result<SerialBlockRequest> request = SerialBlockRequest::fromJson(body);
    if (!request)
        return malformed(request.failure());
    const QDateTime now = m_clock();
    const QString year = QString::number(now.date().year() % 100).rightJustified(2, u'0');
    const std::optional<IntakeStore::Block> block = m_store.serialBlock(
        sender.pointCode, request->request, m_settings.serialBlockSize,
        [&](qint64 n) -> QString { return year + QString::number(n).rightJustified(12, u'0'); }, now);
    if (!block)
        return malformed(malformedFailure(u"request"_s, u"this request id is another point's"_s));
    return ok(signSerialBlock(m_signer, { block->id, block->pointCode, block->first, block->last }));
}

Result<QList<IntakeService::ImportedRecord>> IntakeService::importBatch(
    const UsbBatch &batch, const std::function<void(qsizetype, qsizetype)> &progress)
{
    const Sender sender = Sender::fromCertificate(batch.pointCode, normalisedCertificatePem(batch.certificateDer));
    try {
        const std::optional<IntakeStore::Point> point = m_store.point(batch.pointCode);
        if (!point || point->fingerprint != sender.fingerprint)
            return Failure { u"point.not-enrolled"_s,
                u"The file's certificate is not the one enrolled for its point."_s };
        const Manifest manifest = batch.manifest();
        const QByteArray manifestJson = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
        const ManifestOutcome received = receiveManifest(sender, manifest, sha256Hex(manifestJson), u"usb"_s);
        if (received.refusal) {
            const QJsonObject error = received.refusal->body.value(u"error"_s).toObject();
            return Failure { error.value(u"code"_s).toString(), error.value(u"message"_s).toString() };
        }
        // Records checked one by one, stored kImportGroup at a time (one commit each).
        QList<ImportedRecord> results;
        QList<qsizetype> waiting; // positions in `results` of the uploads not stored yet
        QList<IntakeStore::Upload> uploads;
        const auto store = [&] {
            const QList<IntakeStore::StoreOutcome> stored = m_store.storeRecords(uploads);
            for (qsizetype k = 0; k < stored.size(); ++k) {
                const RecordAnswer answer = answerOf(stored[k]);
                results[waiting[k]].outcome = answer.outcome;
                results[waiting[k]].receipt = answer.receipt;
            }
            uploads.clear();
            waiting.clear();
        };
        for (qsizetype i = 0; i < batch.records.size(); ++i) {
            const UsbBatchRecord &r = batch.records.at(i);
            const ManifestAnswerEntry &entry = received.answer.records.at(i);
            if (!entry.send) {
                results.append({ r.entry.id, entry.outcome.value_or(RecordOutcome {}), entry.receipt });
            } else {
                CheckedUpload checked = checkRecord(sender, batch.batch, &r.entry, r.entry.id, r.envelope);
                const RecordAnswer refused = checked.refused.value_or(RecordAnswer {});
                results.append({ r.entry.id, refused.outcome, refused.receipt });
                if (!checked.refused) {
                    waiting.append(i);
                    uploads.append(std::move(checked.upload));
                }
            }
            if (uploads.size() >= kImportGroup || i + 1 == batch.records.size())
                store();
            if (progress && waiting.isEmpty())
                progress(i + 1, batch.records.size());
        }
        return results;
    } catch (const StorageError &e) {
        return Failure { u"server.unavailable"_s, QString::fromUtf8(e.what()) };
    }
}

} // namespace RegPoint::Intake
