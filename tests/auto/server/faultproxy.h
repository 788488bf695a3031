#pragma once

#include <QList>
#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace RegPoint::Testing {

// A TCP relay on 127.0.0.1 between the kiosk and regpoint-intake that breaks connections the way a
// bad network does. TLS passes through it untouched (it holds no key), so what the client meets
// are real transport faults: a connection closed or reset in the middle of a body, a record
// altered on the wire (the TLS layer must refuse it), a slow link.
class FaultProxy
{
public:
    enum class Fault
    {
        Drop, // after `afterBytes` from the client: both sides closed (FIN)
        Reset, // after `afterBytes` from the client: both sides reset (RST)
        Corrupt, // after `afterBytes` from the server: one byte flipped towards the client
    };
    struct Plan
    {
        Fault fault = Fault::Drop;
        qint64 afterBytes = 0;
    };

    // The faults are dealt in order, one at a time: a new connection takes the next one unless
    // another connection still carries one that has not struck; a connection that ends before
    // its fault struck gives it back. After the last, connections stay whole. Every chunk, both
    // ways, is held `stall` first. Listens at once.
    FaultProxy(quint16 serverPort, QList<Plan> faults, std::chrono::milliseconds stall = {});
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    quint16 port() const { return m_port; }
    int connections() const { return m_connections; }
    int struck(Fault fault) const; // how many times it actually struck

private:
    void acceptLoop();
    void relay(int client, std::optional<Plan> plan);
    void strike(Fault fault);
    void giveBack();

    quint16 m_serverPort = 0;
    QList<Plan> m_faults;
    std::chrono::milliseconds m_stall;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping = false;
    std::atomic<int> m_connections = 0;
    mutable std::mutex m_mutex; // guards the dealing below
    qsizetype m_nextFault = 0;
    bool m_faultOut = false; // m_faults[m_nextFault] rides a connection now
    std::map<Fault, int> m_struck;
    std::vector<std::thread> m_relays;
    std::thread m_acceptor;
};

} // namespace RegPoint::Testing
