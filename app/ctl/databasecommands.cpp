#include "ctlcommand.h"

#include "clock.h"
#include "crypto/machineprovisioning.h"
#include "storage/database.h"
#include "workspace/storeinspection.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

// Reads the store without changing it and reports whether the kiosk can work with it.
int checkDatabase(const QCommandLineParser &parser, CommandParts &parts)
{
    const QString dir = dataDirOption(parser);
    const QString dbPath = Kiosk::Workspace::databasePath(dir);
    const QFileInfo key(Kiosk::Workspace::localKeyPath(dir));
    QJsonObject report { { QStringLiteral("database"), dbPath },
        { QStringLiteral("latest_schema_version"), Kiosk::Database::latestSchemaVersion() } };
    QStringList problems;

    report.insert(QStringLiteral("key_file_present"), key.exists());
    if (key.exists()) {
        const bool privateToOwner
            = !(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
        report.insert(QStringLiteral("key_file_private"), privateToOwner);
        if (!privateToOwner)
            problems.append(QStringLiteral("key file %1 is readable by other users: chmod 600 it").arg(key.filePath()));
        if (key.size() != 32)
            problems.append(QStringLiteral("key file %1 has %2 bytes, expected 32: restore it from the backup")
                                .arg(key.filePath())
                                .arg(key.size()));
    }

    auto db = Kiosk::Database::open(dbPath, Kiosk::Database::Mode::ReadOnly);
    if (!db) {
        report.insert(QStringLiteral("error_code"), db.failure().code);
        problems.append(db.failure().message);
    } else {
        const Kiosk::Database &database = *db.value();
        report.insert(QStringLiteral("schema_version"), database.schemaVersion());
        const auto integrity = database.integrityReport();
        report.insert(QStringLiteral("integrity"), integrity ? integrity.value() : integrity.failure().message);
        if (!integrity || integrity.value() != u"ok")
            problems.append(QStringLiteral("integrity check failed"));
        for (const QString &table :
            { QStringLiteral("operators"), QStringLiteral("records"), QStringLiteral("record_events") }) {
            const auto rows = database.rowCount(table);
            report.insert(table, rows ? QJsonValue(qint64(rows.value())) : QJsonValue());
        }
        if (!key.exists() && report.value(QStringLiteral("records")).toInteger() > 0)
            problems.append(QStringLiteral(
                "the local data key is missing, so the records cannot be read: restore keys/local-data.key"));
    }
    if (const QFileInfo file(dbPath); file.exists() && file.size() == 0 && key.exists())
        problems.append(QStringLiteral("%1 is empty (0 bytes) beside this point's keys: the records were removed; "
                                       "restore the database from the backup")
                            .arg(dbPath));
    if (!parser.isSet(QStringLiteral("quick")) && db && problems.isEmpty()) {
        db.value().reset(); // the workspace opens its own connection
        QJsonArray found;
        auto ws = parts.workspace(dir, CommandParts::Access::ReadOnly);
        if (!ws) {
            problems.append(ws.failure().message);
        } else {
            const auto deep
                = Kiosk::inspectStoreDeeply(*ws.value(), Kiosk::MachineProvisioning(dir).caCertificatePem());
            if (!deep)
                problems.append(deep.failure().message);
            for (const Kiosk::StoreProblem &p : deep ? deep.value() : QList<Kiosk::StoreProblem>()) {
                found.append(QJsonObject { { QStringLiteral("record_id"), p.recordId },
                    { QStringLiteral("code"), p.code }, { QStringLiteral("detail"), p.detail } });
                problems.append(p.recordId.isEmpty()
                        ? QStringLiteral("%1: %2").arg(p.code, p.detail)
                        : QStringLiteral("record %1: %2 (%3)").arg(p.recordId, p.code, p.detail));
            }
        }
        report.insert(QStringLiteral("deep"), found);
    }
    report.insert(QStringLiteral("ok"), problems.isEmpty());
    report.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));

    if (wantsJson(parser)) {
        printJson(report);
    } else {
        QTextStream out(stdout);
        for (auto it = report.constBegin(); it != report.constEnd(); ++it) {
            if (it.key() != u"problems")
                out << it.key() << ": " << it.value().toVariant().toString() << Qt::endl;
        }
        for (const QString &problem : problems)
            out << "PROBLEM: " << problem << Qt::endl;
    }
    return problems.isEmpty() ? Ok : Failed;
}

// Opens the store as the kiosk does at its start, which brings it to this version's schema. A
// package upgrade runs it while the backup it made is at hand: a failed migration is found there,
// not by the clerk at the next start.
int migrateDatabase(const QCommandLineParser &parser, CommandParts &parts)
{
    const QString dir = dataDirOption(parser);
    QTextStream out(stdout);
    const QString dbPath = Kiosk::Workspace::databasePath(dir);
    if (!QFileInfo::exists(dbPath)) {
        out << "No store in " << dir << ": nothing to migrate." << Qt::endl;
        return Ok;
    }
    int from = 0;
    { // closed before the store is opened for writing
        const auto before = Kiosk::Database::open(dbPath, Kiosk::Database::Mode::ReadOnly);
        if (!before) {
            QTextStream(stderr) << before.failure().message << Qt::endl;
            return Failed;
        }
        from = before.value()->schemaVersion();
    }
    const Result<Kiosk::Workspace *> ws = parts.workspace(dir, CommandParts::Access::ReadWrite);
    if (!ws) {
        QTextStream(stderr) << ws.failure().message << Qt::endl;
        return Failed;
    }
    out << "Schema " << from << " -> " << Kiosk::Database::latestSchemaVersion() << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("check"),
            QStringLiteral("Check the local database and key without changing them: every record decrypted, every "
                           "envelope and the audit chain verified, records cross-checked with their events."),
            [](QCommandLineParser &p) {
                addCommonOptions(p, true);
                p.addOption({ QStringLiteral("quick"),
                    QStringLiteral("Only the file, its schema and the key file; read no record.") });
            },
            checkDatabase },
        { QStringLiteral("db"), QStringLiteral("migrate"),
            QStringLiteral("Bring the store to this version's schema, as the kiosk does when it starts (package "
                           "upgrades run it after their backup)."),
            [](QCommandLineParser &p) { addCommonOptions(p, false); }, migrateDatabase },
    };
}

} // namespace RegPoint::Ctl
