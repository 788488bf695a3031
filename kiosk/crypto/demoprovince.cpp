#include "demoprovince.h"

#include "certificateauthority.h"
#include "crypto/machineprovisioning.h"
#include "crypto/secretfile.h"
#include "io/datafolder.h"
#include "io/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace RegPoint::Kiosk {

namespace {
struct DemoProvinceTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DemoProvince)
};
Failure writeFailure(const QString &folder)
{
    return { QStringLiteral("demo.write"),
        [folder] { return DemoProvinceTr::tr("Cannot write the demo province to %1.").arg(folder); } };
}
} // namespace

DemoProvince::DemoProvince(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_folder(QDir(dataDir).filePath(QStringLiteral("demo-province")))
{ }

bool DemoProvince::isItsCa(const QByteArray &caPem) const
{
    const QByteArray demoCa = readOwnFile(QDir(m_folder).filePath(QStringLiteral("ca.pem")));
    return !demoCa.isEmpty() && demoCa.trimmed() == caPem.trimmed();
}

Status DemoProvince::provisionPoint(const QString &pointCode, const QDateTime &now)
{
    if (Status folder = checkDataFolder(m_dataDir); !folder)
        return folder;
    MachineProvisioning point(m_dataDir);
    if (point.state() == ProvisioningState::Provisioned)
        return Done {};
    const QDir dir(m_folder);
    if (!QFile::exists(dir.filePath(QStringLiteral("ca.pem")))) {
        const Exchange::CertificateAuthority ca = Exchange::CertificateAuthority::create(
            QStringLiteral("RegPoint DEMO Province CA (not for real records)"));
        const Exchange::KeyPair province = Exchange::CertificateAuthority::rsaKeyPair(3072);
        for (const auto &[name, bytes] :
            { std::pair { "ca.key", ca.keyPem() }, std::pair { "ca.pem", ca.certificatePem() },
                std::pair { "province.key", province.privatePem }, std::pair { "province.pem", province.publicPem } }) {
            if (writeSecretFile(dir.filePath(QString::fromLatin1(name)), bytes) != SecretFileResult::Written)
                return writeFailure(m_folder);
        }
    }
    Result<Exchange::CertificateAuthority> ca = Exchange::CertificateAuthority::load(
        readOwnFile(dir.filePath(QStringLiteral("ca.key"))), readOwnFile(dir.filePath(QStringLiteral("ca.pem"))));
    if (!ca)
        return ca.failure();
    if (point.state() == ProvisioningState::NotProvisioned) {
        const Result<QByteArray> csr
            = point.begin(pointCode, readOwnFile(dir.filePath(QStringLiteral("province.pem"))), ca->certificatePem());
        if (!csr)
            return csr.failure();
    }
    const QByteArray cert = ca->issue(
        readOwnFile(QDir(m_dataDir).filePath(QStringLiteral("keys/machine.csr"))), now.addSecs(-3600), now.addYears(1));
    return point.installCertificate(cert, now);
}

Result<Exchange::IntakeSigner> DemoProvince::intakeSigner(const QDateTime &now) const
{
    const QDir dir(m_folder);
    const Result<Exchange::CertificateAuthority> ca = Exchange::CertificateAuthority::load(
        readOwnFile(dir.filePath(QStringLiteral("ca.key"))), readOwnFile(dir.filePath(QStringLiteral("ca.pem"))));
    if (!ca)
        return ca.failure();
    const Exchange::IssuedKey key
        = ca->issueIntakeSigner(QStringLiteral("RegPoint DEMO intake"), now.addSecs(-3600), now.addYears(1));
    return Exchange::IntakeSigner::create(key.keyPem, key.certificatePem);
}

} // namespace RegPoint::Kiosk
