#include "machineprovisioning.h"

#include "certificates.h"
#include "crypto/secretfile.h"
#include "io/datafolder.h"
#include "io/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace RegPoint::Kiosk {

namespace {

struct MachineProvisioningTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::MachineProvisioning)
};

bool writePublic(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
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
        return failure("provision.point-code", [] {
            return MachineProvisioningTr::tr(
                "The point code must be the 6-digit county code, a dash and the point's number, e.g. 430102-01.");
        });
    if (Exchange::rsaKeyBits(provinceKeyPem) < Exchange::EnvelopeSealer::kMinProvinceKeyBits)
        return failure("provision.province-key", [minProvinceKeyBits = Exchange::EnvelopeSealer::kMinProvinceKeyBits] {
            return MachineProvisioningTr::tr(
                "The province key file must hold an RSA public key of at least %1 bits (PEM).")
                .arg(minProvinceKeyBits);
        });
    if (!Exchange::isReadableCertificate(caPem))
        return failure("provision.ca",
            [] { return MachineProvisioningTr::tr("The CA file must hold the province's CA certificate (PEM)."); });
    // The trust anchor of every certificate to come must be a CA: basicConstraints CA:TRUE (and,
    // if it has a key usage, keyCertSign). A point's own certificate, a version 1 or an
    // extension-less one is not.
    if (!Exchange::isCaCertificate(caPem))
        return failure("provision.ca-not-ca", [] {
            return MachineProvisioningTr::tr(
                "The CA file holds a certificate that may not sign others (no basicConstraints CA:TRUE): it is not "
                "the province's CA certificate. Ask the provincial office for their CA certificate (PEM).");
        });
    if (QFile::exists(path("machine.key")))
        return failure("provision.exists", [] {
            return MachineProvisioningTr::tr(
                "This point already has a machine key. To replace it, move the keys folder away first (the old "
                "records stay signed with the old key).");
        });

    std::optional<Exchange::MachineKey> key = Exchange::newMachineKey(pointCode);
    if (!key)
        return failure("provision.crypto",
            [] { return MachineProvisioningTr::tr("The machine key could not be created (cryptography error)."); });
    const QByteArray &keyPem = key->privateKeyPem;
    const QByteArray &csr = key->requestPem;

    if (writeSecretFile(path("machine.key"), keyPem) != SecretFileResult::Written)
        return failure("provision.write", [keysDir = m_keysDir] {
            return MachineProvisioningTr::tr("Cannot write the machine key to %1.").arg(keysDir);
        });
    if (!writePublic(path("machine.csr"), csr) || !writePublic(path("province.pem"), provinceKeyPem)
        || !writePublic(path("ca.pem"), caPem) || !writePublic(path("point-code"), pointCode.toUtf8()))
        return failure("provision.write", [keysDir = m_keysDir] {
            return MachineProvisioningTr::tr("Cannot write the provisioning files to %1.").arg(keysDir);
        });
    return csr;
}

Status MachineProvisioning::installCertificate(const QByteArray &certPem, const QDateTime &now)
{
    if (Status folder = checkDataFolder(QFileInfo(m_keysDir).path()); !folder)
        return folder;
    const QByteArray keyPem = readOwnFile(path("machine.key"));
    if (keyPem.isEmpty())
        return failure("provision.no-key", [] {
            return MachineProvisioningTr::tr("This point has no machine key yet: run provision --point-code first.");
        });
    const QByteArray caPem = readOwnFile(path("ca.pem"));
    if (!Exchange::isReadableCertificate(certPem))
        return failure("provision.certificate",
            [] { return MachineProvisioningTr::tr("The file does not hold a certificate (PEM)."); });
    if (!Exchange::certificateMatchesKey(certPem, keyPem))
        return failure("provision.certificate-key", [] {
            return MachineProvisioningTr::tr(
                "The certificate was issued for another key, not this point's. Send this point's CSR "
                "(keys/machine.csr).");
        });
    if (const QString named = Exchange::certificateCommonName(certPem); named != pointCode())
        return failure("provision.certificate-point", [named, pointCode = pointCode()] {
            return MachineProvisioningTr::tr("The certificate names point %1, but this point is %2.")
                .arg(named, pointCode);
        });
    if (!Exchange::isReadableCertificate(caPem))
        return failure("provision.ca",
            [] { return MachineProvisioningTr::tr("The CA certificate of this point is missing (keys/ca.pem)."); });
    switch (Exchange::checkIssuedBy(certPem, caPem, now)) {
    case Exchange::IssuedBy::Yes:
        break;
    case Exchange::IssuedBy::NotValidThen:
        return failure("provision.certificate-expired",
            [] { return MachineProvisioningTr::tr("The certificate is expired or not yet valid."); });
    case Exchange::IssuedBy::No:
        return failure("provision.certificate-foreign",
            [] { return MachineProvisioningTr::tr("The certificate was not issued by the province's CA."); });
    }
    if (!writePublic(path("machine.crt"), Exchange::normalisedCertificatePem(certPem)))
        return failure("provision.write", [keysDir = m_keysDir] {
            return MachineProvisioningTr::tr("Cannot write the certificate to %1.").arg(keysDir);
        });
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
    return QString::fromUtf8(readOwnFile(path("point-code"))).trimmed();
}

QByteArray MachineProvisioning::caCertificatePem() const
{
    return readOwnFile(path("ca.pem"));
}

QDateTime MachineProvisioning::certificateExpiry() const
{
    return Exchange::certificateExpiry(readOwnFile(path("machine.crt")));
}

Result<Exchange::EnvelopeSealer> MachineProvisioning::sealer() const
{
    if (state() != ProvisioningState::Provisioned)
        return failure("provision.missing", [] {
            return MachineProvisioningTr::tr(
                "This point is not provisioned: records are kept but not sealed for the province until the "
                "technician installs the point's certificate.");
        });
    return Exchange::EnvelopeSealer::create(
        readOwnFile(path("province.pem")), readOwnFile(path("machine.key")), readOwnFile(path("machine.crt")));
}

Result<MachineProvisioning::Credentials> MachineProvisioning::credentials() const
{
    if (state() != ProvisioningState::Provisioned)
        return failure("provision.missing", [] {
            return MachineProvisioningTr::tr(
                "This point is not provisioned, so it cannot reach the province. Ask the technician to "
                "provision it.");
        });
    return Credentials { readOwnFile(path("machine.crt")), readOwnFile(path("machine.key")), caCertificatePem() };
}

} // namespace RegPoint::Kiosk
