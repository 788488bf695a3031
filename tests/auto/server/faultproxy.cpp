#include "faultproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>

namespace RegPoint::Testing {

namespace {

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool sendAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}

// Closes with an RST instead of a FIN: SO_LINGER on, zero seconds.
void resetAndClose(int fd)
{
    const linger abort { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
    ::close(fd);
}

} // namespace

FaultProxy::FaultProxy(quint16 serverPort, QList<Plan> faults, std::chrono::milliseconds stall)
    : m_serverPort(serverPort)
    , m_faults(std::move(faults))
    , m_stall(stall)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listener, 64) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return; // port() stays 0: the test's setup fails on it
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy()
{
    m_stopping = true;
    if (m_acceptor.joinable())
        m_acceptor.join();
    for (std::thread &relay : m_relays)
        relay.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

int FaultProxy::struck(Fault fault) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_struck.find(fault);
    return found == m_struck.end() ? 0 : found->second;
}

void FaultProxy::strike(Fault fault)
{
    const std::lock_guard lock(m_mutex);
    ++m_struck[fault];
    ++m_nextFault;
    m_faultOut = false;
}

void FaultProxy::giveBack()
{
    const std::lock_guard lock(m_mutex);
    m_faultOut = false;
}

void FaultProxy::acceptLoop()
{
    while (!m_stopping) {
        pollfd waiting { m_listener, POLLIN, 0 };
        if (::poll(&waiting, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        std::optional<Plan> plan;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_faultOut && m_nextFault < m_faults.size()) {
                plan = m_faults.at(m_nextFault);
                m_faultOut = true;
            }
        }
        m_relays.emplace_back([this, client, plan] { relay(client, plan); });
    }
}

void FaultProxy::relay(int client, std::optional<Plan> plan)
{
    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(m_serverPort);
    if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        if (server >= 0)
            ::close(server);
        ::close(client); // as a refused connection looks to the client
        if (plan)
            giveBack();
        return;
    }
    qint64 fromClient = 0, fromServer = 0;
    bool corrupted = false;
    std::array<char, std::size_t(64) * 1024> buffer {};
    std::array<pollfd, 2> ends { pollfd { client, POLLIN, 0 }, pollfd { server, POLLIN, 0 } };
    while (!m_stopping) {
        if (::poll(ends.data(), ends.size(), 100) <= 0)
            continue;
        const bool upstream = (ends[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0;
        const int from = upstream ? client : server;
        const int to = upstream ? server : client;
        const ssize_t got = ::recv(from, buffer.data(), buffer.size(), 0);
        if (got <= 0)
            break; // one side closed: so does the other
        qint64 size = got;
        if (m_stall.count() > 0)
            std::this_thread::sleep_for(m_stall);
        if (plan && upstream && (plan->fault == Fault::Drop || plan->fault == Fault::Reset)
            && fromClient + size > plan->afterBytes) {
            sendAll(server, buffer.data(), plan->afterBytes - fromClient); // the part that got through
            strike(plan->fault);
            if (plan->fault == Fault::Reset) {
                resetAndClose(client);
                resetAndClose(server);
            } else {
                ::close(client);
                ::close(server);
            }
            return;
        }
        if (plan && !upstream && plan->fault == Fault::Corrupt && !corrupted && fromServer + size > plan->afterBytes) {
            buffer.at(size_t(plan->afterBytes - fromServer)) ^= 0x20;
            corrupted = true;
            strike(Fault::Corrupt);
        }
        (upstream ? fromClient : fromServer) += size;
        if (!sendAll(to, buffer.data(), size))
            break;
    }
    ::close(client);
    ::close(server);
    if (plan && !corrupted)
        giveBack(); // ended before its fault struck
}

} // namespace RegPoint::Testing
