#pragma once

#include "printqueue.h"

#include <memory>

namespace RegPoint::Devices {

// A CUPS queue through libcups: one IPP connection to the scheduler, opened on first use and again
// after a failure. Not thread-safe (neither is an http_t): one thread uses it.
class CupsQueue : public PrintQueue
{
public:
    // `server`: a local socket path, or a host name reached on the IPP port over TLS (a sheet holds
    // personal data: it never crosses a network in clear); empty means libcups's own default
    // (CUPS_SERVER, client.conf, the local scheduler).
    CupsQueue(QString server, QString printer);
    ~CupsQueue() override;
    CupsQueue(const CupsQueue &) = delete;
    CupsQueue &operator=(const CupsQueue &) = delete;

    QString name() const override { return m_printer; }
    bool simulated() const override { return false; }
    std::optional<int> submit(const QByteArray &pdf, const QString &title, QueueError &error) override;
    std::optional<JobStatus> job(int id, QueueError &error) override;
    std::optional<QueueStatus> status(QueueError &error) override;
    bool cancel(int id, QueueError &error) override;
    bool purge(int id, QueueError &error) override;

private:
    struct Connection;
    Connection *connect(QueueError &error);
    void disconnect();

    QString m_server;
    QString m_printer;
    std::unique_ptr<Connection> m_connection;
};

} // namespace RegPoint::Devices
