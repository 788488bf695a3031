#include "simulatorprocess.h"

namespace RegPoint::Tests {

SimulatorProcess::SimulatorProcess(const QString &binary, const QStringList &args)
{
    m_process.start(binary, args);
    if (!m_process.waitForStarted())
        return;
    QByteArray output;
    while (m_process.waitForReadyRead(5000)) {
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
