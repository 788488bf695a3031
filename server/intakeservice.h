#pragma once

#include "configbundle.h"
#include "envelope.h"
#include "formdesk.h"
#include "formstore.h"
#include "intakesignature.h"
#include "intakestore.h"
#include "ratelimiter.h"
#include "receipt.h"
#include "recentlookups.h"
#include "recordcommitter.h"
#include "usbbatch.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace RegPoint::Intake {

// The path of a request target, without its query.
inline QByteArray targetPath(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}
inline QByteArray targetQuery(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? QByteArray() : target.mid(query + 1);
}

// Who sent a request: what the TLS handshake proved (the CA already checked the chain).
struct Sender
{
    QString pointCode; // the client certificate's common name
    QByteArray certificatePem;
    QString fingerprint; // what the point is enrolled by (certificateFingerprint)
    QString machineKeyId; // what its envelopes name (certificateKeyId)

    // Read once per connection, not per request: parsing a PEM is the costly part in OpenSSL 3.
    static Sender fromCertificate(QString pointCode, QByteArray certificatePem);
};

// One HTTP request as the network layer hands it over (Beast parsed it).
struct IntakeRequest
{
    QByteArray method;
    QByteArray target; // path and query
    std::optional<QByteArray> protocol; // RegPoint-Protocol
    std::optional<QByteArray> clock; // RegPoint-Clock
    QByteArray body;
};

struct IntakeResponse
{
    int status = 200;
    QJsonObject body;
    QString code; // for the log line: the error code or the record outcome
    int retryAfterSeconds = 0;
    bool closeConnection = false;
};

// The endpoints of docs/sync-protocol.md, without the network: the HTTPS layer calls admit()
// once the headers are in (route, protocol, clock, enrolment, rate; how large a body may be),
// then handle() with the body. `importBatch` runs a USB file through the same record checks.
class IntakeService
{
public:
    struct Settings
    {
        QByteArray caPem;
        Exchange::ConfigBundle configTemplate; // version, registration, photo profile, limits (per point: the rest)
        qint64 serialBlockSize = 500;
        int maxClockSkewSeconds = 300;
        RateLimiter::Settings rate;
    };
    IntakeService(
        IntakeStore &store, Exchange::IntakeSigner signer, Settings settings,
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });

    struct Admission
    {
        std::optional<IntakeResponse> refusal; // answer this and read no body
        qint64 bodyLimit = 0;
    };
    Admission admit(const Sender &sender, const IntakeRequest &request);
    // Answers once, through `reply`: at once, or (an upload) from the committer's thread when
    // its record is committed. `reply` must not block.
    using Reply = std::function<void(IntakeResponse)>;
    void handle(const Sender &sender, const IntakeRequest &request, const Reply &reply);
    // Returns once every upload handed over so far is committed and answered.
    void waitForCommits() { m_committer.waitUntilIdle(); }

    const Exchange::IntakeSigner &signer() const { return m_signer; }
    QDateTime now() const { return m_clock(); }

    static IntakeResponse error(int status, const QString &code, const QString &message, QJsonObject extra = {});

    // A USB batch file (readUsbBatch already checked CA, point and signature): enrolment, audit
    // head, then every record as an upload. Each outcome with its receipt, in file order.
    struct ImportedRecord
    {
        QUuid id;
        Exchange::RecordOutcome outcome;
        QJsonObject receipt;
    };
    Result<QList<ImportedRecord>> importBatch(
        const Exchange::UsbBatch &batch, const std::function<void(qsizetype done, qsizetype total)> &progress);

private:
    enum class Endpoint
    {
        Health,
        Batches,
        Record,
        Status,
        Receipts,
        Config,
        SerialBlocks,
        Forms,
        Confirmations,
    };
    struct Route
    {
        Endpoint endpoint;
        QUuid batch, id; // Record
    };
    std::optional<Route> route(const QByteArray &path) const;

    IntakeResponse health() const;
    IntakeResponse batches(const Sender &sender, const QByteArray &body, const QString &via);
    bool enrolled(const Sender &sender); // the sender's certificate is the one enrolled for its point
    std::optional<IntakeResponse> respondTo(const Sender &sender, const IntakeRequest &request, const Reply &reply);
    // nullopt: the committer answers.
    std::optional<IntakeResponse> record(
        const Sender &sender, const QUuid &batch, const QUuid &id, const QByteArray &envelope, const Reply &reply);
    IntakeResponse status(const Sender &sender, const QByteArray &body);
    IntakeResponse receipts(const Sender &sender, const QByteArray &query);
    IntakeResponse config(const Sender &sender);
    IntakeResponse serialBlocks(const Sender &sender, const QByteArray &body);

    // The audit head's signature by the sender's key, then backwards/forked; nullopt when it holds.
    std::optional<IntakeResponse> checkAuditHead(const Sender &sender, const Exchange::AuditHead &head);
    // Every 报名流水号 a manifest names must be from a block the province gave this point.
    std::optional<IntakeResponse> checkSerials(const Sender &sender, const Exchange::Manifest &manifest);
    // The receipt a manifest line gets for a record held with the same bytes: the current one, or
    // a new one when the line changes its decision or gives it its number.
    QJsonObject heldReceipt(
        const Sender &sender, const QUuid &batch, const Exchange::ManifestRecord &line, const IntakeStore::Held &held);
    struct ManifestOutcome
    {
        std::optional<IntakeResponse> refusal;
        Exchange::ManifestAnswer answer;
    };
    ManifestOutcome receiveManifest(
        const Sender &sender, const Exchange::Manifest &manifest, const QString &manifestSha256, const QString &via);
    // An upload's checks, in the order of docs/sync-protocol.md: a refusal (its receipt issued
    // already), or the record to store with the receipts it gets.
    struct CheckedUpload
    {
        std::optional<Exchange::RecordAnswer> refused;
        IntakeStore::Upload upload;
    };
    CheckedUpload checkRecord(const Sender &sender, const QUuid &batch, const Exchange::ManifestRecord *listed,
        const QUuid &id, const QByteArray &envelope);
    static Exchange::RecordAnswer answerOf(const IntakeStore::StoreOutcome &stored);

    QJsonObject sign(Exchange::ReceiptBody body, qint64 seq) const;
    Exchange::ReceiptBody receiptFor(const Sender &sender, const QUuid &batch, const QUuid &id, const QString &sha256,
        Exchange::Decision decision) const;

    IntakeStore &m_store;
    Exchange::IntakeSigner m_signer;
    Settings m_settings;
    std::function<QDateTime()> m_clock;
    RateLimiter m_rate;
    Exchange::SealVerifier m_seals; // the CA read once for every upload
    RecentLookups m_recent;
    FormStore m_forms;
    FormDesk m_formDesk;
    RecordCommitter m_committer; // last: it stops (committing what it holds) before the rest goes
};

} // namespace RegPoint::Intake
