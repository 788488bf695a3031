#pragma once

#include "result.h"

#include <QString>

#include <optional>

class QDir;

namespace RegPoint::Exchange {
class EnvelopeSealer;
}

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;

struct AuditExport
{
    QString file; // DIR/audit-POINT-TIME.jsonl
    qsizetype events = 0;
};

// A signed copy of the whole audit log for the county office or an inspector: DIR/audit-POINT-
// TIME.jsonl (one event per line, with its hash), .sig (the machine key's signature over the
// file's bytes) and .crt (the certificate that signed). The export is itself an event: "started"
// before, in the copy (who took it: `operatorId`; none from regpointctl), "ok" after, naming the
// file, so a failed write leaves no "ok".
// The events hold codes and ids, never personal data.
Result<AuditExport> exportAuditLog(AuditLog &audit, const Exchange::EnvelopeSealer &sealer, const Clock &clock,
    const QDir &dir, std::optional<qint64> operatorId);

} // namespace RegPoint::Kiosk
