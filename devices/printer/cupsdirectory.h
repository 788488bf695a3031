#pragma once

#include "printerdirectory.h"

namespace RegPoint::Devices {

// The queues of one CUPS scheduler, read with one request each time the clerk asks.
class CupsDirectory : public PrinterDirectory
{
public:
    explicit CupsDirectory(QString server);

    std::optional<QList<PrinterChoice>> printers(QueueError &error) override;
    std::shared_ptr<PrintQueue> open(const QString &name) override;

private:
    QString m_server;
};

} // namespace RegPoint::Devices
