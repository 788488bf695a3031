#pragma once

#include <QString>

namespace RegPoint::App {

// Where USB drives appear: /media/regpoint on an installed point (its udev rule mounts each
// drive there, noexec and nosuid: docs/deployment.md), /media/USER where udisks mounts them on a
// desktop, else home. Where a file dialog for a drive starts.
QString removableMediaDir();

// The first drive mounted under one of those folders; empty if none is.
QString firstRemovableDrive();

} // namespace RegPoint::App
