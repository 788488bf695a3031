#pragma once

#include <QtGlobal>

namespace RegPoint::Kiosk {

// This process's resident memory in KiB (VmRSS of /proc/self/status), or -1 where there is none:
// what the benchmarks report for the kiosk idle and with its camera running.
qint64 residentKilobytes();

} // namespace RegPoint::Kiosk
