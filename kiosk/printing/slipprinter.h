#pragma once

#include "captureslip.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace RegPoint::Devices {
class PrintService;
struct PrintOutcome;
} // namespace RegPoint::Devices

namespace RegPoint::Kiosk {

class AuditLog;

// Prints the capture slip of the record just saved, and again on the clerk's request; says where
// the slip stands in the clerk's language; audits every copy ("print.slip": which copy, the job,
// how it ended). One slip at a time: the desk serves one candidate at a time.
class SlipPrinter : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NoPrinter, // none set up: the clerk writes the number down
        Idle,
        Printing,
        Printed, // the queue says done; paper is the clerk's to see
        Failed, // the message says why and what to do next
    };

    // `printer` may be null (no printer set up on this desk).
    SlipPrinter(Devices::PrintService *printer, AuditLog &audit, QObject *parent = nullptr);

    bool hasPrinter() const { return m_printer != nullptr; }
    void print(const CaptureSlip &slip, const QString &recordId, std::optional<qint64> operatorId);
    // The last slip again (the clerk's "print again": jammed, torn, or no paper came out).
    void reprint();
    void cancel();
    State state() const { return m_state; }
    QString message() const; // translated
    int copies(const QString &recordId) const { return m_copies.value(recordId); }
    const std::optional<CaptureSlip> &slip() const { return m_slip; }

Q_SIGNALS:
    void changed();

private:
    void finished(quint64 ticket, const Devices::PrintOutcome &outcome);
    void setState(State state, const QString &message = {});

    Devices::PrintService *m_printer;
    AuditLog &m_audit;
    State m_state;
    QString m_message;
    std::optional<CaptureSlip> m_slip;
    QString m_recordId;
    std::optional<qint64> m_operatorId;
    std::optional<quint64> m_ticket;
    QHash<QString, int> m_copies; // this session's copies per record, for "copy 2" in the audit
    struct Sent
    {
        QString recordId;
        std::optional<qint64> operatorId;
        int copy = 0;
    };
    QHash<quint64, Sent> m_sent; // tickets not answered yet
};

} // namespace RegPoint::Kiosk
