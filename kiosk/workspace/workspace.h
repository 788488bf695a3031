#pragma once

#include "crypto/passwordhasher.h"
#include "result.h"

#include <QString>

#include <memory>

namespace RegPoint::Exchange {
class EnvelopeSealer;
}

namespace RegPoint::Kiosk {

class AuditLog;
class Clock;
class Database;
class DayOpening;
class FormShelf;
class LocalVault;
class NationTable;
class OperatorService;
class OperatorStore;
class PointConfig;
class PointKeys;
class RecordRegistrar;
class RecordSealing;
class RecordStore;
class RegionDirectory;
class SerialPool;
class SheetArchive;
class SyncLedger;

// A data directory opened for work: the database, the local key and the services over them.
// Built once by each executable's composition root and handed to whoever needs a part.
//   DIR/regpoint.db        SQLite store (WAL)
//   DIR/keys/local-data.key  0600, the at-rest key of the local working copy
//   DIR/keys/machine.*       the point's identity towards the province (MachineProvisioning)
class Workspace
{
public:
    struct Options
    {
        bool readOnly = false;
        PasswordHasher::Cost passwordCost {};
    };

    // The installed point's settings: [paths] data-dir names the data folder.
    static constexpr const char *kSystemSettingsFile = "/etc/regpoint/regpoint.conf";
    // $REGPOINT_DATA_DIR, else the system settings' data-dir, else the XDG data location
    // (~/.local/share/RegPoint/RegPoint).
    static QString defaultDataDir();
    static QString databasePath(const QString &dataDir);
    static QString localKeyPath(const QString &dataDir);

    static Result<std::unique_ptr<Workspace>> open(const QString &dataDir, const Clock &clock, Options options);
    static Result<std::unique_ptr<Workspace>> open(const QString &dataDir, const Clock &clock)
    {
        return open(dataDir, clock, Options {});
    }
    ~Workspace();

    QString dataDir() const { return m_dataDir; }
    const Clock &clock() const { return m_clock; }
    Database &database() { return *m_database; }
    RecordStore &records() { return *m_records; }
    OperatorStore &operatorStore() { return *m_operatorStore; }
    OperatorService &operators() { return *m_operators; }
    RecordRegistrar &registrar() { return *m_registrar; }
    AuditLog &audit() { return *m_audit; }
    PointKeys &keys() { return *m_keys; }
    RecordSealing &sealing() { return *m_sealing; }
    SyncLedger &sync() { return *m_sync; }
    SerialPool &serials() { return *m_serials; }
    PointConfig &config() { return *m_config; }
    FormShelf &forms() { return *m_forms; }
    SheetArchive &sheets() { return *m_sheets; }
    DayOpening &days() { return *m_days; }
    // Null until the point is provisioned.
    const Exchange::EnvelopeSealer *sealer() const;
    // Loads the point's keys after provisioning (RecordSealing::sealPending seals what waited);
    // the failure if it cannot.
    Status loadSealer();
    // Loaded on first use: most CLI commands never need them.
    const RegionDirectory &regions();
    const NationTable &nations();

private:
    Workspace(QString dataDir, const Clock &clock);
    Status noteProvisioning();

    QString m_dataDir;
    const Clock &m_clock;
    bool m_readOnly = false;
    // In dependency order: each part outlives the parts built over it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<LocalVault> m_vault;
    std::unique_ptr<PointKeys> m_keys;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<OperatorStore> m_operatorStore;
    std::unique_ptr<OperatorService> m_operators;
    std::unique_ptr<RecordSealing> m_sealing;
    std::unique_ptr<SerialPool> m_serials;
    std::unique_ptr<FormShelf> m_forms;
    std::unique_ptr<SheetArchive> m_sheets;
    std::unique_ptr<DayOpening> m_days;
    std::unique_ptr<RecordRegistrar> m_registrar;
    std::unique_ptr<SyncLedger> m_sync;
    std::unique_ptr<PointConfig> m_config;
    std::unique_ptr<RegionDirectory> m_regions;
    std::unique_ptr<NationTable> m_nations;
};

} // namespace RegPoint::Kiosk
