#include "tempworkspace.h"

#include "crypto/machineprovisioning.h"

#include "operators/operatorservice.h"
#include "records/candidaterecord.h"

namespace RegPoint::Tests {

Kiosk::Workspace::Options TempWorkspace::fastOptions()
{
    Kiosk::Workspace::Options options;
    options.passwordCost = { 4, 8, 1 }; // the format and the check are the same; only slower in production
    return options;
}

TempWorkspace::TempWorkspace()
{
    reopen();
}

bool TempWorkspace::provisionBy(const Testing::TestProvince &province, const QString &pointCode)
{
    Kiosk::MachineProvisioning point(dataDir());
    const Result<QByteArray> request
        = point.begin(pointCode, Testing::TestProvince::provinceKey().publicPem, province.caPem());
    const QDateTime now = m_clock.now();
    return request
        && point.installCertificate(province.ca().issue(request.value(), now.addSecs(-3600), now.addYears(1)), now)
        && m_workspace->loadSealer();
}

bool TempWorkspace::reopen()
{
    m_workspace.reset();
    auto ws = Kiosk::Workspace::open(m_dir.path(), m_clock, fastOptions());
    if (!ws) {
        qWarning() << ws.failure().code << ws.failure().message;
        return false;
    }
    m_workspace = std::move(ws).value();
    return true;
}

Kiosk::NewOperator testSupervisor()
{
    return { QStringLiteral("wang.li"), QStringLiteral("王丽"), Kiosk::Role::Supervisor, QStringLiteral("desk-2026-ok"),
        QStringLiteral("desk-2026-ok") };
}

Kiosk::CandidateIdentity testIdentity(const QString &idNumber)
{
    Kiosk::CandidateIdentity identity;
    identity.name = QStringLiteral("李明轩");
    identity.idNumber = idNumber;
    identity.gender = Kiosk::Gender::Male;
    identity.nationCode = QStringLiteral("15");
    identity.birthDate = QDate(2008, 1, 1);
    identity.address = QStringLiteral("湖南省长沙市芙蓉区五一大道100号");
    return identity;
}

} // namespace RegPoint::Tests
