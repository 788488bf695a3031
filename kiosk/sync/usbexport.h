#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class RecordStore;
class SyncLedger;

// What the point signs a USB batch with and whom the province's side trusts (MachineProvisioning).
struct UsbSigningKeys
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QByteArray caPem;
};

struct UsbExportResult
{
    QString path; // the file written
    QUuid batch;
    qsizetype records = 0;
    qint64 bytes = 0;
};

// The signed USB batch for a point without network (docs/sync-protocol.md "USB batch file"): every
// record the province has not answered for finally, with the signed audit head, signed with the
// machine key. The file is written beside its final name, flushed to the drive, renamed, then read
// back from the drive and verified record by record before the clerk is told the drive may be
// removed; only then are the records marked exported (so status pulls ask about them).
class UsbExport
{
public:
    UsbExport(SyncLedger &ledger, RecordStore &records, AuditLog &audit, const Clock &clock);

    Result<UsbExportResult> exportTo(const QString &directory, const UsbSigningKeys &keys);

    static constexpr int kMaxRecords = 5000; // the protocol's bound per batch

private:
    SyncLedger &m_ledger;
    RecordStore &m_records;
    AuditLog &m_audit;
    const Clock &m_clock;
};

// Reads and checks a USB batch file as the province would before importing it (the signature, the
// point's certificate from `caPem`, and each envelope against its manifest line):
// `regpointctl verify-batch`.
struct UsbBatchCheck
{
    QString pointCode;
    QUuid batch;
    qsizetype records = 0;
    qint64 bytes = 0;
};
Result<UsbBatchCheck> verifyUsbBatchFile(const QString &path, const QByteArray &caPem, const QDateTime &at);

} // namespace RegPoint::Kiosk
