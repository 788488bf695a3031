#pragma once

#include <QString>

#include <initializer_list>
#include <utility>

namespace RegPoint::Intake {

// One line per event on stderr, logfmt (`event=request point=430102-01 status=200 code=ok ms=3`),
// which journald keeps as it is. Only codes, ids, counts and addresses: never a name or an ID number.
void logEvent(const char *event, std::initializer_list<std::pair<const char *, QString>> fields);

} // namespace RegPoint::Intake
