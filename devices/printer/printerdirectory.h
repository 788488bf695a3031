#pragma once

#include "printqueue.h"

#include <QList>

#include <memory>
#include <optional>

namespace RegPoint::Devices {

// A printer the clerk may switch to, as its print service describes it.
struct PrinterChoice
{
    QString name; // the queue's name: what the setting and the audit log say
    QString description; // the technician's words for it ("front desk HP"); may be empty
    QueueStatus status;
};

// The printers a desk may print on. When the desk's own printer fails with a candidate waiting,
// the clerk chooses another one the same print service offers. Calls may block on the print
// service: the print service's thread makes them.
class PrinterDirectory
{
public:
    virtual ~PrinterDirectory() = default;

    virtual std::optional<QList<PrinterChoice>> printers(QueueError &error) = 0;
    // The queue named `name`, or null when the directory has none by that name.
    virtual std::shared_ptr<PrintQueue> open(const QString &name) = 0;
};

} // namespace RegPoint::Devices
