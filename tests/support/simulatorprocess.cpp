#include "simulatorprocess.h"

#include <QDeadlineTimer>

namespace RegPoint::Tests {

SimulatorProcess::SimulatorProcess(const QString &binary, const QStringList &args)
{
    m_process.start(binary, args);
    if (!m_process.waitForStarted())
        return;
    QByteArray output;
    // Generous: on a loaded CI machine the simulator's first line has taken more than 5 s.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
        output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("PORT ");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            m_port = QString::fromUtf8(output.mid(at + 5, output.indexOf('\n', at) - at - 5));
            break;
        }
    }
}

SimulatorProcess::~SimulatorProcess()
{
    m_process.kill();
    m_process.waitForFinished();
}

void SimulatorProcess::command(const QByteArray &line)
{
    m_process.write(line + '\n');
    m_process.waitForReadyRead(2000);
    m_process.readAllStandardOutput();
}

} // namespace RegPoint::Tests
