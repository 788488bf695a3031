#pragma once

#include "result.h"
#include "sync/intakeclient.h"
#include "sync/syncrun.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class ConfigRefresh;
class FormExchange;
class FormShelf;
class PointConfig;
class RecordStore;
class SerialPool;
class SyncLedger;

// The sync parts of one provisioned point, wired once: the intake client with the point's
// credentials and pinned CA, and a run whose receipts must be signed by the province's intake
// signer from that CA and name this point. Built by each executable's composition root.
class PointSync : public QObject
{
    Q_OBJECT

public:
    // What a sync reads and writes in the point's store.
    struct Stores
    {
        SyncLedger &ledger;
        RecordStore &records;
        AuditLog &audit;
        PointConfig &config;
        SerialPool &serials;
        FormShelf &forms;
    };
    // Fails with sync.not-configured when `intake` is empty, provision.missing before provisioning.
    static Result<std::unique_ptr<PointSync>> create(
        const QString &dataDir, const QUrl &intake, const Stores &stores, const Clock &clock);

    SyncRun &run() { return *m_run; }
    IntakeClient &client() { return *m_client; }
    QString pointCode() const { return m_pointCode; }

private:
    PointSync() = default;

    QString m_pointCode;
    IntakeClient *m_client = nullptr; // children of this object
    ConfigRefresh *m_refresh = nullptr;
    FormExchange *m_forms = nullptr;
    SyncRun *m_run = nullptr;
};

// Reads receipts as the point may keep them (Exchange::verifyReceipt) and says what they mean here.
ReceiptReader provinceReceiptReader(const QByteArray &caPem, QString pointCode, const Clock &clock);

} // namespace RegPoint::Kiosk
