#pragma once

#include <QByteArray>
#include <QString>

namespace RegPoint::Kiosk {

// The bytes of a table or schema compiled into the program (a ":/..." path). Empty, with a
// critical log line naming it, if it is missing: a build that lost a resource is a broken build.
QByteArray readBuiltInResource(const QString &path);

} // namespace RegPoint::Kiosk
