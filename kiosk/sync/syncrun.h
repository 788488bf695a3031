#pragma once

#include "sync/syncledger.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <functional>
#include <memory>

class QLockFile;

namespace RegPoint::Kiosk {

class AuditLog;
class ConfigRefresh;
class FormExchange;
class IntakeClient;
class RecordStore;

struct SyncProgress
{
    qsizetype recordsDone = 0;
    qsizetype recordsTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

struct SyncOutcome
{
    qsizetype announced = 0; // records in the manifest
    qsizetype uploaded = 0; // envelopes the province answered for
    QMap<RecordState, qsizetype> answers; // by the state each answer named (uploads and status pull)
    std::optional<Failure> stoppedBy; // why the run ended early; nullopt when it ran through
    std::optional<Failure> configFailure; // the settings or numbers could not be refreshed (uploads went on)
    std::optional<Failure> formsFailure; // the sheets' step failed (the records' went through)
    qsizetype formsReceived = 0; // frozen forms kept in this run
    qsizetype confirmationsSent = 0; // sheet confirmations the province answered in this run
    qsizetype purged = 0; // working copies purged after the province's retention period
    bool retryLater() const;
};

// Checks a receipt's signature (the province's intake key, chained to the pinned CA) and that it
// speaks of this point's record `id` with these bytes (`sha256`; empty when only the id is known);
// the answer it gives.
using ReceiptReader
    = std::function<Result<ProvinceAnswer>(const QJsonObject &receipt, const QUuid &id, const QString &sha256)>;

// One conversation with the province (docs/sync-protocol.md): the point's settings and numbers
// (ConfigRefresh); the manifest of every record not yet answered for, with the signed audit head;
// then the envelopes the province asks for, a few at a time on one connection pool; then a status
// pull for records answered but not final (and those that went by USB). Answers are kept as they
// arrive, in small transactions, so a killed process loses at most the answers of the last
// moment, which the next run's manifest brings back. A transport failure ends the run (the
// scheduler retries later); a batch-stopping code ends it with its reason; a record's own refusal
// stops nothing else.
class SyncRun : public QObject
{
    Q_OBJECT

public:
    // `lockPath`: a lock file (in the data folder) so that two programs never sync one store at
    // once; their audit heads would reach the province out of order and look like a rollback.
    // `refresh` runs first: the province's settings and 报名流水号 for this point.
    SyncRun(SyncLedger &ledger, RecordStore &records, AuditLog &audit, IntakeClient &client, ReceiptReader readReceipt,
        ConfigRefresh &refresh, FormExchange &forms, const QString &lockPath, QObject *parent = nullptr);
    ~SyncRun() override;

    void start();
    bool isRunning() const { return m_running; }

    static constexpr int kManifestLimit = 5000; // records per manifest (the protocol's bound)
    static constexpr int kWindow = 6; // envelopes in flight at once
    static constexpr int kKeepEvery = 100; // answers per transaction

Q_SIGNALS:
    void progress(const RegPoint::Kiosk::SyncProgress &progress);
    void finished(const RegPoint::Kiosk::SyncOutcome &outcome);

private:
    void announce();
    void exchangeForms();
    void takeManifestAnswer(const QJsonObject &answer);
    void sendMore();
    void takeUploadAnswer(const OutboxEntry &entry, const Result<QJsonObject> &answer);
    void pullStatus();
    void takeStatusAnswer(const QJsonObject &answer, const QSet<QUuid> &asked);
    void refreshConfig();
    void purgeExpired();
    void stop(const Failure &failure);
    void finish();
    // Reads and checks a receipt about `id`; on a forged or foreign one, stops the run.
    bool keepReceipt(const QJsonObject &receipt, const QUuid &id, const QString &sha256);
    bool keepAnswers();

    SyncLedger &m_ledger;
    RecordStore &m_records;
    AuditLog &m_audit;
    IntakeClient &m_client;
    ReceiptReader m_readReceipt;
    ConfigRefresh &m_refresh;
    FormExchange &m_forms;
    std::unique_ptr<QLockFile> m_lock;

    bool m_running = false;
    bool m_stopping = false;
    bool m_finishing = false;
    QUuid m_batch;
    QList<OutboxEntry> m_toSend;
    qsizetype m_nextToSend = 0;
    QList<QUuid> m_unanswered; // sent in this run, no answer yet
    QList<ProvinceAnswer> m_answers; // not yet kept
    QSet<QUuid> m_answeredNow; // records this run has an answer for
    SyncProgress m_progress;
    SyncOutcome m_outcome;
};

} // namespace RegPoint::Kiosk

Q_DECLARE_METATYPE(RegPoint::Kiosk::SyncProgress)
Q_DECLARE_METATYPE(RegPoint::Kiosk::SyncOutcome)
