#pragma once

// The one way into SQL for the stores beside their domains (records/, operators/, audit/, the
// workspace checks): included by .cpp files only, never by a header, so QtSql stays out of every
// public interface of kiosk/. Turns QtSql errors into Failures with a message a clerk can act on.

#include "result.h"

#include <QSqlQuery>

class QDateTime;
class QSqlDatabase;

namespace RegPoint::Kiosk {

class Database;

// A query on the database's own connection (never opens a new one).
QSqlQuery newQuery(const Database &database);

Failure sqlFailure(const QSqlQuery &query, const char *code);
int querySingleInt(const QSqlDatabase &db, const QString &sql);

// How a local time is stored: ISO 8601 with milliseconds and the UTC offset it was taken at.
QString sqlTimestamp(const QDateTime &time);

} // namespace RegPoint::Kiosk
