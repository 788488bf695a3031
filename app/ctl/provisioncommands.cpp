// regpointctl provision: this point's machine key, CSR and certificate (docs/security.md).
#include "ctlcommand.h"

#include "clock.h"
#include "crypto/demoprovince.h"
#include "crypto/machineprovisioning.h"
#include "io/regularfile.h"
#include "workspace/pointprovisioner.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

struct ProvisionTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Ctl::Provision)
};

// Keys and certificates are a few KB; a device, a FIFO or a giant is refused, not read.
constexpr qint64 kMaxPemBytes = qint64(1024) * 1024;

Result<QByteArray> readFile(const QString &path)
{
    return Kiosk::readRegularFile(path, kMaxPemBytes);
}

QJsonObject stateJson(const Kiosk::MachineProvisioning &point)
{
    static const char *names[] = { "not_provisioned", "awaiting_certificate", "provisioned" };
    QJsonObject out { { QStringLiteral("state"), QLatin1String(names[int(point.state())]) },
        { QStringLiteral("point_code"), point.pointCode() } };
    if (point.state() == Kiosk::ProvisioningState::Provisioned)
        out.insert(QStringLiteral("certificate_expires"), point.certificateExpiry().toString(Qt::ISODate));
    return out;
}

// Opening the store once provisioned writes its first signed running head (point.provisioned):
// from then on the audit log cannot lose its tail unnoticed.
Status startSigning(const QString &dataDir, CommandParts &parts)
{
    auto ws = parts.workspace(dataDir, CommandParts::Access::ReadWrite);
    if (!ws)
        return ws.failure();
    return Done {};
}

// The province's drive, as the kiosk's wizard takes it (PointProvisioner): the key and request
// onto the drive once the technician has given the fingerprint from the letter, then the
// certificate from the drive when it comes back.
int provisionFromDrive(const QCommandLineParser &parser, CommandParts &parts)
{
    const QString dataDir = dataDirOption(parser);
    auto ws = parts.workspace(dataDir, CommandParts::Access::ReadWrite);
    if (!ws)
        return fail(ws.failure().message);
    Kiosk::PointProvisioner point(*ws.value(), std::nullopt);
    const QString drive = parser.value(QStringLiteral("drive"));
    QTextStream out(stdout);
    switch (point.state()) {
    case Kiosk::ProvisioningState::NotProvisioned: {
        const QString pointCode = parser.value(QStringLiteral("point-code"));
        if (pointCode.isEmpty())
            return fail(ProvisionTr::tr("Give --point-code with --drive."), Usage);
        const Result<Kiosk::ProvisioningDrive::Handover> handover = point.readHandover(drive);
        if (!handover)
            return fail(handover.failure().message);
        const auto bare
            = [](QString hex) { return hex.remove(QRegularExpression(QStringLiteral("[\\s:]"))).toUpper(); };
        const QString given = parser.value(QStringLiteral("ca-fingerprint"));
        if (given.isEmpty() || bare(given) != bare(handover->caFingerprint))
            return fail(ProvisionTr::tr("The province's CA on the drive is \"%1\", fingerprint %2. Compare it with the "
                                        "provincial office's letter; if they are the same, run this again with "
                                        "--ca-fingerprint and the fingerprint from the letter.")
                            .arg(handover->caName, handover->caFingerprint));
        const Result<QString> request = point.createKey(pointCode, handover.value(), drive);
        if (!request)
            return fail(request.failure().message);
        out << ProvisionTr::tr("Machine key created. The request is %1: take the drive to the provincial office.")
                   .arg(request.value())
            << Qt::endl;
        return Ok;
    }
    case Kiosk::ProvisioningState::AwaitingCertificate: {
        const Result<int> sealed = point.installCertificate(drive);
        if (!sealed)
            return fail(sealed.failure().message);
        out << ProvisionTr::tr("Certificate installed: point %1 is provisioned until %2; %3 waiting record(s) sealed.")
                   .arg(point.pointCode(), point.certificateExpiry().toLocalTime().toString(Qt::ISODate))
                   .arg(sealed.value())
            << Qt::endl;
        return Ok;
    }
    case Kiosk::ProvisioningState::Provisioned:
        break;
    }
    out << ProvisionTr::tr("Point %1 is provisioned already.").arg(point.pointCode()) << Qt::endl;
    return Ok;
}

int provision(const QCommandLineParser &parser, CommandParts &parts)
{
    if (parser.isSet(QStringLiteral("drive")))
        return provisionFromDrive(parser, parts);
    const QString dataDir = dataDirOption(parser);
    Kiosk::MachineProvisioning point(dataDir);
    QTextStream out(stdout);
    const auto report = [&](const QString &text) {
        if (wantsJson(parser))
            printJson(stateJson(point));
        else
            out << text << Qt::endl;
        return Ok;
    };

    if (parser.isSet(QStringLiteral("install-cert"))) {
        const Result<QByteArray> cert = readFile(parser.value(QStringLiteral("install-cert")));
        if (!cert)
            return fail(cert.failure().message);
        const Status installed = point.installCertificate(cert.value(), parts.clock().now());
        if (!installed)
            return fail(installed.failure().message);
        if (const Status signing = startSigning(dataDir, parts); !signing)
            return fail(signing.failure().message);
        return report(
            ProvisionTr::tr("Certificate installed: point %1 is provisioned until %2. Records are sealed from now on.")
                .arg(point.pointCode(), point.certificateExpiry().toLocalTime().toString(Qt::ISODate)));
    }

    const QString pointCode = parser.value(QStringLiteral("point-code"));
    if (parser.isSet(QStringLiteral("demo"))) {
        const Status done = Kiosk::DemoProvince(dataDir).provisionPoint(
            pointCode.isEmpty() ? Kiosk::DemoProvince::defaultPointCode() : pointCode, parts.clock().now());
        if (!done)
            return fail(done.failure().message);
        if (const Status signing = startSigning(dataDir, parts); !signing)
            return fail(signing.failure().message);
        return report(ProvisionTr::tr("Provisioned against the DEMO province (records open only with %1).")
                          .arg(Kiosk::DemoProvince(dataDir).folder()));
    }
    if (pointCode.isEmpty() && !parser.isSet(QStringLiteral("province-key")))
        return report(ProvisionTr::tr("Point %1: %2.")
                          .arg(point.pointCode().isEmpty() ? ProvisionTr::tr("(none)") : point.pointCode(),
                              stateJson(point).value(QStringLiteral("state")).toString()));
    if (pointCode.isEmpty() || !parser.isSet(QStringLiteral("province-key")) || !parser.isSet(QStringLiteral("ca")))
        return fail(
            ProvisionTr::tr("Give --point-code, --province-key FILE and --ca FILE (or --install-cert FILE)."), Usage);
    const Result<QByteArray> provinceKey = readFile(parser.value(QStringLiteral("province-key")));
    if (!provinceKey)
        return fail(provinceKey.failure().message);
    const Result<QByteArray> ca = readFile(parser.value(QStringLiteral("ca")));
    if (!ca)
        return fail(ca.failure().message);
    const Result<QByteArray> csr = point.begin(pointCode, provinceKey.value(), ca.value());
    if (!csr)
        return fail(csr.failure().message);
    const QString csrFile = QDir(dataDir).filePath(QStringLiteral("keys/machine.csr"));
    if (wantsJson(parser)) {
        QJsonObject json = stateJson(point);
        json.insert(QStringLiteral("csr_file"), csrFile);
        json.insert(QStringLiteral("csr"), QString::fromLatin1(csr.value()));
        printJson(json);
        return Ok;
    }
    out << ProvisionTr::tr("Machine key created. Send %1 to the provincial office, then install the certificate they "
                           "return: regpointctl provision --install-cert FILE")
               .arg(csrFile)
        << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> provisionCommands()
{
    return {
        { QStringLiteral("provision"), QString(),
            QStringLiteral("Create this point's machine key and CSR, or install its certificate; without options, "
                           "show the state."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("point-code"),
                    QStringLiteral("This point's code: county code, dash, number (430102-01)."),
                    QStringLiteral("CODE") });
                p.addOption({ QStringLiteral("province-key"),
                    QStringLiteral("The province's RSA public key (PEM, >= 3072 bits)."), QStringLiteral("FILE") });
                p.addOption({ QStringLiteral("ca"), QStringLiteral("The province's CA certificate (PEM)."),
                    QStringLiteral("FILE") });
                p.addOption({ QStringLiteral("install-cert"),
                    QStringLiteral("Install the certificate the province issued for this point's CSR."),
                    QStringLiteral("FILE") });
                p.addOption({ QStringLiteral("drive"),
                    QStringLiteral("The province's USB drive (its regpoint/ folder): the key and request onto it, "
                                   "or, once the request was made, the certificate from it."),
                    QStringLiteral("DIR") });
                p.addOption({ QStringLiteral("ca-fingerprint"),
                    QStringLiteral("With --drive: the CA fingerprint from the province's letter."),
                    QStringLiteral("HEX") });
                p.addOption({ QStringLiteral("demo"),
                    QStringLiteral("Provision against a local DEMO province (for demos and tests only).") });
            },
            provision },
    };
}

} // namespace RegPoint::Ctl
