#pragma once

#include "result.h"

#include <QString>

namespace RegPoint::Kiosk {

// The data folder as the kiosk may use it: a path that was really given (an empty one would mean
// the current directory), and no symbolic link among the files the kiosk writes or chmods inside
// it (the database and its journals, kiosk.ini, keys/, demo-province/): a link planted there would have the
// kiosk write secrets elsewhere or change another file's permissions. The folder itself may be a
// link (a mount point elsewhere is common).
Status checkDataFolder(const QString &dataDir);

// chmod 0700 of the folder itself, without following a link in its last component.
void makePrivateFolder(const QString &dir);

} // namespace RegPoint::Kiosk
