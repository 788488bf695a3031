#pragma once

#include "photo/photoattempts.h"
#include "result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace RegPoint::Kiosk {

// What a point's administrator may tune, from DIR/kiosk.ini (absent keys keep their defaults):
//   [photo]
//   profile=hunan-2023
//   attempts_before_override=3
//   auto_capture=true
//   [session]
//   idle_lock_seconds=120
//   [sync]
//   intake=https://intake.example:8443   (none: records stay here until set, or go by USB)
//   interval_seconds=60
//   [printer]
//   queue=desk-laser                     (a CUPS queue; none: no printer, or the simulated one)
//   server=/run/cups/cups.sock           (the CUPS scheduler; none: libcups's default)
//   job_timeout_seconds=60
struct KioskSettings
{
    QString photoProfile = QStringLiteral("hunan-2023");
    PhotoPolicy photo;
    std::chrono::seconds idleLock { 120 }; // 30 s to 1 h
    QUrl intake; // the province's intake server; empty when not set
    std::chrono::seconds syncInterval { 60 }; // 10 s to 1 h, between runs that went through
    QString printerQueue;
    QString printerServer;
    std::chrono::seconds printTimeout { 60 }; // 10 s to 10 min: a job not done by then is cancelled

    static QString path(const QString &dataDir);
    // Values out of range are ignored with a problem line each, so a typo cannot lock the desk.
    static KioskSettings load(const QString &dataDir, QStringList *problems = nullptr);
};

// The part of kiosk.ini an administrator changes at the desk; the intake, the printer and the
// photo profile stay the technician's, set up with the machine.
struct DeskSettings
{
    std::chrono::seconds idleLock { 120 }; // 30 s to 1 h
    int attemptsBeforeOverride = 3; // 1 to 20
    bool autoCapture = true;

    static DeskSettings of(const KioskSettings &settings);
    void applyTo(KioskSettings &settings) const;
};

class AuditLog;
struct Operator;
// Writes `desk` into DIR/kiosk.ini, keeping every other key, and records the change as
// settings.change by `by` with the file's new fingerprint (so the next start sees no hand edit).
// Only an administrator (Permission::ChangeSettings); a value out of range changes nothing.
Status saveDeskSettings(const QString &dataDir, const DeskSettings &desk, const Operator &by, AuditLog &audit);

// kiosk.ini is edited by hand: at each start its fingerprint (SHA-256 of the file, or "none") is
// compared with the last one the audit log saw, and a change is an audit event.
Status auditSettingsChange(AuditLog &audit, const QString &dataDir);

} // namespace RegPoint::Kiosk
