#include "usbexport.h"

#include "audit/auditlog.h"

#include "clock.h"
#include "digest.h"
#include "envelope.h"
#include "io/durablefile.h"
#include "io/regularfile.h"
#include "records/recordstore.h"
#include "sync/syncledger.h"
#include "usbbatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace RegPoint::Kiosk {

namespace {

struct UsbExportTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::UsbExport)
};

} // namespace

UsbExport::UsbExport(SyncLedger &ledger, RecordStore &records, AuditLog &audit, const Clock &clock)
    : m_ledger(ledger)
    , m_records(records)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<UsbExportResult> UsbExport::exportTo(const QString &directory, const UsbSigningKeys &keys)
{
    if (!QFileInfo(directory).isDir())
        return Failure { QStringLiteral("export.no-folder"),
            [directory] {
                return UsbExportTr::tr(
                    "%1 is not a folder this workstation can see. Plug in the USB drive, choose its folder, then "
                    "export again.")
                    .arg(directory);
            } };

    Exchange::UsbBatch batch;
    batch.batch = QUuid::createUuid();
    batch.createdAt = m_clock.now().toUTC();
    const Result<QList<OutboxEntry>> entries = m_ledger.queueBatch(batch.batch, kMaxRecords);
    if (!entries)
        return entries.failure();
    if (entries->isEmpty())
        return Failure { QStringLiteral("export.nothing"),
            [] {
                return UsbExportTr::tr(
                    "Every record has already been answered for by the province: there is nothing to export.");
            } };
    for (const OutboxEntry &entry : entries.value()) {
        const Result<std::optional<StoredSeal>> seal = m_records.sealOf(entry.recordId);
        if (!seal)
            return seal.failure();
        if (!seal.value())
            return Failure { QStringLiteral("sync.not-sealed"),
                [recordId = entry.recordId.toString(QUuid::WithoutBraces)] {
                    return UsbExportTr::tr(
                        "Record %1 has no sealed envelope; nothing was exported. Run the store check and call the "
                        "technician.")
                        .arg(recordId);
                } };
        batch.records.append({ entry.manifestLine(), seal.value()->envelope });
    }
    if (const Status logged
        = m_audit.append({ QStringLiteral("sync.export"), QStringLiteral("started"), std::nullopt, {},
            QStringLiteral("batch=%1;records=%2")
                .arg(batch.batch.toString(QUuid::WithoutBraces))
                .arg(batch.records.size()) });
        !logged)
        return logged.failure();
    const Result<std::optional<Exchange::AuditHead>> head = m_audit.runningHead();
    if (!head)
        return head.failure();
    if (!head.value())
        return Failure { QStringLiteral("sync.not-configured"),
            [] {
                return UsbExportTr::tr(
                    "This point is not provisioned yet, so it cannot sign an export. Ask the technician to provision "
                    "it.");
            } };
    batch.auditHead = *head.value();

    const Result<QByteArray> file = Exchange::writeUsbBatch(batch, keys.privateKeyPem, keys.certificatePem);
    if (!file)
        return file.failure();
    const QString path = QDir(directory).filePath(batch.fileName());
    if (const Status written = writeFileDurably(path, file.value()); !written)
        return written.failure();

    // The drive must give back what was meant: the same records, each envelope intact.
    const Result<UsbBatchCheck> check = verifyUsbBatchFile(path, keys.caPem, m_clock.now());
    if (!check)
        return Failure { QStringLiteral("export.read-back"),
            [failureCode = check.failure().code] {
                return UsbExportTr::tr(
                    "The file on the drive does not read back as written (%1). Do not use this drive: plug in "
                    "another one and export again. Nothing was marked as exported.")
                    .arg(failureCode);
            } };
    if (check->records != batch.records.size() || check->batch != batch.batch)
        return Failure { QStringLiteral("export.read-back"),
            [] {
                return UsbExportTr::tr(
                    "The file on the drive holds other records than were written. Do not use this drive: plug in "
                    "another one and export again. Nothing was marked as exported.");
            } };

    QList<QUuid> ids;
    for (const Exchange::UsbBatchRecord &record : std::as_const(batch.records))
        ids.append(record.entry.id);
    if (const Status marked = m_ledger.markExported(ids, m_clock.now()); !marked)
        return marked.failure();
    if (const Status logged = m_audit.append({ QStringLiteral("sync.export"), QStringLiteral("ok"), std::nullopt, {},
            QStringLiteral("batch=%1;records=%2;bytes=%3;file=%4")
                .arg(batch.batch.toString(QUuid::WithoutBraces))
                .arg(ids.size())
                .arg(file->size())
                .arg(QFileInfo(path).fileName()) });
        !logged)
        return logged.failure();
    return UsbExportResult { path, batch.batch, ids.size(), file->size() };
}

Result<UsbBatchCheck> verifyUsbBatchFile(const QString &path, const QByteArray &caPem, const QDateTime &at)
{
    const Result<QByteArray> bytes = readBackFromDrive(path, Exchange::UsbBatch::kMaxFileBytes);
    if (!bytes)
        return bytes.failure();
    const Result<Exchange::UsbBatch> batch = Exchange::readUsbBatch(bytes.value(), caPem, at);
    if (!batch)
        return batch.failure();
    QHash<QUuid, bool> seen;
    const Exchange::SealVerifier seals(caPem);
    for (const Exchange::UsbBatchRecord &record : batch->records) {
        const QString id = record.entry.id.toString(QUuid::WithoutBraces);
        if (seen.contains(record.entry.id))
            return Failure { QStringLiteral("usb.record-twice"),
                [id] { return UsbExportTr::tr("Record %1 appears twice in the file.").arg(id); } };
        seen.insert(record.entry.id, true);
        if (record.envelope.size() != record.entry.size || Exchange::sha256Hex(record.envelope) != record.entry.sha256)
            return Failure { QStringLiteral("record.manifest-mismatch"),
                [id] { return UsbExportTr::tr("Record %1's envelope does not match its manifest line.").arg(id); } };
        if (const Result<Exchange::SealedBy> sealed = seals.verify(record.envelope, record.entry.id); !sealed)
            return Failure { sealed.failure().code,
                UsbExportTr::tr("Record %1's envelope does not verify: %2").arg(id, sealed.failure().message) };
    }
    qint64 size = bytes->size();
    return UsbBatchCheck { batch->pointCode, batch->batch, batch->records.size(), size };
}

} // namespace RegPoint::Kiosk
