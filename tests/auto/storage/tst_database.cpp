#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace RegPoint;
using namespace RegPoint::Kiosk;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Sets a pragma through a connection of the test's own, outside Database.
void setPragma(const QString &path, const QString &pragma)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(pragma));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEmpty();
    void reopenKeepsData();
    void refusesNewerSchema();
    void upgradesFromSchemaOne();
    void refusesDamagedFile_data();
    void refusesDamagedFile();
    void refusesForeignSqlite();
    void transactionRollsBack();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_count)); }
};

void tst_Database::migratesFromEmpty()
{
    const QString path = freshPath();
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.failure().message));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
    QCOMPARE(db.value()->integrityReport().value(), QStringLiteral("ok"));
}

void tst_Database::reopenKeepsData()
{
    const QString path = freshPath();
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, created_at) "
                                      "VALUES ('a', 'A', 'clerk', 'h', '2026-01-01')")));
    }
    auto db = Database::open(path);
    QVERIFY(db);
    QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM operators")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_Database::refusesNewerSchema()
{
    const QString path = freshPath();
    {
        QVERIFY(Database::open(path));
    }
    setPragma(path, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    const QByteArray before = digestOf(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.failure().code, QStringLiteral("store.newer-schema"));
    QVERIFY(db.failure().message.contains(path));
    QCOMPARE(digestOf(path), before);
}

void tst_Database::upgradesFromSchemaOne()
{
    const QString path = freshPath();
    {
        QVERIFY(Database::open(path));
    }
    // Make it what schema 1 left behind, with a row in it.
    for (const char *undo : { "DROP TABLE day_openings", "DROP TABLE record_reviews", "DROP TABLE form_refusals",
             "DROP TABLE sheet_prints", "DROP TABLE sheet_confirmations", "DROP TABLE frozen_forms",
             "DROP TABLE record_serials", "DROP TABLE serial_requests", "DROP TABLE serial_blocks",
             "DROP TABLE config_bundles", "DROP TABLE sync_status", "DROP TABLE record_decisions",
             "DROP INDEX records_one_per_id_number", "ALTER TABLE records DROP COLUMN duplicate_of",
             "DROP TABLE audit_tip", "DROP TABLE key_checks", "DROP TABLE record_photos", "DROP TABLE sealed_records",
             "DROP TABLE audit_events", "DROP TABLE audit_heads", "ALTER TABLE operators DROP COLUMN failed_logins",
             "ALTER TABLE operators DROP COLUMN locked_until", "ALTER TABLE operators DROP COLUMN lockouts",
             "ALTER TABLE records DROP COLUMN approved_by" })
        setPragma(path, QString::fromLatin1(undo));
    setPragma(path,
        QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, created_at) VALUES ('a', "
                       "'A', 'clerk', 'h', 'x')"));
    // A record and its event: schema 7 rebuilds record_events, and keeps every row.
    setPragma(path,
        QStringLiteral("INSERT INTO records (id, state, entry_method, id_index, identity, created_at, updated_at, "
                       "created_by) VALUES ('r1', 'draft', 'manual', x'00', x'00', 'x', 'x', 1)"));
    setPragma(path,
        QStringLiteral("INSERT INTO record_events (record_id, from_state, to_state, operator_id, at) VALUES ('r1', "
                       "NULL, 'draft', 1, 'x')"));
    setPragma(path, QStringLiteral("PRAGMA user_version = 1"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.failure().message));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.value()->rowCount(QStringLiteral("operators")).value(), 1);
    QCOMPARE(db.value()->rowCount(QStringLiteral("record_events")).value(), 1);
    QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(override_by) FROM record_photos")));
}

void tst_Database::refusesDamagedFile_data()
{
    QTest::addColumn<QByteArray>("damage"); // how the file is spoiled
    QTest::newRow("text file") << QByteArray("text");
    QTest::newRow("truncated") << QByteArray("truncate");
    QTest::newRow("page garbage") << QByteArray("garbage");
}

void tst_Database::refusesDamagedFile()
{
    QFETCH(QByteArray, damage);
    const QString path = freshPath();
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q(QSqlDatabase::database(db.value()->connectionName()));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        // Enough rows for several pages.
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, created_at) "
                                      "VALUES ('u%1', '%2', 'clerk', 'h', '2026')")
                           .arg(i)
                           .arg(QString(200, u'x'))));
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == "text") {
        file.resize(0);
        file.write("this is a shopping list, not a database\n");
    } else if (damage == "truncate") {
        file.resize(file.size() / 2 + 100);
    } else {
        file.seek(4096); // the b-tree header of page 2
        file.write(QByteArray(3000, '\x5a'));
    }
    file.close();
    const QByteArray before = digestOf(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.failure().code, QStringLiteral("store.damaged"));
    QVERIFY(db.failure().message.contains(QStringLiteral("regpointctl db check")));
    QCOMPARE(digestOf(path), before);
}

void tst_Database::refusesForeignSqlite()
{
    const QString path = freshPath();
    setPragma(path, QStringLiteral("CREATE TABLE photos (id INTEGER)"));
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.failure().code, QStringLiteral("store.damaged"));
}

void tst_Database::transactionRollsBack()
{
    auto db = Database::open(freshPath());
    QVERIFY(db);
    Database &database = *db.value();
    const Status status = database.withTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(database.connectionName()));
        q.exec(QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, created_at) VALUES "
                              "('a','A','clerk','h','x')"));
        return Failure { QStringLiteral("test.abort"), QStringLiteral("abort") };
    });
    QVERIFY(!status);
    QSqlQuery q(QSqlDatabase::database(database.connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM operators")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
