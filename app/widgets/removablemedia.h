#pragma once

#include <QString>

namespace RegPoint::App {

// Where a USB stick appears on a Debian desk (udisks mounts it under /media/USER), else home:
// where a file dialog for a drive starts.
QString removableMediaDir();

} // namespace RegPoint::App
