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
// file's bytes) and .crt (the certificate that signed). The export is itself an event, appended
// first, so the copy shows that it was taken and by whom (`operatorId`; none from regpointctl).
// The events hold codes and ids, never personal data.
Result<AuditExport> exportAuditLog(AuditLog &audit, const Exchange::EnvelopeSealer &sealer, const Clock &clock,
    const QDir &dir, std::optional<qint64> operatorId);

} // namespace RegPoint::Kiosk
