#include "sqlquery.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace RegPoint::Kiosk {

namespace {
struct SqlQueryTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Database)
};
} // namespace

QSqlQuery newQuery(const Database &database)
{
    return QSqlQuery(QSqlDatabase::database(database.connectionName(), false));
}

Failure sqlFailure(const QSqlQuery &query, const char *code)
{
    const QSqlError error = query.lastError();
    // The statement text is logged, never bound values: those may be personal data.
    qCWarning(lcStore) << code << error.nativeErrorCode() << error.databaseText() << "in" << query.lastQuery().left(80);
    const bool diskFull = error.nativeErrorCode() == u"13";
    const QString message = diskFull
        ? SqlQueryTr::tr("The disk is full, so nothing was saved. Call the technician to free "
                         "space; what you typed is still on screen.")
        : SqlQueryTr::tr("The local database refused the change (%1), so nothing was saved. Try "
                         "again; if it repeats, call the technician.")
              .arg(error.databaseText());
    return failure(code, message);
}

int querySingleInt(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString sqlTimestamp(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace RegPoint::Kiosk
