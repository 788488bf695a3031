#include "pointprovisioner.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "io/regularfile.h"
#include "records/recordsealing.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace RegPoint::Kiosk {

namespace {

struct PointProvisionerTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::PointProvisioner)
};

} // namespace

PointProvisioner::PointProvisioner(Workspace &ws, std::optional<qint64> operatorId)
    : m_ws(ws)
    , m_operatorId(operatorId)
    , m_point(ws.dataDir())
{ }

ProvisioningState PointProvisioner::state() const
{
    return m_point.state();
}

QString PointProvisioner::pointCode() const
{
    return m_point.pointCode();
}

QDateTime PointProvisioner::certificateExpiry() const
{
    return m_point.certificateExpiry();
}

Status PointProvisioner::audit(const QString &action, const QString &outcome, const QString &detail)
{
    return m_ws.audit().append({ action, outcome, m_operatorId, {}, detail });
}

Result<ProvisioningDrive::Handover> PointProvisioner::readHandover(const QString &driveRoot) const
{
    return ProvisioningDrive(driveRoot).readHandover();
}

Result<QString> PointProvisioner::createKey(
    const QString &pointCode, const ProvisioningDrive::Handover &handover, const QString &driveRoot)
{
    const Result<QByteArray> request = m_point.begin(pointCode, handover.provinceKeyPem, handover.caPem);
    if (!request) {
        (void)audit(QStringLiteral("point.key"), QStringLiteral("refused"), request.failure().code);
        return request.failure();
    }
    // The key exists from here on: the event is written before the drive is, so a drive pulled out
    // during the write leaves a point that says what it did (and writes the request again).
    if (Status noted = audit(QStringLiteral("point.key"), QStringLiteral("ok"),
            QStringLiteral("point=%1 ca=%2").arg(pointCode, handover.caFingerprint.left(19)));
        !noted)
        return noted.failure();
    return ProvisioningDrive(driveRoot).writeRequest(pointCode, request.value());
}

Result<QString> PointProvisioner::writeRequestAgain(const QString &driveRoot) const
{
    if (m_point.state() != ProvisioningState::AwaitingCertificate)
        return failure("provision.no-request",
            [] { return PointProvisionerTr::tr("This point has no request waiting for a certificate."); });
    const QByteArray request = readOwnFile(QDir(m_ws.dataDir()).filePath(QStringLiteral("keys/machine.csr")));
    if (request.isEmpty())
        return failure("provision.request-lost", [] {
            return PointProvisionerTr::tr("The point's certificate request cannot be read. Call the technician.");
        });
    return ProvisioningDrive(driveRoot).writeRequest(m_point.pointCode(), request);
}

Result<int> PointProvisioner::installCertificate(const QString &driveRoot)
{
    const Result<QByteArray> certificate = ProvisioningDrive(driveRoot).readCertificate(m_point.pointCode());
    if (!certificate)
        return certificate.failure();
    if (Status installed = m_point.installCertificate(certificate.value(), m_ws.clock().now()); !installed) {
        (void)audit(QStringLiteral("point.certificate"), QStringLiteral("refused"), installed.failure().code);
        return installed.failure();
    }
    // loadSealer writes point.provisioned, the first event whose running head is signed.
    if (Status loaded = m_ws.loadSealer(); !loaded)
        return loaded.failure();
    return m_ws.sealing().sealPending();
}

} // namespace RegPoint::Kiosk
