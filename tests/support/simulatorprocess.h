#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace RegPoint::Tests {

// regpoint-idcard-sim (`binary`) in its own process, as a technician or an attacker starts it:
// the pseudo-terminal it serves is port() once it has said so (empty if it never did).
class SimulatorProcess
{
public:
    SimulatorProcess(const QString &binary, const QStringList &args);
    ~SimulatorProcess();
    SimulatorProcess(const SimulatorProcess &) = delete;
    SimulatorProcess &operator=(const SimulatorProcess &) = delete;

    QString port() const { return m_port; }
    // One line on the simulator's console ("place 1", "remove"), its answer read and dropped.
    void command(const QByteArray &line);

private:
    QProcess m_process;
    QString m_port;
};

} // namespace RegPoint::Tests
