#include "ctlcommand.h"

#include "storage/database.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace RegPoint::Ctl {

namespace {

// Reads the store without changing it and reports whether the kiosk can work with it.
int check(const QCommandLineParser &parser)
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

} // namespace

QList<Command> databaseCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("check"),
            QStringLiteral("Check the local database and key without changing them."),
            [](QCommandLineParser &p) { addCommonOptions(p, true); }, check },
    };
}

} // namespace RegPoint::Ctl
