#include "keycheck.h"

#include "crypto/localvault.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace RegPoint::Kiosk {

namespace {

struct KeyCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Workspace)
};

QString checkValueOf(const LocalVault &vault)
{
    return QString::fromLatin1(vault.blindIndex("key-check", "regpoint local data key/1").toHex());
}

Failure wrongKey()
{
    return { QStringLiteral("store.wrong-key"),
        [] {
            return KeyCheckTr::tr(
                "The key file keys/local-data.key is not the key these records were saved with, so nothing was read "
                "or written. Do not create a new key: restore the point's key from its backup and call the "
                "technician.");
        } };
}

} // namespace

Status checkLocalKey(Database &database, const LocalVault &vault, bool mayRecord)
{
    QSqlQuery q = newQuery(database);
    // (A store older than schema 6 opened read-only has no table for it yet.)
    const bool recorded = q.exec(QStringLiteral("SELECT check_value FROM key_checks WHERE name = 'local-data'"));
    if (!recorded && mayRecord)
        return sqlFailure(q, "store.key-check");
    const QString expected = checkValueOf(vault);
    if (recorded && q.next())
        return q.value(0).toString() == expected ? Status(Done {}) : Status(wrongKey());

    // No check value yet: a new store, or one from before schema 6 whose records prove the key.
    if (!q.exec(QStringLiteral("SELECT id, identity FROM records ORDER BY rowid LIMIT 1")))
        return sqlFailure(q, "store.key-check");
    if (q.next()) {
        std::optional<QByteArray> plain = vault.decrypt(q.value(1).toByteArray(), q.value(0).toString().toLatin1());
        if (!plain)
            return wrongKey();
        wipe(*plain);
    }
    if (!mayRecord || !recorded)
        return Done {};
    return database.withTransaction([&]() -> Status {
        QSqlQuery insert = newQuery(database);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO key_checks (name, check_value) VALUES ('local-data', ?)"));
        insert.addBindValue(expected);
        return insert.exec() ? Status(Done {}) : Status(sqlFailure(insert, "store.key-check"));
    });
}

} // namespace RegPoint::Kiosk
