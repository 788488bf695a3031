#include "cupsdirectory.h"

#include "cupsconnection.h"
#include "cupsqueue.h"

namespace RegPoint::Devices {

namespace {

QString option(const cups_dest_t &dest, const char *name)
{
    return QString::fromUtf8(cupsGetOption(name, dest.num_options, dest.options));
}

// What the scheduler's list says of a queue's state; the same words Get-Printer-Attributes uses.
QueueStatus statusOf(const cups_dest_t &dest)
{
    QueueStatus status;
    const int state = option(dest, "printer-state").toInt();
    if (state == int(QueueStatus::State::Processing) || state == int(QueueStatus::State::Stopped))
        status.state = QueueStatus::State(state);
    status.acceptingJobs = option(dest, "printer-is-accepting-jobs") != u"false"_qs;
    status.reasons = option(dest, "printer-state-reasons").split(u',', Qt::SkipEmptyParts);
    status.message = option(dest, "printer-state-message");
    return status;
}

} // namespace

CupsDirectory::CupsDirectory(QString server)
    : m_server(std::move(server))
{ }

std::optional<QList<PrinterChoice>> CupsDirectory::printers(QueueError &error)
{
    http_t *http = connectToPrintService(m_server, error);
    if (!http)
        return std::nullopt;
    cups_dest_t *dests = nullptr;
    const int count = cupsGetDests2(http, &dests);
    if (count == 0 && cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) {
        error.message = u"cannot list the printers: "_qs + lastCupsError();
        httpClose(http);
        return std::nullopt;
    }
    QList<PrinterChoice> choices;
    for (int i = 0; i < count; ++i) {
        if (dests[i].instance)
            continue; // a user's saved options for a queue, not another printer
        choices.append({ QString::fromUtf8(dests[i].name), option(dests[i], "printer-info"), statusOf(dests[i]) });
    }
    cupsFreeDests(count, dests);
    httpClose(http);
    return choices;
}

std::shared_ptr<PrintQueue> CupsDirectory::open(const QString &name)
{
    return std::make_shared<CupsQueue>(m_server, name);
}

} // namespace RegPoint::Devices
