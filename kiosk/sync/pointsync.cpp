#include "pointsync.h"

#include "clock.h"
#include "crypto/machineprovisioning.h"
#include "intakesignature.h"
#include "receipt.h"
#include "sync/configrefresh.h"
#include "sync/formexchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace RegPoint::Kiosk {

namespace {

struct PointSyncTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PointSync)
};

RecordState localState(Exchange::ReceiptState state)
{
    switch (state) {
    case Exchange::ReceiptState::Accepted:
        return RecordState::Accepted;
    case Exchange::ReceiptState::Conflict:
        return RecordState::Conflict;
    case Exchange::ReceiptState::Rejected:
        break;
    }
    return RecordState::Rejected;
}

} // namespace

ReceiptReader provinceReceiptReader(const QByteArray &caPem, QString pointCode, const Clock &clock)
{
    // One verifier for every receipt: the CA is read once and the intake's signing certificate
    // chained once, not per record (a third of the kiosk's CPU in a 1,000-record sync).
    auto verifier = std::make_shared<const Exchange::IntakeSignatureVerifier>(caPem);
    return [verifier = std::move(verifier), pointCode = std::move(pointCode), &clock](
               const QJsonObject &receipt, const QUuid &id, const QString &sha256) -> Result<ProvinceAnswer> {
        const Result<Exchange::ReceiptBody> body
            = Exchange::verifyReceipt(receipt, *verifier, id, pointCode, sha256, clock.now());
        if (!body)
            return body.failure();
        ProvinceAnswer answer;
        answer.recordId = body->recordId;
        answer.sha256 = body->sha256;
        answer.state = localState(body->state);
        answer.code = body->code;
        answer.final = body->final;
        answer.seq = body->seq;
        answer.decision = body->decision;
        answer.serial = body->serial;
        answer.receipt = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
        return answer;
    };
}

Result<std::unique_ptr<PointSync>> PointSync::create(
    const QString &dataDir, const QUrl &intake, const Stores &stores, const Clock &clock)
{
    if (intake.isEmpty() || !intake.isValid() || intake.scheme() != u"https")
        return Failure { QStringLiteral("sync.not-configured"),
            [] {
                return PointSyncTr::tr(
                    "No province server is set for this point (kiosk.ini, [sync] intake=https://…). Records are "
                    "kept here; ask the technician to set the server, or export them to USB.");
            } };
    const MachineProvisioning provisioning(dataDir);
    const Result<MachineProvisioning::Credentials> credentials = provisioning.credentials();
    if (!credentials)
        return credentials.failure();
    std::unique_ptr<PointSync> sync(new PointSync);
    sync->m_pointCode = provisioning.pointCode();
    sync->m_client = new IntakeClient(
        { intake, credentials->caPem, credentials->certificatePem, credentials->privateKeyPem }, clock, sync.get());
    sync->m_refresh = new ConfigRefresh(
        *sync->m_client, stores.config, stores.serials, credentials->caPem, sync->m_pointCode, sync.get());
    sync->m_forms = new FormExchange(*sync->m_client, stores.forms, sync.get());
    sync->m_run = new SyncRun(stores.ledger, stores.records, stores.audit, *sync->m_client,
        provinceReceiptReader(credentials->caPem, sync->m_pointCode, clock), *sync->m_refresh, *sync->m_forms,
        QDir(dataDir).filePath(QStringLiteral("sync.lock")), sync.get());
    return sync;
}

} // namespace RegPoint::Kiosk
