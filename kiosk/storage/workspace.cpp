#include "workspace.h"

#include "crypto/localvault.h"
#include "identity/nationtable.h"
#include "identity/regiondirectory.h"
#include "operators/operatorservice.h"
#include "records/recordregistrar.h"
#include "storage/database.h"
#include "storage/operatorstore.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>

namespace RegPoint::Kiosk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegPoint::Kiosk::Workspace)
};
} // namespace

Workspace::Workspace(QString dataDir, const Clock &clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock)
{ }

Workspace::~Workspace() = default;

QString Workspace::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workspace::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("regpoint.db"));
}

QString Workspace::localKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keys/local-data.key"));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dataDir, const Clock &clock, Options options)
{
    const QString dir = QDir(dataDir).absolutePath();
    if (!options.readOnly) {
        if (!QDir().mkpath(dir))
            return Failure { QStringLiteral("workspace.cannot-create"),
                Tr::tr("Cannot create the data folder %1. Check the path and that the disk is writable.").arg(dir) };
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    const QString dbPath = databasePath(dir);
    // A new key only goes with a new database: a database without its key must not silently get a
    // fresh one, which would make every saved record unreadable.
    const bool databaseIsNew = !QFile::exists(dbPath);

    std::unique_ptr<Workspace> ws(new Workspace(dir, clock));
    auto database = Database::open(dbPath, options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!database)
        return database.failure();
    ws->m_database = std::move(database).value();

    auto vault = LocalVault::open(localKeyPath(dir), databaseIsNew && !options.readOnly);
    if (!vault)
        return vault.failure();
    ws->m_vault = std::make_unique<LocalVault>(std::move(vault).value());

    ws->m_records = std::make_unique<RecordStore>(*ws->m_database, *ws->m_vault, clock);
    ws->m_operatorStore = std::make_unique<OperatorStore>(*ws->m_database);
    ws->m_operators
        = std::make_unique<OperatorService>(*ws->m_operatorStore, clock, PasswordHasher(options.passwordCost));
    ws->m_registrar = std::make_unique<RecordRegistrar>(*ws->m_records);
    return ws;
}

const RegionDirectory &Workspace::regions()
{
    if (!m_regions)
        m_regions = std::make_unique<RegionDirectory>(RegionDirectory::loadBuiltIn());
    return *m_regions;
}

const NationTable &Workspace::nations()
{
    if (!m_nations)
        m_nations = std::make_unique<NationTable>(NationTable::loadBuiltIn());
    return *m_nations;
}

} // namespace RegPoint::Kiosk
