#include "workspace.h"

#include "audit/auditlog.h"
#include "audit/dayopening.h"
#include "crypto/localvault.h"
#include "crypto/machineprovisioning.h"
#include "crypto/pointkeys.h"
#include "identity/nationtable.h"
#include "identity/regiondirectory.h"
#include "io/datafolder.h"
#include "operators/operatorservice.h"
#include "operators/operatorstore.h"
#include "records/formshelf.h"
#include "records/recordregistrar.h"
#include "records/recordsealing.h"
#include "records/recordstore.h"
#include "records/serialpool.h"
#include "records/sheetarchive.h"
#include "storage/database.h"
#include "sync/pointconfig.h"
#include "sync/syncledger.h"
#include "workspace/keycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcWorkspace, "regpoint.kiosk.workspace")

namespace RegPoint::Kiosk {

namespace {
struct WorkspaceTr
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
    // An installed point: the package's service sets the variable, and regpointctl, run by the
    // technician, finds the same folder through the package's settings file.
    if (QString fromEnvironment = qEnvironmentVariable("REGPOINT_DATA_DIR"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    if (QFileInfo::exists(QString::fromLatin1(kSystemSettingsFile))) {
        const QSettings system(QString::fromLatin1(kSystemSettingsFile), QSettings::IniFormat);
        if (QString configured = system.value(QStringLiteral("paths/data-dir")).toString(); !configured.isEmpty())
            return configured;
    }
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
    if (const Status folder = checkDataFolder(dataDir); !folder)
        return folder.failure();
    const QString dir = QDir(dataDir).absolutePath();
    if (!options.readOnly) {
        if (!QDir().mkpath(dir))
            return Failure { QStringLiteral("workspace.cannot-create"), [dir] {
                                return WorkspaceTr::tr(
                                    "Cannot create the data folder %1. Check the path and that the disk is writable.")
                                    .arg(dir);
                            } };
        makePrivateFolder(dir);
    }
    const QString dbPath = databasePath(dir);
    // A new key only goes with a new database: a database without its key must not silently get a
    // fresh one, which would make every saved record unreadable.
    const bool databaseIsNew = !QFile::exists(dbPath);
    // A missing or emptied database beside this point's key is records lost, not a new point.
    if (QFileInfo(dbPath).size() == 0 && QFile::exists(localKeyPath(dir)))
        return Failure { QStringLiteral("store.emptied"),
            [dbPath] {
                return WorkspaceTr::tr(
                    "The database %1 is missing or empty, but this point's key is there: its records were removed. "
                    "Nothing was "
                    "changed. Call the technician to restore the database from the backup.")
                    .arg(dbPath);
            } };

    std::unique_ptr<Workspace> ws(new Workspace(dir, clock));
    auto database = Database::open(dbPath, options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!database)
        return database.failure();
    ws->m_database = std::move(database).value();

    auto vault = LocalVault::open(localKeyPath(dir), databaseIsNew && !options.readOnly);
    if (!vault)
        return vault.failure();
    ws->m_vault = std::make_unique<LocalVault>(std::move(vault).value());
    if (const Status key = checkLocalKey(*ws->m_database, *ws->m_vault, !options.readOnly); !key)
        return key.failure();

    // Built in dependency order, each handed what it needs: the audit log first, since every
    // change to records and operators is one of its events.
    ws->m_keys = std::make_unique<PointKeys>(dir);
    ws->m_audit = std::make_unique<AuditLog>(*ws->m_database, clock, MachineProvisioning(dir).pointCode(), *ws->m_keys);
    ws->m_records = std::make_unique<RecordStore>(*ws->m_database, *ws->m_vault, clock, *ws->m_audit);
    ws->m_operatorStore = std::make_unique<OperatorStore>(*ws->m_database);
    ws->m_operators = std::make_unique<OperatorService>(
        *ws->m_operatorStore, clock, *ws->m_audit, PasswordHasher(options.passwordCost));
    ws->m_sealing = std::make_unique<RecordSealing>(*ws->m_records, clock, *ws->m_keys);
    ws->m_serials = std::make_unique<SerialPool>(*ws->m_database, clock, *ws->m_audit);
    ws->m_registrar = std::make_unique<RecordRegistrar>(*ws->m_records, *ws->m_sealing, *ws->m_serials);
    ws->m_sync = std::make_unique<SyncLedger>(*ws->m_database, *ws->m_records, clock, *ws->m_audit);
    ws->m_config = std::make_unique<PointConfig>(*ws->m_database, clock, *ws->m_audit, *ws->m_serials);
    const MachineProvisioning provisioning(dir);
    ws->m_forms = std::make_unique<FormShelf>(
        *ws->m_database, *ws->m_vault, clock, *ws->m_audit, provisioning.caCertificatePem(), provisioning.pointCode());
    ws->m_sheets = std::make_unique<SheetArchive>(*ws->m_database, *ws->m_vault, clock, *ws->m_audit);
    ws->m_days = std::make_unique<DayOpening>(*ws->m_database, *ws->m_vault, *ws->m_audit, clock);
    ws->m_readOnly = options.readOnly;
    if (provisioning.state() == ProvisioningState::Provisioned) {
        if (const Status loaded = ws->loadSealer(); !loaded) {
            if (loaded.failure().code == u"audit.broken")
                return loaded.failure();
            qCWarning(lcWorkspace) << "records will not be sealed:" << loaded.failure().code;
        }
    }
    return ws;
}

Status Workspace::noteProvisioning()
{
    // From the first event after provisioning on, the running head is signed; the event says when
    // that began, so a log whose signed head was deleted cannot pass for one from before.
    const Result<QString> noted = m_audit->lastDetail(QStringLiteral("point.provisioned"));
    if (!noted)
        return noted.failure();
    const QString detail = QStringLiteral("machine_key=%1").arg(m_keys->sealer()->machineKeyId().left(16));
    if (noted.value() == detail)
        return Done {};
    return m_audit->append({ QStringLiteral("point.provisioned"), QStringLiteral("ok"), {}, {}, detail });
}

const Exchange::EnvelopeSealer *Workspace::sealer() const
{
    return m_keys->sealer();
}

Status Workspace::loadSealer()
{
    if (Status loaded = m_keys->load(); !loaded)
        return loaded;
    const MachineProvisioning provisioning(dataDir()); // newly provisioned: the forms' trust too
    m_forms->pin(provisioning.caCertificatePem(), provisioning.pointCode());
    return m_readOnly ? Status(Done {}) : noteProvisioning();
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
