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
class RecordStore;
class SyncLedger;

// The sync parts of one provisioned point, wired once: the intake client with the point's
// credentials and pinned CA, and a run whose receipts must be signed by the province's intake
// signer from that CA and name this point. Built by each executable's composition root.
class PointSync : public QObject
{
    Q_OBJECT

public:
    // Fails with sync.not-configured when `intake` is empty, provision.missing before provisioning.
    static Result<std::unique_ptr<PointSync>> create(const QString &dataDir, const QUrl &intake, SyncLedger &ledger,
        RecordStore &records, AuditLog &audit, const Clock &clock);

    SyncRun &run() { return *m_run; }
    IntakeClient &client() { return *m_client; }
    QString pointCode() const { return m_pointCode; }

private:
    PointSync() = default;

    QString m_pointCode;
    IntakeClient *m_client = nullptr; // children of this object
    SyncRun *m_run = nullptr;
};

// Reads receipts as the point may keep them (Exchange::verifyReceipt) and says what they mean here.
ReceiptReader provinceReceiptReader(const QByteArray &caPem, QString pointCode, const Clock &clock);

} // namespace RegPoint::Kiosk
