#include "provisioningdrive.h"

#include "certificates.h"
#include "io/durablefile.h"
#include "io/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace RegPoint::Kiosk {

namespace {

struct ProvisioningDriveTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::ProvisioningDrive)
};

// Keys, CAs and certificates are a few KB: anything far larger is not one.
constexpr qint64 kMaxFileBytes = qint64(64) * 1024;

} // namespace

ProvisioningDrive::ProvisioningDrive(const QString &driveRoot)
    : m_driveRoot(driveRoot)
    , m_folder(QDir(driveRoot).filePath(QStringLiteral("regpoint")))
{ }

QString ProvisioningDrive::requestFileName(const QString &pointCode)
{
    return pointCode + QStringLiteral(".csr");
}

QString ProvisioningDrive::certificateFileName(const QString &pointCode)
{
    return pointCode + QStringLiteral(".crt");
}

QString ProvisioningDrive::groupedFingerprint(const QString &hex)
{
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char(' ');
        grouped += hex.mid(i, 4).toUpper();
    }
    return grouped;
}

Status ProvisioningDrive::checkFolder() const
{
    if (QFileInfo(m_folder).isDir())
        return Done {};
    return failure("provision.drive", [drive = m_driveRoot] {
        return ProvisioningDriveTr::tr("%1 has no folder \"regpoint\". Insert the drive the provincial office "
                                       "prepared, or choose where it is mounted.")
            .arg(drive);
    });
}

Result<QByteArray> ProvisioningDrive::readFile(const QString &name) const
{
    const QString path = QDir(m_folder).filePath(name);
    if (!QFileInfo::exists(path))
        return failure("provision.handover-missing", [path] {
            return ProvisioningDriveTr::tr("%1 is not on the drive. Ask the provincial office for the point's "
                                           "handover files.")
                .arg(path);
        });
    return readRegularFile(path, kMaxFileBytes);
}

Result<ProvisioningDrive::Handover> ProvisioningDrive::readHandover() const
{
    if (Status folder = checkFolder(); !folder)
        return folder.failure();
    Result<QByteArray> provinceKey = readFile(QStringLiteral("province.pem"));
    if (!provinceKey)
        return provinceKey.failure();
    Result<QByteArray> ca = readFile(QStringLiteral("ca.pem"));
    if (!ca)
        return ca.failure();
    if (!Exchange::isCaCertificate(ca.value()))
        return failure("provision.not-a-ca", [path = QDir(m_folder).filePath(QStringLiteral("ca.pem"))] {
            return ProvisioningDriveTr::tr("%1 is not a certificate authority's certificate. Ask the provincial "
                                           "office for the right file.")
                .arg(path);
        });
    return Handover { std::move(provinceKey).value(), ca.value(), Exchange::certificateCommonName(ca.value()),
        groupedFingerprint(Exchange::certificateFingerprint(ca.value())) };
}

Result<QString> ProvisioningDrive::writeRequest(const QString &pointCode, const QByteArray &csrPem) const
{
    if (Status folder = checkFolder(); !folder)
        return folder.failure();
    const QString path = QDir(m_folder).filePath(requestFileName(pointCode));
    // A request written earlier (the drive went to the office and came back) is the same key's:
    // replacing it loses nothing. Only a regular file is replaced, never what a link points at.
    const QFileInfo existing(path);
    if (existing.exists() || existing.isSymLink()) {
        if (existing.isSymLink() || !existing.isFile() || !QFile::remove(path))
            return failure("provision.drive-write", [path] {
                return ProvisioningDriveTr::tr("%1 cannot be replaced. Remove it from the drive, or use another "
                                               "drive.")
                    .arg(path);
            });
    }
    if (Status written = writeFileDurably(path, csrPem); !written)
        return written.failure();
    return path;
}

Result<QByteArray> ProvisioningDrive::readCertificate(const QString &pointCode) const
{
    if (Status folder = checkFolder(); !folder)
        return folder.failure();
    const QString name = certificateFileName(pointCode);
    if (!QFileInfo::exists(QDir(m_folder).filePath(name)))
        return failure("provision.certificate-missing", [folder = m_folder, name] {
            return ProvisioningDriveTr::tr("The drive has no certificate %1 in %2 yet. The provincial office "
                                           "issues it from the request; bring it back on this drive.")
                .arg(name, folder);
        });
    return readFile(name);
}

} // namespace RegPoint::Kiosk
