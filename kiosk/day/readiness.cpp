#include "readiness.h"

#include <QCoreApplication>
#include <QLocale>

namespace RegPoint::Kiosk {

namespace {

struct ReadinessTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Readiness)
};

using Devices::DeviceState;
using Devices::DeviceStatus;

QString shownDay(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

QString shownTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

ReadinessFinding finding(ReadinessItem item, Verdict verdict, const char *code, QString detail)
{
    return { item, verdict, QString::fromLatin1(code), std::move(detail) };
}

// The reader and the printer publish their state on the device board.
ReadinessFinding deviceFinding(ReadinessItem item, const DeviceStatus &status, bool timedOut)
{
    const bool isReader = item == ReadinessItem::Reader;
    switch (status.state) {
    case DeviceState::Ready:
    case DeviceState::Busy:
        return finding(item, Verdict::Pass, isReader ? "reader.ready" : "printer.ready",
            status.simulated ? ReadinessTr::tr("Ready (simulated).") : ReadinessTr::tr("Ready."));
    case DeviceState::Connecting:
        if (!timedOut)
            return finding(item, Verdict::Waiting, isReader ? "reader.connecting" : "printer.connecting",
                ReadinessTr::tr("Connecting…"));
        return finding(item, Verdict::Fail, isReader ? "reader.no-answer" : "printer.no-answer",
            isReader ? ReadinessTr::tr("The reader does not answer. Check its cable and power, then check again.")
                     : ReadinessTr::tr("The printer does not answer. Check its cable, power and paper, then check "
                                       "again."));
    case DeviceState::NotConfigured:
        return finding(item, Verdict::Fail, isReader ? "reader.missing" : "printer.missing",
            isReader ? ReadinessTr::tr("No reader is set up. Call the technician; until then IDs are typed under a "
                                       "supervisor's approval.")
                     : ReadinessTr::tr("No printer is set up: slips cannot print. Call the technician."));
    case DeviceState::Error:
        break;
    }
    const QString fallback = isReader
        ? ReadinessTr::tr("The reader reports a problem. Check its cable and power, then check again.")
        : ReadinessTr::tr("The printer reports a problem. Check its paper and cable, then check again.");
    return finding(item, Verdict::Fail, isReader ? "reader.error" : "printer.error",
        status.detail.isEmpty() ? fallback : status.detail);
}

ReadinessFinding cameraFinding(const ReadinessFacts &facts)
{
    constexpr auto item = ReadinessItem::Camera;
    switch (facts.cameraFrames) {
    case CameraFrames::Seen:
        return finding(item, Verdict::Pass, "camera.frames", ReadinessTr::tr("Delivers pictures."));
    case CameraFrames::Waiting:
        if (!facts.devicesTimedOut)
            return finding(item, Verdict::Waiting, "camera.starting", ReadinessTr::tr("Waiting for a picture…"));
        break;
    case CameraFrames::None:
        break;
    }
    return finding(item, Verdict::Fail, "camera.no-frames",
        facts.cameraProblem.isEmpty()
            ? ReadinessTr::tr("No picture came from the camera. Check its cable, then check again; until it works, "
                              "import the candidates' photo files.")
            : facts.cameraProblem);
}

ReadinessFinding diskFinding(const ReadinessFacts &facts, const ReadinessLimits &limits)
{
    constexpr auto item = ReadinessItem::Disk;
    if (facts.freeBytes < 0)
        return finding(item, Verdict::Warning, "disk.unknown",
            ReadinessTr::tr("The free space could not be read. Tell the technician."));
    const QString free = QLocale().formattedDataSize(facts.freeBytes);
    if (facts.freeBytes < limits.failBelowBytes)
        return finding(item, Verdict::Fail, "disk.full",
            ReadinessTr::tr("Only %1 free: records may not fit. Call the technician before registering.").arg(free));
    if (facts.freeBytes < limits.warnBelowBytes)
        return finding(item, Verdict::Warning, "disk.low",
            ReadinessTr::tr("%1 free, running low. Tell the technician.").arg(free));
    return finding(item, Verdict::Pass, "disk.ok", ReadinessTr::tr("%1 free.").arg(free));
}

ReadinessFinding clockFinding(const ReadinessFacts &facts, const ReadinessLimits &limits)
{
    constexpr auto item = ReadinessItem::Clock;
    if (facts.now.date() < limits.earliestPlausibleDay)
        return finding(item, Verdict::Fail, "clock.implausible",
            ReadinessTr::tr("The clock shows %1, which cannot be right. Call the technician to set the time.")
                .arg(shownTime(facts.now)));
    // Every event was stamped by this clock: one stamped later than now means it was set back.
    if (facts.newestEvent.isValid() && facts.now.secsTo(facts.newestEvent) > limits.clockToleranceSeconds)
        return finding(item, Verdict::Fail, "clock.behind",
            ReadinessTr::tr("The clock shows %1, earlier than the last recorded event (%2): the clock is wrong. "
                            "Call the technician to set the time.")
                .arg(shownTime(facts.now), shownTime(facts.newestEvent.toOffsetFromUtc(facts.now.offsetFromUtc()))));
    // Another time zone moves midnight: the day would open, and close, hours off.
    if (facts.now.offsetFromUtc() != limits.provinceUtcOffsetSeconds)
        return finding(item, Verdict::Warning, "clock.timezone",
            ReadinessTr::tr("The computer's time zone is not Beijing time (UTC+8): days begin and end at the wrong "
                            "hour. Tell the technician."));
    return finding(item, Verdict::Pass, "clock.ok", shownTime(facts.now));
}

ReadinessFinding auditFinding(const ReadinessFacts &facts)
{
    if (!facts.auditProblem.isEmpty())
        return finding(ReadinessItem::AuditLog, Verdict::Fail, "audit.broken",
            ReadinessTr::tr("The audit log does not verify (%1). Call the technician; note who used this kiosk.")
                .arg(facts.auditProblem));
    return finding(ReadinessItem::AuditLog, Verdict::Pass, "audit.ok", ReadinessTr::tr("Intact."));
}

ReadinessFinding keysFinding(const ReadinessFacts &facts, const ReadinessLimits &limits)
{
    constexpr auto item = ReadinessItem::Keys;
    if (facts.provisioning != ProvisioningState::Provisioned)
        return finding(item, Verdict::Fail, "keys.not-provisioned",
            ReadinessTr::tr("This point is not provisioned: records are kept here but not sealed or sent. Call the "
                            "technician."));
    if (!facts.sealerLoaded)
        return finding(item, Verdict::Fail, "keys.unreadable",
            ReadinessTr::tr("The point's keys cannot be loaded: records are kept here but not sealed. Call the "
                            "technician."));
    if (!facts.certificateExpiry.isValid() || facts.certificateExpiry <= facts.now)
        return finding(item, Verdict::Fail, "keys.expired",
            ReadinessTr::tr("The point's certificate has expired: the province refuses its records. Call the "
                            "technician for a new one."));
    const qint64 daysLeft = facts.now.daysTo(facts.certificateExpiry);
    const QString until = shownDay(facts.certificateExpiry.toOffsetFromUtc(facts.now.offsetFromUtc()).date());
    if (daysLeft < limits.certificateWarnDays)
        return finding(item, Verdict::Warning, "keys.expiring",
            ReadinessTr::tr("The point's certificate expires on %1. Ask the technician to renew it.").arg(until));
    return finding(item, Verdict::Pass, "keys.ok", ReadinessTr::tr("Certificate valid until %1.").arg(until));
}

ReadinessFinding configFinding(const ReadinessFacts &facts, const ReadinessLimits &limits)
{
    constexpr auto item = ReadinessItem::Config;
    if (!facts.config)
        return finding(item, Verdict::Warning, "config.none",
            ReadinessTr::tr("No settings from the province yet. They come with the first send."));
    const QString issued = shownDay(facts.config->issuedAt.toOffsetFromUtc(facts.now.offsetFromUtc()).date());
    if (facts.config->issuedAt.daysTo(facts.now) > limits.configStaleDays)
        return finding(item, Verdict::Warning, "config.stale",
            ReadinessTr::tr("Version %1 of %2 is old: send once to fetch the province's current settings.")
                .arg(facts.config->version)
                .arg(issued));
    return finding(
        item, Verdict::Pass, "config.ok", ReadinessTr::tr("Version %1 of %2.").arg(facts.config->version).arg(issued));
}

ReadinessFinding unsentFinding(const ReadinessFacts &facts)
{
    constexpr auto item = ReadinessItem::Unsent;
    if (!facts.unsentProblem.isEmpty())
        return finding(item, Verdict::Fail, "unsent.unreadable", facts.unsentProblem);
    if (facts.unsent == 0 && facts.exported > 0)
        return finding(item, Verdict::Pass, "unsent.exported",
            ReadinessTr::tr("%n record(s) went to the province on a USB drive; its answer comes with the next sync.",
                nullptr, int(facts.exported)));
    if (facts.unsent == 0)
        return finding(item, Verdict::Pass, "unsent.none", ReadinessTr::tr("Every record has reached the province."));
    if (!facts.oldestUnsent.isValid())
        return finding(item, Verdict::Warning, "unsent.undated",
            ReadinessTr::tr("%n record(s) not sent yet. Send them today.", nullptr, int(facts.unsent)));
    const int maxHours = facts.config ? facts.config->maxUnsentHours : 24;
    const QString oldest = shownTime(facts.oldestUnsent.toOffsetFromUtc(facts.now.offsetFromUtc()));
    if (maxHours > 0 && facts.oldestUnsent.secsTo(facts.now) > qint64(maxHours) * 3600)
        return finding(item, Verdict::Fail, "unsent.too-old",
            ReadinessTr::tr("%n record(s) not sent, the oldest since %1 (the province allows %2 hours). Send them "
                            "now, or export them to USB for the province.",
                nullptr, int(facts.unsent))
                .arg(oldest)
                .arg(maxHours));
    if (facts.oldestUnsent.toOffsetFromUtc(facts.now.offsetFromUtc()).date() < facts.now.date())
        return finding(item, Verdict::Warning, "unsent.yesterday",
            ReadinessTr::tr("%n record(s) from an earlier day not sent yet, the oldest since %1. Send them today.",
                nullptr, int(facts.unsent))
                .arg(oldest));
    return finding(item, Verdict::Pass, "unsent.today",
        ReadinessTr::tr("%n record(s) of today waiting to be sent.", nullptr, int(facts.unsent)));
}

} // namespace

bool ReadinessReport::settled() const
{
    return std::none_of(findings.cbegin(), findings.cend(),
        [](const ReadinessFinding &finding) { return finding.verdict == Verdict::Waiting; });
}

bool ReadinessReport::passed() const
{
    return settled() && codesWith(Verdict::Fail).isEmpty();
}

QStringList ReadinessReport::codesWith(Verdict verdict) const
{
    QStringList codes;
    for (const ReadinessFinding &finding : findings) {
        if (finding.verdict == verdict)
            codes << finding.code;
    }
    return codes;
}

ReadinessReport assessReadiness(const ReadinessFacts &facts, const ReadinessLimits &limits)
{
    ReadinessReport report;
    report.checkedAt = facts.now;
    report.findings = {
        deviceFinding(ReadinessItem::Reader, facts.reader, facts.devicesTimedOut),
        cameraFinding(facts),
        deviceFinding(ReadinessItem::Printer, facts.printer, facts.devicesTimedOut),
        diskFinding(facts, limits),
        clockFinding(facts, limits),
        auditFinding(facts),
        keysFinding(facts, limits),
        configFinding(facts, limits),
        unsentFinding(facts),
    };
    return report;
}

QString readinessItemName(ReadinessItem item)
{
    switch (item) {
    case ReadinessItem::Reader:
        return ReadinessTr::tr("ID card reader");
    case ReadinessItem::Camera:
        return ReadinessTr::tr("Camera");
    case ReadinessItem::Printer:
        return ReadinessTr::tr("Printer");
    case ReadinessItem::Disk:
        return ReadinessTr::tr("Disk space");
    case ReadinessItem::Clock:
        return ReadinessTr::tr("Clock");
    case ReadinessItem::AuditLog:
        return ReadinessTr::tr("Audit log");
    case ReadinessItem::Keys:
        return ReadinessTr::tr("Keys and certificate");
    case ReadinessItem::Config:
        return ReadinessTr::tr("Province settings");
    case ReadinessItem::Unsent:
        return ReadinessTr::tr("Records not yet sent");
    }
    return {};
}

} // namespace RegPoint::Kiosk
