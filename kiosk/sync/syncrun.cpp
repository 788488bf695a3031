#include "syncrun.h"

#include "audit/auditlog.h"

#include "clock.h"
#include "jsonfields.h"
#include "records/recordstore.h"
#include "sync/configrefresh.h"
#include "sync/formexchange.h"
#include "sync/intakeclient.h"
#include "syncmessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace RegPoint::Kiosk {

using Exchange::uuidText; // the protocol's form of an id: lower case, no braces

namespace {

struct SyncRunTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::SyncRun)
};

Failure receiptRefused(const QString &why)
{
    qCWarning(lcSync) << "receipt refused:" << why;
    return Failure { QStringLiteral("sync.receipt-invalid"),
        [] {
            return SyncRunTr::tr(
                "An answer from the province did not carry a valid signature for this point's record. Sending "
                "has stopped and nothing was marked as received; call the technician.");
        } };
}

} // namespace

bool SyncOutcome::retryLater() const
{
    return stoppedBy && failureKind(stoppedBy->code) == FailureKind::Transient;
}

SyncRun::SyncRun(SyncLedger &ledger, RecordStore &records, AuditLog &audit, IntakeClient &client,
    ReceiptReader readReceipt, ConfigRefresh &refresh, FormExchange &forms, const QString &lockPath, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_records(records)
    , m_audit(audit)
    , m_client(client)
    , m_readReceipt(std::move(readReceipt))
    , m_refresh(refresh)
    , m_forms(forms)
    , m_lock(std::make_unique<QLockFile>(lockPath))
{ } // a killed holder's lock is stale: QLockFile sees its process is gone

SyncRun::~SyncRun() = default;

void SyncRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_toSend.clear();
    m_nextToSend = 0;
    m_unanswered.clear();
    m_answers.clear();
    m_answeredNow.clear();
    m_progress = {};
    m_outcome = {};
    if (!m_lock->tryLock(0))
        return stop(Failure {
            QStringLiteral("sync.busy"), [] {
                return SyncRunTr::tr(
                    "Another program is sending this point's records right now; this run waits for the next turn.");
            } });
    refreshConfig();
}

void SyncRun::announce()
{
    m_batch = QUuid::createUuid();
    const Result<QList<OutboxEntry>> entries = m_ledger.queueBatch(m_batch, kManifestLimit);
    if (!entries)
        return stop(entries.failure());
    if (entries->isEmpty())
        return pullStatus();
    if (const Status logged = m_audit.append({ QStringLiteral("sync.batch"), QStringLiteral("ok"), std::nullopt, {},
            QStringLiteral("batch=%1;records=%2").arg(uuidText(m_batch)).arg(entries->size()) });
        !logged)
        return stop(logged.failure());
    // The head after the batch's own events: the newest this point can show.
    const Result<std::optional<Exchange::AuditHead>> head = m_audit.runningHead();
    if (!head)
        return stop(head.failure());
    if (!head.value())
        return stop(Failure {
            QStringLiteral("sync.not-configured"), [] {
                return SyncRunTr::tr(
                    "This point is not provisioned yet, so nothing can be sent. Ask the technician to provision "
                    "it.");
            } });

    Exchange::Manifest manifest;
    manifest.batch = m_batch;
    manifest.createdAt = m_client.clock().now().toUTC();
    manifest.auditHead = *head.value();
    for (const OutboxEntry &entry : entries.value())
        manifest.records.append(entry.manifestLine());
    m_toSend = entries.value(); // narrowed to what the province asks for when it answers
    m_outcome.announced = m_toSend.size();
    m_client.postJson(QStringLiteral("/v1/batches"), manifest.toJson(), [this](const Result<QJsonObject> &answer) {
        if (!answer) {
            QList<QUuid> ids;
            for (const OutboxEntry &entry : std::as_const(m_toSend))
                ids.append(entry.recordId);
            m_toSend.clear();
            if (const Status noted = m_ledger.noteFailure(ids, answer.failure().code); !noted)
                qCWarning(lcSync) << "could not note the failure:" << noted.failure().code;
            return stop(answer.failure());
        }
        takeManifestAnswer(answer.value());
    });
}

void SyncRun::takeManifestAnswer(const QJsonObject &answer)
{
    QHash<QUuid, OutboxEntry> announced;
    for (const OutboxEntry &entry : std::as_const(m_toSend))
        announced.insert(entry.recordId, entry);
    m_toSend.clear();
    QList<QUuid> toSend;
    const QJsonArray records = answer.value(u"records").toArray();
    for (const auto &value : records) {
        const QJsonObject record = value.toObject();
        const QUuid id = QUuid::fromString(record.value(u"id").toString());
        const auto entry = announced.constFind(id);
        if (entry == announced.cend())
            continue; // not ours to act on
        if (record.value(u"send").toBool()) {
            m_toSend.append(*entry);
            toSend.append(id);
            m_progress.bytesTotal += entry->size;
        } else if (!keepReceipt(record.value(u"receipt").toObject(), id, entry->sha256)) {
            return;
        }
    }
    m_progress.recordsTotal = m_toSend.size();
    if (const Status sent = m_ledger.markSent(toSend); !sent)
        return stop(sent.failure());
    if (!keepAnswers())
        return;
    Q_EMIT progress(m_progress);
    sendMore();
}

void SyncRun::sendMore()
{
    while (!m_stopping && m_client.inFlight() < kWindow && m_nextToSend < m_toSend.size()) {
        const OutboxEntry entry = m_toSend.at(m_nextToSend++);
        const Result<std::optional<StoredSeal>> seal = m_records.sealOf(entry.recordId);
        if (!seal || !seal.value()) {
            const QString code = seal ? QStringLiteral("sync.not-sealed") : seal.failure().code;
            if (const Status noted = m_ledger.noteFailure({ entry.recordId }, code); !noted)
                return stop(noted.failure());
            continue;
        }
        m_unanswered.append(entry.recordId);
        m_client.putBytes(QStringLiteral("/v1/batches/%1/records/%2").arg(uuidText(m_batch), uuidText(entry.recordId)),
            seal.value()->envelope,
            [this, entry](const Result<QJsonObject> &answer) { takeUploadAnswer(entry, answer); });
    }
    if (m_client.inFlight() > 0)
        return;
    if (m_stopping)
        return finish();
    if (m_nextToSend >= m_toSend.size() && keepAnswers())
        pullStatus();
}

void SyncRun::takeUploadAnswer(const OutboxEntry &entry, const Result<QJsonObject> &answer)
{
    if (!answer) {
        if (failureKind(answer.failure().code) != FailureKind::Record) {
            stop(answer.failure());
            return sendMore();
        }
        m_unanswered.removeOne(entry.recordId);
        if (const Status noted = m_ledger.noteFailure({ entry.recordId }, answer.failure().code); !noted)
            stop(noted.failure());
        return sendMore();
    }
    m_unanswered.removeOne(entry.recordId);
    if (keepReceipt(answer->value(u"receipt").toObject(), entry.recordId, entry.sha256)) {
        ++m_outcome.uploaded;
        ++m_progress.recordsDone;
        m_progress.bytesDone += entry.size;
        Q_EMIT progress(m_progress);
    }
    sendMore();
}

void SyncRun::pullStatus()
{
    const Result<QList<QUuid>> awaiting = m_ledger.awaitingFinalAnswer(kManifestLimit);
    if (!awaiting)
        return stop(awaiting.failure());
    // What this run was just answered for is asked about next time, when the province's checks
    // have had time to run.
    QList<QUuid> ids;
    for (const QUuid &id : awaiting.value())
        if (!m_answeredNow.contains(id))
            ids.append(id);
    if (ids.isEmpty())
        return exchangeForms();
    QJsonArray list;
    for (const QUuid &id : std::as_const(ids))
        list.append(uuidText(id));
    m_client.postJson(QStringLiteral("/v1/status"), QJsonObject { { QStringLiteral("ids"), list } },
        [this, asked = QSet<QUuid>(ids.cbegin(), ids.cend())](const Result<QJsonObject> &answer) {
            if (!answer)
                return stop(answer.failure());
            takeStatusAnswer(answer.value(), asked);
        });
}

void SyncRun::takeStatusAnswer(const QJsonObject &answer, const QSet<QUuid> &asked)
{
    const QJsonArray records = answer.value(u"records").toArray();
    for (const auto &value : records) {
        const QJsonObject record = value.toObject();
        if (!record.contains(u"receipt"))
            continue; // "unknown": a USB file not imported yet
        const QUuid id = QUuid::fromString(record.value(u"id").toString());
        if (!asked.contains(id)) {
            stop(receiptRefused(QStringLiteral("a status for a record not asked about")));
            return;
        }
        if (!keepReceipt(record.value(u"receipt").toObject(), id, {}))
            return;
    }
    exchangeForms();
}

void SyncRun::exchangeForms()
{
    // Last: the sheets wait for no record, and what fails here is reported, the run went through.
    if (m_stopping)
        return finish();
    m_forms.start([this](const FormExchange::Outcome &outcome) {
        m_outcome.formsReceived = outcome.formsReceived;
        m_outcome.confirmationsSent = outcome.confirmationsSent;
        m_outcome.formsFailure = outcome.failure;
        if (outcome.failure)
            qCWarning(lcSync) << "forms exchange failed:" << outcome.failure->code;
        finish();
    });
}

void SyncRun::purgeExpired()
{
    // Only after a run that went through: the province has just confirmed what it holds.
    const std::optional<int> days = m_refresh.retentionDays();
    if (!days)
        return;
    const Result<qsizetype> purged = m_ledger.purgeExpired(*days);
    if (purged)
        m_outcome.purged = purged.value();
    else
        qCWarning(lcSync) << "purge failed:" << purged.failure().code;
}

void SyncRun::refreshConfig()
{
    // First, so the records that waited for a 报名流水号 carry it in this run's manifest; what
    // fails here is reported and the records go anyway.
    m_refresh.start([this](const std::optional<Failure> &failure) {
        m_outcome.configFailure = failure;
        if (failure)
            qCWarning(lcSync) << "config refresh failed:" << failure->code;
        if (m_stopping)
            return finish();
        announce();
    });
}

bool SyncRun::keepReceipt(const QJsonObject &receipt, const QUuid &id, const QString &sha256)
{
    const Result<ProvinceAnswer> read = m_readReceipt(receipt, id, sha256);
    if (!read) {
        stop(receiptRefused(read.failure().code));
        return false;
    }
    if (read->state == RecordState::Rejected && !read->final) {
        // The bytes did not arrive as announced: sent again next time, nothing decided.
        if (const Status noted = m_ledger.noteFailure({ read->recordId }, read->code); !noted) {
            stop(noted.failure());
            return false;
        }
        return true;
    }
    ++m_outcome.answers[read->state];
    m_answeredNow.insert(read->recordId);
    m_answers.append(read.value());
    return m_answers.size() < kKeepEvery || keepAnswers();
}

bool SyncRun::keepAnswers()
{
    if (m_answers.isEmpty())
        return true;
    const Status kept = m_ledger.applyAnswers(m_answers);
    m_answers.clear();
    if (!kept) {
        stop(kept.failure());
        return false;
    }
    return true;
}

void SyncRun::stop(const Failure &failure)
{
    if (!m_running)
        return;
    if (!m_outcome.stoppedBy)
        m_outcome.stoppedBy = failure;
    m_stopping = true;
    if (m_client.inFlight() == 0)
        finish();
}

void SyncRun::finish()
{
    if (!m_running || m_finishing)
        return;
    m_finishing = true; // keeping the last answers may fail and stop(): still one `finished`
    keepAnswers();
    if (m_outcome.stoppedBy && !m_unanswered.isEmpty()) {
        if (const Status noted = m_ledger.noteFailure(m_unanswered, m_outcome.stoppedBy->code); !noted)
            qCWarning(lcSync) << "could not note the failure:" << noted.failure().code;
    }
    m_unanswered.clear();
    if (!m_outcome.stoppedBy)
        purgeExpired();
    if (m_lock->isLocked())
        m_lock->unlock();
    m_running = false;
    m_finishing = false;
    qCInfo(lcSync) << "sync run ended:" << m_outcome.announced << "announced," << m_outcome.uploaded << "uploaded,"
                   << (m_outcome.stoppedBy ? m_outcome.stoppedBy->code : QStringLiteral("complete"));
    Q_EMIT finished(m_outcome);
}

} // namespace RegPoint::Kiosk
