#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace RegPoint::Devices {

struct ProbeResult
{
    QString port;
    bool answered = false;
    qint32 baud = 0;
    QString samId;
    QString detail; // why not, when the port did not answer
};

// Serial ports that may hold a reader: /dev/serial/by-id/* first (stable across replugs), then the
// ttyUSB/ttyACM/ttyS ports the system lists. A by-id link and its target are one port.
QStringList candidateReaderPorts();

// Asks each port for the SAM status (11 FF) and SAM ID (12 FF), at each baud rate in turn, and
// reports who answered. Blocking: for the command line and for a worker thread.
ProbeResult probeReaderPort(
    const QString &port, std::chrono::milliseconds timeout, const QList<qint32> &baudRates = { 115200, 9600 });
QList<ProbeResult> probeReaderPorts(
    const QStringList &ports, std::chrono::milliseconds timeout, const QList<qint32> &baudRates = { 115200, 9600 });

} // namespace RegPoint::Devices
