#pragma once

#include <QString>
#include <QStringView>

namespace RegPoint::Exchange {

// False when `text` holds a character that does not show as itself: a control or format character
// (terminal escapes, direction overrides, zero-width marks), a line or paragraph separator, a
// private-use or unassigned code point, or half of a surrogate pair. Characters outside the
// Basic Multilingual Plane (a rare name's CJK Extension B character) are printable.
bool isPrintableText(QStringView text);
// `text` with each such character written as \u{XXXX} (and "\" as "\\"): safe to print on a
// terminal, and two different names never print the same.
QString printableText(QStringView text);

} // namespace RegPoint::Exchange
