#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace RegPoint::Tests {

// Where personal data shows in clear: every file under `dirs` (recursively) and every extra
// text is searched for each needle, as UTF-8 and as UTF-16 (each form of 6 bytes or more: shorter
// ones occur in ciphertext by chance). Returns "file: needle" lines.
QStringList findInClear(const QStringList &dirs, const QStringList &needles, const QList<QByteArray> &texts = {});

} // namespace RegPoint::Tests
