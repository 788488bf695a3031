#include "machineprovisioning.h"

#include "crypto/openssl_p.h"
#include "crypto/secretfile.h"
#include "io/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/ec.h>
#include <openssl/x509v3.h>

namespace RegPoint::Kiosk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::MachineProvisioning)
};

Failure failure(const char *code, const QString &message)
{
    return { QString::fromLatin1(code), message };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePublic(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

Ossl::Ptr<X509_REQ> makeRequest(EVP_PKEY *key, const QString &pointCode)
{
    Ossl::Ptr<X509_REQ> request(X509_REQ_new());
    X509_NAME *name = X509_REQ_get_subject_name(request.get());
    const QByteArray cn = pointCode.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, Ossl::bytes(QByteArrayView("RegPoint")), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, Ossl::bytes(cn), int(cn.size()), -1, 0);
    if (X509_REQ_set_version(request.get(), 0) != 1 || X509_REQ_set_pubkey(request.get(), key) != 1
        || X509_REQ_sign(request.get(), key, EVP_sha256()) <= 0)
        return nullptr;
    return request;
}

} // namespace

MachineProvisioning::MachineProvisioning(const QString &dataDir)
    : m_keysDir(QDir(dataDir).filePath(QStringLiteral("keys")))
{ }

QString MachineProvisioning::path(const char *name) const
{
    return QDir(m_keysDir).filePath(QString::fromLatin1(name));
}

bool MachineProvisioning::isValidPointCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{6}-\\d{2,4}$"));
    return pattern.match(code).hasMatch();
}

Result<QByteArray> MachineProvisioning::begin(
    const QString &pointCode, const QByteArray &provinceKeyPem, const QByteArray &caPem)
{
    // Keys are written and chmodded inside the data folder: never through a planted link.
    if (Status folder = checkDataFolder(QFileInfo(m_keysDir).path()); !folder)
        return folder.failure();
    if (!isValidPointCode(pointCode))
        return failure("provision.point-code",
            Tr::tr("The point code must be the 6-digit county code, a dash and the point's number, e.g. 430102-01."));
    const Ossl::Pkey province = Ossl::readPublicKey(provinceKeyPem);
    if (!province || EVP_PKEY_get_base_id(province.get()) != EVP_PKEY_RSA
        || EVP_PKEY_get_bits(province.get()) < RecordSealer::kMinProvinceKeyBits)
        return failure("provision.province-key",
            Tr::tr("The province key file must hold an RSA public key of at least %1 bits (PEM).")
                .arg(RecordSealer::kMinProvinceKeyBits));
    const Ossl::Cert ca = Ossl::readCertificate(caPem);
    if (!ca)
        return failure("provision.ca", Tr::tr("The CA file must hold the province's CA certificate (PEM)."));
    // The trust anchor of every certificate to come must be a CA: basicConstraints CA:TRUE (and,
    // if it has a key usage, keyCertSign). A point's own certificate, a version 1 or an
    // extension-less one is not.
    if (X509_check_ca(ca.get()) != 1)
        return failure("provision.ca-not-ca",
            Tr::tr("The CA file holds a certificate that may not sign others (no basicConstraints CA:TRUE): it is not "
                   "the province's CA certificate. Ask the provincial office for their CA certificate (PEM)."));
    if (QFile::exists(path("machine.key")))
        return failure("provision.exists",
            Tr::tr("This point already has a machine key. To replace it, move the keys folder away first (the old "
                   "records stay signed with the old key)."));

    const Ossl::Pkey key(EVP_EC_gen("P-256"));
    const QByteArray keyPem = key ? Ossl::privateKeyPem(key.get()) : QByteArray();
    const Ossl::Ptr<X509_REQ> request = key ? makeRequest(key.get(), pointCode) : nullptr;
    if (keyPem.isEmpty() || !request)
        return failure("provision.crypto", Tr::tr("The machine key could not be created (cryptography error)."));
    const QByteArray csr = Ossl::requestPem(request.get());

    if (writeSecretFile(path("machine.key"), keyPem) != SecretFileResult::Written)
        return failure("provision.write", Tr::tr("Cannot write the machine key to %1.").arg(m_keysDir));
    if (!writePublic(path("machine.csr"), csr) || !writePublic(path("province.pem"), provinceKeyPem)
        || !writePublic(path("ca.pem"), caPem) || !writePublic(path("point-code"), pointCode.toUtf8()))
        return failure("provision.write", Tr::tr("Cannot write the provisioning files to %1.").arg(m_keysDir));
    return csr;
}

Status MachineProvisioning::installCertificate(const QByteArray &certPem, const QDateTime &now)
{
    if (Status folder = checkDataFolder(QFileInfo(m_keysDir).path()); !folder)
        return folder;
    const QByteArray keyPem = readAll(path("machine.key"));
    if (keyPem.isEmpty())
        return failure(
            "provision.no-key", Tr::tr("This point has no machine key yet: run provision --point-code first."));
    const Ossl::Cert cert = Ossl::readCertificate(certPem);
    const Ossl::Pkey key = Ossl::readPrivateKey(keyPem);
    const Ossl::Cert ca = Ossl::readCertificate(readAll(path("ca.pem")));
    if (!cert)
        return failure("provision.certificate", Tr::tr("The file does not hold a certificate (PEM)."));
    if (!key || X509_check_private_key(cert.get(), key.get()) != 1)
        return failure("provision.certificate-key",
            Tr::tr("The certificate was issued for another key, not this point's. Send this point's CSR "
                   "(keys/machine.csr)."));
    if (Ossl::commonName(cert.get()) != pointCode())
        return failure("provision.certificate-point",
            Tr::tr("The certificate names point %1, but this point is %2.")
                .arg(Ossl::commonName(cert.get()), pointCode()));
    if (!ca)
        return failure("provision.ca", Tr::tr("The CA certificate of this point is missing (keys/ca.pem)."));
    switch (Ossl::verifyChain(cert.get(), ca.get(), now)) {
    case Ossl::ChainCheck::Valid:
        break;
    case Ossl::ChainCheck::Expired:
        return failure("provision.certificate-expired", Tr::tr("The certificate is expired or not yet valid."));
    case Ossl::ChainCheck::Foreign:
        return failure("provision.certificate-foreign", Tr::tr("The certificate was not issued by the province's CA."));
    }
    if (!writePublic(path("machine.crt"), Ossl::certificatePem(cert.get())))
        return failure("provision.write", Tr::tr("Cannot write the certificate to %1.").arg(m_keysDir));
    return Done {};
}

ProvisioningState MachineProvisioning::state() const
{
    if (!QFile::exists(path("machine.key")))
        return ProvisioningState::NotProvisioned;
    return QFile::exists(path("machine.crt")) ? ProvisioningState::Provisioned : ProvisioningState::AwaitingCertificate;
}

QString MachineProvisioning::pointCode() const
{
    return QString::fromUtf8(readAll(path("point-code"))).trimmed();
}

QByteArray MachineProvisioning::caCertificatePem() const
{
    return readAll(path("ca.pem"));
}

QDateTime MachineProvisioning::certificateExpiry() const
{
    const Ossl::Cert cert = Ossl::readCertificate(readAll(path("machine.crt")));
    return cert ? Ossl::notAfter(cert.get()) : QDateTime();
}

Result<RecordSealer> MachineProvisioning::sealer() const
{
    if (state() != ProvisioningState::Provisioned)
        return failure("provision.missing",
            Tr::tr("This point is not provisioned: records are kept but not sealed for the province until the "
                   "technician installs the point's certificate."));
    return RecordSealer::create(
        readAll(path("province.pem")), readAll(path("machine.key")), readAll(path("machine.crt")));
}

} // namespace RegPoint::Kiosk
