#include "sqlbackend.h"

#include "postgresbackend.h"
#include "sqlitebackend.h"

namespace RegPoint::Intake {

std::unique_ptr<SqlBackend> openSqlBackend(const QString &location, int poolSize)
{
    if (location.startsWith(QLatin1String("sqlite:"))) {
        const QString path = location.mid(7);
        if (path.isEmpty())
            throw StorageError("sqlite: no file named (sqlite:PATH)");
        return std::make_unique<SqliteBackend>(path);
    }
    if (location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")))
        return std::make_unique<PostgresBackend>(location, poolSize);
    throw StorageError("unknown store (expected sqlite:PATH or postgresql://…)");
}

} // namespace RegPoint::Intake
