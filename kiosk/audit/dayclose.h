#pragma once

#include "result.h"

#include <QDate>

namespace RegPoint::Exchange {
class EnvelopeSealer;
}

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;

// The one owner of "the day's audit head is signed": the supervised day end (regpointctl
// close-day), and whatever stops working for the day (the kiosk closing, a demo day ending).
// Today is the local date of the clock.
class DayClose
{
public:
    DayClose(AuditLog &audit, const Clock &clock);

    // The supervised day end: nothing is appended to, let alone signed over, a chain that does not
    // verify (audit.broken); otherwise writes day.close and signs the head. Returns the day closed.
    Result<QDate> close(const Exchange::EnvelopeSealer &signer);
    // The head as it stands, signed for today, with no day.close event: the day may go on.
    Result<QDate> signHeadSoFar(const Exchange::EnvelopeSealer &signer);

private:
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace RegPoint::Kiosk
