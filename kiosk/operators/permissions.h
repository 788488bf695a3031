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
    ManageOperators, // create, disable and enable accounts of a lower role
    ChangeSettings, // kiosk.ini, photo profile, printer
    OpenDayDespiteFailures, // open the day when the start-of-day check failed, with a reason
    CloseDay, // sign the day's audit head, run the day-end batch
    ExportRecords, // signed USB export
};

bool can(Role role, Permission permission);
// Whether `by` may reset the password of an operator whose role is `target`: only a higher role
// resets a lower one (a supervisor a clerk's; an administrator a clerk's or a supervisor's), never
// a peer's or one's own, which would let one supervisor take over another's account.
bool canResetPasswordOf(Role by, Role target);
// The same rule for lifting a lockout early: lifting a peer's lockout again and again would let
// one supervisor guess another's password without limit. A higher role's lockout runs out.
bool canUnlockAccountOf(Role by, Role target);
// The same rule for creating, disabling and enabling an account: a supervisor manages clerks, an
// administrator clerks and supervisors; nobody a peer, or themselves.
bool canManageOperatorsOf(Role by, Role target);
QList<Permission> allPermissions();

} // namespace RegPoint::Kiosk
