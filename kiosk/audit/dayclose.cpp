#include "dayclose.h"

#include "audit/auditlog.h"
#include "clock.h"

#include <QCoreApplication>

namespace RegPoint::Kiosk {

namespace {
struct DayCloseTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::DayClose)
};
} // namespace

DayClose::DayClose(AuditLog &audit, const Clock &clock)
    : m_audit(audit)
    , m_clock(clock)
{ }

Result<QDate> DayClose::close(const Exchange::EnvelopeSealer &signer)
{
    const Result<AuditVerification> before = m_audit.verify();
    if (!before)
        return before.failure();
    if (!before->ok())
        return Failure { QStringLiteral("audit.broken"),
            [firstBroken = *before->firstBroken, problem = before->problem] {
                return DayCloseTr::tr(
                    "Audit chain BROKEN at event %1: %2. The day was not closed. Keep this disk as it is and call the "
                    "provincial office.")
                    .arg(firstBroken)
                    .arg(problem);
            } };
    if (const Status logged = m_audit.append({ QStringLiteral("day.close"), QStringLiteral("ok"), {}, {}, {} });
        !logged)
        return logged.failure();
    return signHeadSoFar(signer);
}

Result<QDate> DayClose::signHeadSoFar(const Exchange::EnvelopeSealer &signer)
{
    const QDate today = m_clock.now().toLocalTime().date();
    if (const Status signedHead = m_audit.signHead(today, signer); !signedHead)
        return signedHead.failure();
    return today;
}

} // namespace RegPoint::Kiosk
