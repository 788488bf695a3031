#include "usbbatch.h"

#include "canonicaljson.h"
#include "jsonfields.h"
#include "openssl_p.h"

#include <QJsonArray>

namespace RegPoint::Exchange {

using namespace Qt::StringLiterals;

Manifest UsbBatch::manifest() const
{
    Manifest m { batch, createdAt, auditHead, {} };
    for (const UsbBatchRecord &r : records)
        m.records.append(r.entry);
    return m;
}

QString UsbBatch::fileName() const
{
    return pointCode + QLatin1Char('-') + createdAt.toUTC().toString(u"yyyyMMddTHHmmss'Z'"_s) + u".rpbatch"_s;
}

Result<QByteArray> writeUsbBatch(UsbBatch batch, const QByteArray &machineKeyPem, const QByteArray &machineCertPem)
{
    const Ossl::Pkey key = Ossl::readPrivateKey(machineKeyPem);
    const Ossl::Cert cert = Ossl::readCertificate(machineCertPem);
    if (!key || !cert || X509_check_private_key(cert.get(), key.get()) != 1)
        return failure(
            "usb.machine-key", QStringLiteral("The machine key or certificate is unreadable or they do not match."));
    QJsonObject file = batch.manifest().toJson();
    QJsonArray records;
    for (const UsbBatchRecord &r : std::as_const(batch.records)) {
        QJsonObject entry = r.entry.toJson();
        entry.insert(u"envelope"_s, QString::fromLatin1(r.envelope.toBase64()));
        records.append(entry);
    }
    file.insert(u"records"_s, records);
    file.insert(u"format"_s, QString(UsbBatch::kFormat));
    file.insert(u"pointCode"_s, Ossl::commonName(cert.get()));
    file.insert(u"certificate"_s, QString::fromLatin1(Ossl::certificateDer(cert.get()).toBase64()));
    const QByteArray signature = Ossl::sign(key.get(), canonicalJson(file));
    if (signature.isEmpty())
        return failure("usb.machine-key", QStringLiteral("The batch file could not be signed."));
    file.insert(u"signature"_s, QString::fromLatin1(signature.toBase64()));
    return canonicalJson(file);
}

Result<UsbBatch> readUsbBatch(const QByteArray &file, const QByteArray &caPem, const QDateTime &at)
{
    if (file.size() > UsbBatch::kMaxFileBytes)
        return malformedFailure(QString(), QStringLiteral("file over %1 bytes").arg(UsbBatch::kMaxFileBytes));
    Result<QJsonObject> parsed = parseJsonObject(file);
    if (!parsed)
        return parsed.failure();
    QJsonObject object = std::move(parsed).value();
    JsonFields fields(object);
    if (fields.string("format"_L1) != UsbBatch::kFormat && fields.ok())
        fields.refuse("format"_L1, QStringLiteral("expected ") + UsbBatch::kFormat);
    UsbBatch batch;
    batch.pointCode = fields.nonEmptyString("pointCode"_L1);
    batch.certificateDer = fields.base64("certificate"_L1);
    const QByteArray signature = fields.base64("signature"_L1);
    if (!fields.ok())
        return fields.failure();

    // The manifest's fields with the same strict reader as an upload's.
    const Result<Manifest> manifest = Manifest::fromJson(object);
    if (!manifest)
        return manifest.failure();
    const QJsonArray list = object.value(u"records"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonFields entry(list.at(i).toObject(), fields.elementPath("records"_L1, i));
        const QByteArray envelope = entry.base64("envelope"_L1);
        if (!entry.ok())
            return entry.failure();
        batch.records.append({ manifest->records.at(i), envelope });
    }
    batch.batch = manifest->batch;
    batch.createdAt = manifest->createdAt;
    batch.auditHead = manifest->auditHead;

    const Ossl::Cert cert = Ossl::readCertificate(batch.certificateDer);
    const Ossl::Cert ca = Ossl::readCertificate(caPem);
    if (!cert || !ca || Ossl::verifyChain(cert.get(), ca.get(), at) != Ossl::ChainCheck::Valid)
        return failure(
            "usb.certificate", QStringLiteral("The file's certificate is not a valid certificate of this CA."));
    if (Ossl::commonName(cert.get()) != batch.pointCode)
        return failure("usb.foreign-point", QStringLiteral("The file names another point than its certificate."));
    object.remove(u"signature"_s);
    const Ossl::Pkey key(X509_get_pubkey(cert.get()));
    if (!key || !Ossl::verify(key.get(), canonicalJson(object), signature))
        return failure("usb.signature", QStringLiteral("The file's signature does not match its content."));
    return batch;
}

} // namespace RegPoint::Exchange
