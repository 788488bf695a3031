#include "cupsqueue.h"

#include "cupsconnection.h"

#include <array>

namespace RegPoint::Devices {

namespace {

bool failed(ipp_status_t status)
{
    return status > IPP_STATUS_OK_EVENTS_COMPLETE;
}

QStringList keywords(ipp_t *response, const char *name)
{
    QStringList values;
    ipp_attribute_t *attr = ippFindAttribute(response, name, IPP_TAG_KEYWORD);
    for (int i = 0; attr && i < ippGetCount(attr); ++i)
        values.append(QString::fromUtf8(ippGetString(attr, i, nullptr)));
    return values;
}

QString text(ipp_t *response, const char *name)
{
    ipp_attribute_t *attr = ippFindAttribute(response, name, IPP_TAG_TEXT);
    return attr ? QString::fromUtf8(ippGetString(attr, 0, nullptr)) : QString();
}

// Debian 12's cupsd 2.4.2 dies (SIGSEGV, at job start) when a job made by Create-Job and
// Send-Document has a space in its name; names are ids, so they keep to a safe alphabet.
QByteArray jobName(const QString &title)
{
    QByteArray name = title.toUtf8();
    for (char &c : name) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_';
        if (!safe)
            c = '_';
    }
    return name.isEmpty() ? QByteArrayLiteral("regpoint") : name;
}

struct IppResponse
{
    ipp_t *ipp = nullptr;
    ~IppResponse() { ippDelete(ipp); }
};

} // namespace

struct CupsQueue::Connection
{
    http_t *http = nullptr;
    cups_dest_t *dest = nullptr;
    cups_dinfo_t *info = nullptr;
    QByteArray printerUri;

    ~Connection()
    {
        cupsFreeDestInfo(info);
        cupsFreeDests(1, dest);
        httpClose(http);
    }
};

CupsQueue::CupsQueue(QString server, QString printer)
    : m_server(std::move(server))
    , m_printer(std::move(printer))
{ }

CupsQueue::~CupsQueue() = default;

CupsQueue::Connection *CupsQueue::connect(QueueError &error)
{
    if (m_connection)
        return m_connection.get();
    auto connection = std::make_unique<Connection>();
    connection->http = connectToPrintService(m_server, error);
    if (!connection->http)
        return nullptr;
    const QByteArray printer = m_printer.toUtf8();
    connection->dest = cupsGetNamedDest(connection->http, printer.constData(), nullptr);
    if (!connection->dest) {
        error.message = u"no printer queue named "_qs + m_printer + u" on "_qs
            + (m_server.isEmpty() ? u"the default print service"_qs : m_server);
        return nullptr;
    }
    connection->info = cupsCopyDestInfo(connection->http, connection->dest);
    if (!connection->info) {
        error.message = u"cannot read the queue's capabilities: "_qs + lastCupsError();
        return nullptr;
    }
    std::array<char, HTTP_MAX_URI> uri {};
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri.data(), int(uri.size()), "ipp", nullptr, "localhost", 0, "/printers/%s",
        printer.constData());
    connection->printerUri = QByteArray(uri.data());
    m_connection = std::move(connection);
    return m_connection.get();
}

void CupsQueue::disconnect()
{
    m_connection.reset();
}

std::optional<int> CupsQueue::submit(const QByteArray &pdf, const QString &title, QueueError &error)
{
    Connection *c = connect(error);
    if (!c)
        return std::nullopt;
    const QByteArray name = jobName(title);
    int id = 0;
    if (failed(cupsCreateDestJob(c->http, c->dest, c->info, &id, name.constData(), 0, nullptr))) {
        error.message = u"the queue refused the job: "_qs + lastCupsError();
        disconnect();
        return std::nullopt;
    }
    // The document streams from memory: the PDF never lands in a file on this side.
    bool sent = cupsStartDestDocument(c->http, c->dest, c->info, id, name.constData(), CUPS_FORMAT_PDF, 0, nullptr, 1)
        == HTTP_STATUS_CONTINUE;
    sent = sent && cupsWriteRequestData(c->http, pdf.constData(), size_t(pdf.size())) == HTTP_STATUS_CONTINUE;
    if (!sent || failed(cupsFinishDestDocument(c->http, c->dest, c->info))) {
        error.message = u"the document did not reach the queue: "_qs + lastCupsError();
        cupsCancelDestJob(c->http, c->dest, id);
        disconnect();
        return std::nullopt;
    }
    return id;
}

std::optional<JobStatus> CupsQueue::job(int id, QueueError &error)
{
    Connection *c = connect(error);
    if (!c)
        return std::nullopt;
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, c->printerUri.constData());
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", id);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    static const std::array<const char *, 3> wanted { "job-state", "job-state-reasons", "job-printer-state-message" };
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(wanted.size()), nullptr,
        wanted.data());
    const IppResponse response { cupsDoRequest(c->http, request, "/") };
    ipp_attribute_t *state = ippFindAttribute(response.ipp, "job-state", IPP_TAG_ENUM);
    if (!response.ipp || failed(cupsLastError()) || !state) {
        error.message = u"cannot read job %1: "_qs.arg(id) + lastCupsError();
        disconnect();
        return std::nullopt;
    }
    return JobStatus { JobState(ippGetInteger(state, 0)), keywords(response.ipp, "job-state-reasons"),
        text(response.ipp, "job-printer-state-message") };
}

std::optional<QueueStatus> CupsQueue::status(QueueError &error)
{
    Connection *c = connect(error);
    if (!c)
        return std::nullopt;
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, c->printerUri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    static const std::array<const char *, 4> wanted { "printer-state", "printer-state-reasons",
        "printer-is-accepting-jobs", "printer-state-message" };
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(wanted.size()), nullptr,
        wanted.data());
    const IppResponse response { cupsDoRequest(c->http, request, "/") };
    ipp_attribute_t *state = ippFindAttribute(response.ipp, "printer-state", IPP_TAG_ENUM);
    if (!response.ipp || failed(cupsLastError()) || !state) {
        error.message = u"cannot read the queue's state: "_qs + lastCupsError();
        disconnect();
        return std::nullopt;
    }
    ipp_attribute_t *accepting = ippFindAttribute(response.ipp, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    return QueueStatus { QueueStatus::State(ippGetInteger(state, 0)), !accepting || ippGetBoolean(accepting, 0) != 0,
        keywords(response.ipp, "printer-state-reasons"), text(response.ipp, "printer-state-message") };
}

bool CupsQueue::purge(int id, QueueError &error)
{
    Connection *c = connect(error);
    if (!c)
        return false;
    // Cancel-Job with purge-job (what `cancel -x` sends): on a finished job it removes its files.
    const QByteArray printer = m_printer.toUtf8();
    if (failed(cupsCancelJob2(c->http, printer.constData(), id, 1))) {
        error.message = u"cannot purge job %1: "_qs.arg(id) + lastCupsError();
        disconnect();
        return false;
    }
    return true;
}

bool CupsQueue::cancel(int id, QueueError &error)
{
    Connection *c = connect(error);
    if (!c)
        return false;
    if (failed(cupsCancelDestJob(c->http, c->dest, id))) {
        error.message = u"cannot cancel job %1: "_qs.arg(id) + lastCupsError();
        disconnect();
        return false;
    }
    return true;
}

} // namespace RegPoint::Devices
