#include "envelopefacts.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace RegPoint::Intake {

std::optional<EnvelopeFacts> envelopeFacts(const QByteArray &envelope)
{
    const QJsonObject header = QJsonDocument::fromJson(envelope).object().value(QLatin1String("header")).toObject();
    EnvelopeFacts facts { header.value(QLatin1String("point_code")).toString(),
        header.value(QLatin1String("machine_key_id")).toString() };
    if (facts.pointCode.isEmpty() || facts.machineKeyId.isEmpty())
        return std::nullopt;
    return facts;
}

QString publicKeyId(const QByteArray &certificatePem)
{
    BIO *bio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509 *cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!cert)
        return {};
    QByteArray der;
    const int size = i2d_PUBKEY(X509_get0_pubkey(cert), nullptr);
    if (size > 0) {
        der.resize(size);
        auto *p = reinterpret_cast<unsigned char *>(der.data());
        i2d_PUBKEY(X509_get0_pubkey(cert), &p);
    }
    X509_free(cert);
    return der.isEmpty() ? QString()
                         : QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

} // namespace RegPoint::Intake
