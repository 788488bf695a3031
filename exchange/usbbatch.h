#pragma once

#include "result.h"
#include "syncmessages.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace RegPoint::Exchange {

// The file a point without network carries to the province ("regpoint-usb-batch/1",
// `<point>-<UTC time>.rpbatch`): the manifest's fields, each record's envelope bytes, the machine
// certificate, and the machine key's signature over the compact, key-sorted JSON of all other fields.
struct UsbBatchRecord
{
    ManifestRecord entry;
    QByteArray envelope; // the sealed envelope's bytes, exactly as stored
};

struct UsbBatch
{
    static constexpr QLatin1StringView kFormat { "regpoint-usb-batch/1" };
    static constexpr qint64 kMaxFileBytes
        = qint64(2000) * 1024 * 1024; // 5,000 envelopes of 256 KiB in base64, and room

    QString pointCode;
    QUuid batch;
    QDateTime createdAt;
    AuditHead auditHead;
    QList<UsbBatchRecord> records;
    QByteArray certificateDer; // filled by the reader (the writer takes the PEM)

    // The manifest this file stands for (what an upload would have announced).
    Manifest manifest() const;
    // "430102-01-20261130T091500Z.rpbatch".
    QString fileName() const;
};

// The file's bytes signed with the machine key; `pointCode` is taken from the certificate.
Result<QByteArray> writeUsbBatch(UsbBatch batch, const QByteArray &machineKeyPem, const QByteArray &machineCertPem);

// Reads a file: its shape (request.malformed naming the field), the certificate issued by the CA
// and valid at `at` (usb.certificate), its common name equal to pointCode (usb.foreign-point), the
// signature (usb.signature). The envelopes are not checked here: the intake checks each one as
// an upload. Whether the certificate is enrolled is the intake's question.
Result<UsbBatch> readUsbBatch(const QByteArray &file, const QByteArray &caPem, const QDateTime &at);

} // namespace RegPoint::Exchange
