#include "registrationgate.h"

#include "clock.h"
#include "sync/pointconfig.h"
#include "sync/syncledger.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGate, "regpoint.kiosk.gate")

namespace RegPoint::Kiosk {

namespace {

struct RegistrationGateTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::RegistrationGate)
};

QString shown(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

RegistrationGate::RegistrationGate(const PointConfig &config, const SyncLedger &ledger, const Clock &clock)
    : m_config(config)
    , m_ledger(ledger)
    , m_clock(clock)
{ }

std::optional<Failure> RegistrationGate::holdReason() const
{
    const Result<std::optional<Exchange::ConfigBundle>> kept = m_config.current();
    if (!kept) {
        qCWarning(lcGate) << "settings unreadable:" << kept.failure().code;
        return kept.failure();
    }
    if (!kept.value())
        return std::nullopt;
    const Exchange::ConfigBundle &bundle = *kept.value();
    const QDateTime now = m_clock.now();
    // Shown in the province's own time, as the window was announced.
    const int offset = bundle.registrationCloses.offsetFromUtc();
    if (now < bundle.registrationOpens)
        return Failure { QStringLiteral("registration.not-open"),
            [registrationOpens = shown(bundle.registrationOpens.toOffsetFromUtc(offset))] {
                return RegistrationGateTr::tr(
                    "Registration has not opened yet: this point registers from %1. Records already "
                    "started can still be finished.")
                    .arg(registrationOpens);
            } };
    if (now >= bundle.registrationCloses)
        return Failure { QStringLiteral("registration.closed"),
            [registrationCloses = shown(bundle.registrationCloses.toOffsetFromUtc(offset))] {
                return RegistrationGateTr::tr(
                    "Registration closed at %1: no new candidate can be registered. Records already "
                    "started can still be finished; send the day's records to the province.")
                    .arg(registrationCloses);
            } };

    const Result<SyncSummary> summary = m_ledger.summary();
    if (!summary)
        return summary.failure();
    const Exchange::ConfigBundle::Limits &limits = bundle.limits;
    if (limits.maxPendingApprovals > 0 && summary->pendingDecisions > limits.maxPendingApprovals)
        return Failure { QStringLiteral("registration.held-decisions"),
            [pendingDecisions = summary->pendingDecisions, maxPendingApprovals = limits.maxPendingApprovals] {
                return RegistrationGateTr::tr(
                    "Registration is held: %1 records wait for the supervisor's decision (the "
                    "province allows %2). The supervisor reviews them (day-end review), then the desk goes on.")
                    .arg(pendingDecisions)
                    .arg(maxPendingApprovals);
            } };
    if (limits.maxUnsentRecords > 0 && summary->unsent > limits.maxUnsentRecords)
        return Failure { QStringLiteral("registration.held-unsent"),
            [unsent = summary->unsent, maxUnsentRecords = limits.maxUnsentRecords] {
                return RegistrationGateTr::tr(
                    "Registration is held: %1 records have not reached the province (it allows %2). "
                    "Connect the network and press Sync now, or export them to USB, then go on.")
                    .arg(unsent)
                    .arg(maxUnsentRecords);
            } };
    if (limits.maxUnsentHours > 0 && summary->oldestUnsent.isValid()
        && summary->oldestUnsent.secsTo(now) > qint64(limits.maxUnsentHours) * 3600)
        return Failure { QStringLiteral("registration.held-unsent-age"),
            [count = int(limits.maxUnsentHours), oldestUnsent = shown(summary->oldestUnsent)] {
                return RegistrationGateTr::tr(
                    "Registration is held: the oldest record not yet sent was saved at %1, more than "
                    "%n hour(s) ago. Connect the network and press Sync now, or export to USB, then go on.",
                    nullptr, count)
                    .arg(oldestUnsent);
            } };
    return std::nullopt;
}

} // namespace RegPoint::Kiosk
