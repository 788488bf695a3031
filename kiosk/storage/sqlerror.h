#pragma once

// Private to kiosk/storage: turns QtSql errors into Failures with a message a clerk can act on.

#include "result.h"

class QSqlDatabase;
class QSqlQuery;

namespace RegPoint::Kiosk {

Failure sqlFailure(const QSqlQuery &query, const char *code);
int querySingleInt(const QSqlDatabase &db, const QString &sql);

} // namespace RegPoint::Kiosk
