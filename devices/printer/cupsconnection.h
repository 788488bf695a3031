#pragma once

#include "printqueue.h"

#include <cups/cups.h>

namespace RegPoint::Devices {

// An IPP connection to the print service at `server`: a local socket path or this host in clear,
// any other host over TLS only (a sheet holds personal data: it never crosses a network in
// clear); empty means libcups's own default (CUPS_SERVER, client.conf, the local scheduler).
// Null with `error` set when it cannot be reached. The caller closes it (httpClose).
http_t *connectToPrintService(const QString &server, QueueError &error);

// libcups's words for its last failure on this thread.
QString lastCupsError();

} // namespace RegPoint::Devices
