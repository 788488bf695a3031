#pragma once

#include "operators/operator.h"

#include <QList>

namespace RegPoint::Kiosk {

// What a role may do. The table is docs/security.md's; tst_permissions holds it to that.
enum class Permission
{
    RegisterCandidates, // read cards, enter documents, take photos, save and print
    ApproveManualEntry, // a document typed by hand instead of read from the chip
    ApprovePhotoOverride, // accept a photo that fails a check, with a reason
    UnlockOtherSessions, // unlock a kiosk another operator left locked
    UnlockAccounts, // lift a login lockout early
    ResetPasswords,
    ManageOperators, // create and disable accounts
    ChangeSettings, // kiosk.ini, photo profile, printer
    CloseDay, // sign the day's audit head, run the day-end batch
    ExportRecords, // signed USB export
};

bool can(Role role, Permission permission);
QList<Permission> allPermissions();

} // namespace RegPoint::Kiosk
